// Why a save failed, and what to do: someone else changed the parcel (412: reload), it is no longer
// editable (409: withdraw first), the outline was refused (422: the reasons, as the import gives them).
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { IssueList } from './issue-list';
import type { PreviewIssue } from './staff-api';

export function SaveProblem({ error, onReload }: { error: unknown; onReload(): void }) {
  const { t } = useI18n();
  const code = error instanceof ApiError ? error.code : null;
  if (code === 'VERSION_MISMATCH') {
    return (
      <div className="state state-error" role="alert" data-testid="save-problem" data-code={code}>
        <p>{t('staff.save.conflict')}</p>
        <button type="button" className="button" onClick={onReload}>
          {t('staff.save.reload')}
        </button>
      </div>
    );
  }
  const issues = error instanceof ApiError && Array.isArray(error.extra.issues) ? (error.extra.issues as PreviewIssue[]) : [];
  const message =
    code === 'NOT_EDITABLE' ? t('staff.save.notEditable') : code === 'GEOMETRY_REJECTED' ? t('staff.save.geometryRejected') : code === 'PRECONDITION_REQUIRED' ? t('staff.save.noVersion') : errorDetail(error, t('common.networkError'));
  return (
    <div className="state state-error" role="alert" data-testid="save-problem" data-code={code ?? undefined}>
      <p>{message}</p>
      {issues.length > 0 && <IssueList issues={issues} />}
    </div>
  );
}
