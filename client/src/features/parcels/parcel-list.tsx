// The result list: total, one page of parcels, paging; loading, empty and error states. Choosing a
// parcel selects it on the map and zooms there.
import type { UseQueryResult } from '@tanstack/react-query';
import { LAND_USES } from '../../../../server/src/domain/land-use';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { MAX_COMPARE, PAGE_SIZE } from '../../app/url-state';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import type { ParcelPage } from '../../lib/api-types';
import { formatMu, formatNumber, formatWanYuan } from '../../lib/format';
import { StatusBadge } from './status-badge';
import { Pager } from '../../components/pager';

interface Props {
  query: UseQueryResult<ParcelPage>;
  /** The current filter in words; empty when nothing is filtered. */
  summary: readonly string[];
  page: number;
  selected: string | null;
  compare: readonly string[];
  onPage(page: number): void;
  onOpen(code: string): void;
  onCompare(code: string): void;
}

export function ParcelList({ query, summary, page, selected, compare, onPage, onOpen, onCompare }: Props) {
  const { t, locale } = useI18n();
  const { data, error, isPending, isError, isFetching, refetch } = query;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  let body;
  if (isPending) body = <Loading />;
  else if (isError) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (data.items.length === 0) body = <Empty>{t('list.empty')}</Empty>;
  else {
    body = (
      <ol className="parcel-list" start={data.offset + 1}>
        {data.items.map((item) => {
          const landUse = LAND_USES.find((l) => l.code === item.landUseCode);
          const comparing = compare.includes(item.code);
          return (
            <li key={item.code} className="parcel-item" aria-current={item.code === selected ? 'true' : undefined}>
              <button type="button" className="parcel-open" onClick={() => onOpen(item.code)}>
                <span className="parcel-name">{item.name}</span>
                <span className="parcel-code">{item.code}</span>
                <span className="parcel-meta">
                  <StatusBadge status={item.status} />
                  <span>{formatMu(item.areaMu, locale)}</span>
                  {landUse && <span>{labelOf(landUse, locale)}</span>}
                </span>
                <span className="parcel-meta parcel-zone">
                  {item.zoneName}
                  {item.reservePriceWanYuan !== null && <span> · {formatWanYuan(item.reservePriceWanYuan, locale)}</span>}
                </span>
              </button>
              <button
                type="button"
                className="compare-toggle"
                aria-pressed={comparing}
                disabled={!comparing && compare.length >= MAX_COMPARE}
                title={!comparing && compare.length >= MAX_COMPARE ? t('compare.full') : undefined}
                onClick={() => onCompare(item.code)}
              >
                {comparing ? t('list.comparing') : t('list.compare')}
              </button>
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <section className="list-panel" aria-labelledby="list-title" aria-busy={isFetching || undefined} id="parcel-list">
      <header className="list-header">
        <h2 id="list-title" className="panel-title">
          {t('list.title')}
        </h2>
        {data && (
          <p className="list-total" aria-live="polite" data-testid="result-total" data-total={data.total}>
            {t('list.total', { total: formatNumber(data.total, 0) })}
            {data.items.length > 0 && <span className="muted"> · {t('list.range', { from: data.offset + 1, to: data.offset + data.items.length })}</span>}
          </p>
        )}
        {isFetching && !isPending && <span className="spinner spinner-small" role="status" aria-label={t('common.loading')} />}
      </header>
      {summary.length > 0 && (
        <p className="filter-summary">
          <span className="muted">{t('list.filteredBy')}</span> {summary.join(' · ')}
        </p>
      )}
      {body}
      <Pager page={page} pages={pages} onPage={onPage} />
    </section>
  );
}
