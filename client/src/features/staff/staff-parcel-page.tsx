// One parcel in the staff area (/staff/parcels/:code): the editor while it is a draft (or rejected,
// withdrawn) and this role may edit, else the record read-only for review; the workflow actions and
// lifecycle moves that apply; its history (?view=history).
import { useCallback, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Role } from '../../../../server/src/users/roles';
import { useI18n } from '../../app/locale';
import { ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { StatusBadge } from '../parcels/status-badge';
import { HistoryView } from './history-view';
import { LifecycleForm } from './lifecycle-form';
import { ParcelEditor } from './parcel-editor';
import { ParcelSummary } from './parcel-summary';
import type { StaffParcelDetail } from './staff-api';
import { canEdit, TAB_WORKFLOW_STATES } from './staff-permissions';
import { useStaffParcel } from './staff-queries';
import { WorkflowActions } from './workflow-actions';
import { WorkflowBadge } from './workflow-badge';

function listTabOf(parcel: StaffParcelDetail): keyof typeof TAB_WORKFLOW_STATES {
  const entry = (Object.entries(TAB_WORKFLOW_STATES) as [keyof typeof TAB_WORKFLOW_STATES, readonly string[]][]).find(([, states]) => states.includes(parcel.workflow.state));
  return entry?.[0] ?? 'drafts';
}

function WorkflowNote({ parcel }: { parcel: StaffParcelDetail }) {
  const { t } = useI18n();
  const { state, reviewComment, withdrawnReason } = parcel.workflow;
  if (state === 'rejected' && reviewComment) return <p className="note note-warning" data-testid="workflow-note">{t('staff.comment.rejected', { comment: reviewComment })}</p>;
  if (state === 'withdrawn' && (withdrawnReason ?? reviewComment)) return <p className="note note-warning" data-testid="workflow-note">{t('staff.comment.withdrawn', { comment: withdrawnReason ?? reviewComment ?? '' })}</p>;
  if ((state === 'approved' || state === 'submitted') && reviewComment) return <p className="note" data-testid="workflow-note">{t('staff.comment.review', { comment: reviewComment })}</p>;
  return null;
}

export function StaffParcelPage({ role }: { role: Role }) {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'history' ? 'history' : 'record';
  const query = useStaffParcel(code);
  const [dirty, setDirty] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const onDirtyChange = useCallback((next: boolean) => setDirty(next), []);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return notFound ? (
      <p className="state state-empty" role="alert">
        {t('detail.notFound', { code })}
      </p>
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const { data: parcel, etag } = query.data;
  const editable = canEdit(role, parcel.workflow.state);
  const tab = listTabOf(parcel);

  return (
    <article className="staff-section parcel-page" aria-labelledby="parcel-title" data-workflow={parcel.workflow.state} data-version={parcel.version}>
      <header className="parcel-page-head">
        <div>
          <p className="eyebrow">
            <Link to={`/staff/${tab}`}>{t(`staff.tab.${tab}`)}</Link> / {parcel.code}
          </p>
          <h2 id="parcel-title">{parcel.name}</h2>
          <p className="badges">
            <WorkflowBadge state={parcel.workflow.state} /> <StatusBadge status={parcel.status} />
            <span className="muted">{t('staff.parcel.version', { version: parcel.version })}</span>
          </p>
        </div>
        <nav className="view-switch" aria-label={t('staff.parcel.views')}>
          <button type="button" className="button button-secondary" aria-pressed={view === 'record'} onClick={() => setParams({})}>
            {editable ? t('staff.parcel.edit') : t('staff.parcel.details')}
          </button>
          <button type="button" className="button button-secondary" aria-pressed={view === 'history'} onClick={() => setParams({ view: 'history' })} data-testid="view-history">
            {t('staff.parcel.history')}
          </button>
          {parcel.workflow.state === 'published' && (
            <Link className="button button-secondary" to={`/?parcel=${encodeURIComponent(parcel.code)}`}>
              {t('staff.parcel.onMap')}
            </Link>
          )}
        </nav>
      </header>
      <WorkflowNote parcel={parcel} />
      {savedVersion !== null && savedVersion === parcel.version && view === 'record' && (
        <p className="state state-success" role="status" data-testid="saved-note">
          {t('staff.save.saved', { version: savedVersion })}
        </p>
      )}
      <div className="parcel-page-body">
        <div className="parcel-page-main">
          {view === 'history' ? (
            <HistoryView code={parcel.code} />
          ) : editable && etag ? (
            <ParcelEditor key={parcel.version} parcel={parcel} etag={etag} onDirtyChange={onDirtyChange} onSaved={setSavedVersion} onReload={() => void query.refetch()} />
          ) : (
            <ParcelSummary parcel={parcel} />
          )}
        </div>
        <aside className="parcel-page-side" aria-label={t('staff.workflow.title')}>
          <WorkflowActions parcel={parcel} role={role} dirty={editable && view === 'record' && dirty} />
          <LifecycleForm parcel={parcel} role={role} key={`${parcel.code}-${parcel.status}`} />
        </aside>
      </div>
    </article>
  );
}
