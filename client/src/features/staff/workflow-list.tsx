// One list tab of the staff area: drafts (with the reviewer's or withdrawer's comment), the review
// queue, approved parcels waiting to be published, published ones. Search, paging, and each row
// opens the parcel page where its actions are.
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LAND_USES } from '../../../../server/src/domain/land-use';
import type { Role } from '../../../../server/src/users/roles';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { formatM2, formatMu, formatNumber } from '../../lib/format';
import { StatusBadge } from '../parcels/status-badge';
import { formatDateTime } from './history-diff';
import type { StaffParcelListItem } from './staff-api';
import { canEdit, TAB_WORKFLOW_STATES, workflowActionsFor } from './staff-permissions';
import { useStaffParcelDetails, useStaffParcels } from './staff-queries';
import { WorkflowBadge } from './workflow-badge';
import { Pager } from '../../components/pager';

export type ListTab = keyof typeof TAB_WORKFLOW_STATES;
const PAGE_SIZE = 20;

interface Props {
  tab: ListTab;
  role: Role;
}

function pageOf(text: string | null): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** The comments of rejected and withdrawn drafts live on their records, not in the list. */
function useComments(items: readonly StaffParcelListItem[]): Map<string, string> {
  const codes = items.filter((i) => i.workflowState === 'rejected' || i.workflowState === 'withdrawn').map((i) => i.code);
  const details = useStaffParcelDetails(codes);
  const stamp = details.map((d) => d.dataUpdatedAt).join();
  return useMemo(() => {
    const comments = new Map<string, string>();
    for (const d of details) {
      const w = d.data?.data.workflow;
      const text = w ? (w.state === 'withdrawn' ? (w.withdrawnReason ?? w.reviewComment) : w.reviewComment) : null;
      if (d.data && text) comments.set(d.data.data.code, text);
    }
    return comments;
  }, [stamp]); // `details` is keyed by stamp
}

function RowAction({ item, tab, role }: { item: StaffParcelListItem; tab: ListTab; role: Role }) {
  const { t } = useI18n();
  const actions = workflowActionsFor(role, item.workflowState);
  let label = t('staff.list.open');
  if (tab === 'drafts' && canEdit(role, item.workflowState)) label = t('staff.list.edit');
  else if (actions.includes('approve')) label = t('staff.list.review');
  else if (actions.includes('publish')) label = t('staff.list.publish');
  else if (tab === 'published' && actions.includes('withdraw')) label = t('staff.list.manage');
  return (
    <Link className="button button-secondary button-small" to={`/staff/parcels/${encodeURIComponent(item.code)}`} data-testid={`open-${item.code}`}>
      {label}
    </Link>
  );
}

export function WorkflowList({ tab, role }: Props) {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = pageOf(params.get('page'));
  const q = params.get('q') ?? '';
  const query = useStaffParcels(
    new URLSearchParams({
      workflow: TAB_WORKFLOW_STATES[tab].join(','),
      // Queues are worked oldest first; drafts and published parcels show the latest change first.
      sort: tab === 'review' || tab === 'approved' ? 'updatedAt' : '-updatedAt',
      ...(q.trim() ? { q: q.trim() } : {}),
      limit: String(PAGE_SIZE),
      offset: String((page - 1) * PAGE_SIZE),
    }),
  );
  const items = query.data?.items ?? [];
  const comments = useComments(tab === 'drafts' ? items : []);
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / PAGE_SIZE)) : 1;
  const setPage = (next: number) => setParams((p) => ({ ...Object.fromEntries(p), page: String(next) }));

  let body;
  if (query.isPending) body = <Loading />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (items.length === 0) body = <Empty>{q ? t('staff.list.noMatch') : t(`staff.list.empty.${tab}`)}</Empty>;
  else {
    body = (
      <div className="table-scroll">
        <table className="data-table staff-table" data-testid={`list-${tab}`}>
          <thead>
            <tr>
              <th scope="col">{t('staff.list.parcel')}</th>
              <th scope="col">{t('detail.zone')}</th>
              <th scope="col">{t('detail.area')}</th>
              <th scope="col">{t('staff.list.state')}</th>
              <th scope="col">{t('staff.list.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('staff.list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const landUse = LAND_USES.find((l) => l.code === item.landUseCode);
              const comment = comments.get(item.code);
              return (
                <tr key={item.code} data-code={item.code}>
                  <th scope="row">
                    <span className="cell-main">{item.name}</span>
                    <span className="cell-sub">
                      {item.code}
                      {landUse && ` · ${labelOf(landUse, locale)}`}
                    </span>
                    {comment && (
                      <span className="cell-comment" data-testid="workflow-comment">
                        {t(item.workflowState === 'withdrawn' ? 'staff.comment.withdrawn' : 'staff.comment.rejected', { comment })}
                      </span>
                    )}
                  </th>
                  <td>{item.zoneName}</td>
                  <td>
                    <span className="cell-main">{formatMu(item.areaMu, locale)}</span>
                    <span className="cell-sub">{formatM2(item.areaM2)}</span>
                  </td>
                  <td>
                    <WorkflowBadge state={item.workflowState} /> <StatusBadge status={item.status} />
                  </td>
                  <td>{formatDateTime(item.updatedAt, locale)}</td>
                  <td>
                    <RowAction item={item} tab={tab} role={role} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="staff-section" aria-labelledby="list-heading" aria-busy={query.isFetching || undefined}>
      <header className="section-bar">
        <h2 id="list-heading">{t(`staff.tab.${tab}`)}</h2>
        {query.data && (
          <p className="muted" aria-live="polite" data-testid="list-total" data-total={query.data.total}>
            {t('list.total', { total: formatNumber(query.data.total, 0) })}
          </p>
        )}
        <form
          className="section-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            const value = String(new FormData(e.currentTarget).get('q') ?? '').trim();
            setParams(value ? { q: value } : {});
          }}
        >
          <label className="visually-hidden" htmlFor="staff-q">
            {t('search.q')}
          </label>
          <input id="staff-q" name="q" type="search" defaultValue={q} placeholder={t('search.qPlaceholder')} key={q} />
          <button type="submit" className="button button-secondary">
            {t('staff.list.search')}
          </button>
        </form>
      </header>
      <p className="fine-print">{t(`staff.list.hint.${tab}`)}</p>
      {body}
      <Pager page={page} pages={pages} onPage={setPage} />
    </section>
  );
}
