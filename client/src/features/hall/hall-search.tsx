// The hall's search: one big field (code, name or place) and the parcels as large cards to tap.
// The query and the page live in the URL (`q`, `page`), so Back returns to the same results.
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { LAND_USES } from '../../../../server/src/domain/land-use';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { EMPTY_FILTERS, PAGE_SIZE } from '../../app/url-state';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import type { ParcelListItem } from '../../lib/api-types';
import { formatMu, formatNumber, formatWanYuan } from '../../lib/format';
import { useParcelSearch } from '../../lib/queries';
import { StatusBadge } from '../parcels/status-badge';
import { Pager } from '../../components/pager';

interface Props {
  q: string;
  page: number;
  onSearch(q: string): void;
  onPage(page: number): void;
  onOpen(code: string): void;
}

function ParcelCard({ item, onOpen }: { item: ParcelListItem; onOpen(code: string): void }) {
  const { locale } = useI18n();
  const landUse = LAND_USES.find((l) => l.code === item.landUseCode);
  return (
    <li>
      <button type="button" className="hall-card" onClick={() => onOpen(item.code)} data-code={item.code}>
        <span className="hall-card-name">{item.name}</span>
        <span className="hall-card-code">{item.code}</span>
        <span className="hall-card-meta">
          <StatusBadge status={item.status} />
          <span>{formatMu(item.areaMu, locale)}</span>
          {landUse && <span>{labelOf(landUse, locale)}</span>}
        </span>
        <span className="hall-card-zone">{item.zoneName}</span>
        <span className="hall-card-place">{item.location}</span>
        {item.reservePriceWanYuan !== null && <span className="hall-card-price">{formatWanYuan(item.reservePriceWanYuan, locale)}</span>}
      </button>
    </li>
  );
}

export function HallSearch({ q, page, onSearch, onPage, onOpen }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const filters = useMemo(() => ({ ...EMPTY_FILTERS, q }), [q]);
  const search = useParcelSearch(filters, page, 'code', null);
  const { data } = search;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };

  let body;
  if (search.isPending) body = <Loading />;
  else if (search.isError) body = <ErrorState error={search.error} onRetry={() => void search.refetch()} />;
  else if (search.data.items.length === 0) body = <Empty>{t('hall.noResults', { q })}</Empty>;
  else {
    body = (
      <ul className="hall-cards" aria-labelledby="hall-results-title">
        {search.data.items.map((item) => (
          <ParcelCard key={item.code} item={item} onOpen={onOpen} />
        ))}
      </ul>
    );
  }

  return (
    <section className="hall-search" aria-busy={search.isFetching || undefined}>
      <form className="hall-search-form" role="search" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="hall-q">
          {t('hall.searchLabel')}
        </label>
        <input
          id="hall-q"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          value={draft}
          placeholder={t('hall.searchPlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
          data-testid="hall-q"
        />
        <button type="submit" className="button">
          {t('hall.search')}
        </button>
        {q !== '' && (
          <button type="button" className="button button-secondary" onClick={() => onSearch('')}>
            {t('hall.clear')}
          </button>
        )}
      </form>
      {data && (
        <h2 id="hall-results-title" className="hall-results-title" aria-live="polite" data-total={data.total}>
          {q === '' ? t('hall.all', { total: formatNumber(data.total, 0) }) : t('hall.results', { q, total: formatNumber(data.total, 0) })}
        </h2>
      )}
      {body}
      <Pager page={page} pages={pages} onPage={onPage} className="hall-pager" />
    </section>
  );
}
