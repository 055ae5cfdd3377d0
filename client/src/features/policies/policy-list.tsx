// One page of policies, newest first, each with its category, 免申即享 and validity marks.
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { Pager } from '../../components/pager';
import { POLICY_PAGE_SIZE, type PolicyFilters } from './policy-api';
import { categoryLabel, validityLabel } from './policy-labels';
import { usePolicySearch } from './policy-queries';

export function PolicyList({ filters, selected, linkFor, onPage }: { filters: PolicyFilters; selected: number | null; linkFor(id: number): string; onPage(page: number): void }) {
  const { t, locale } = useI18n();
  const query = usePolicySearch(filters);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { total, items } = query.data;
  if (items.length === 0) return <Empty>{t('policies.empty')}</Empty>;
  return (
    <>
      <p className="muted" aria-live="polite">
        {t('policies.count', { n: total })}
      </p>
      <ul className="policy-list" data-testid="policy-list">
        {items.map((p) => (
          <li key={p.id}>
            <Link to={linkFor(p.id)} aria-current={p.id === selected ? 'page' : undefined}>
              <span className="policy-tag">{categoryLabel(p.category, locale)}</span>
              {p.exemptApplication && <span className="policy-tag policy-tag-exempt">{t('policies.exempt')}</span>}
              {p.validity !== 'current' && <span className={`policy-tag policy-tag-${p.validity}`}>{validityLabel(p.validity, locale)}</span>}
              <span className="policy-list-title">{p.title}</span>
              <span className="policy-mini-meta">
                {p.issuer} · {p.documentNo ? `${p.documentNo} · ` : ''}
                {p.issuedOn}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Pager page={filters.page} pages={Math.ceil(total / POLICY_PAGE_SIZE)} onPage={onPage} />
    </>
  );
}
