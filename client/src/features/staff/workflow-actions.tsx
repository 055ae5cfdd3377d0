// The review workflow on one parcel: submit, approve, reject, publish, withdraw, as this role may
// (server/src/users/route-roles.ts) from its current state (domain/workflow.ts). Reject and withdraw
// need a reason; a publish the server refuses says which indicators or parcels are in the way.
import { useState } from 'react';
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { WORKFLOW_TRANSITIONS, type WorkflowAction } from '../../../../server/src/domain/workflow';
import type { Role } from '../../../../server/src/users/roles';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import type { StaffParcelDetail } from './staff-api';
import { workflowActionsFor } from './staff-permissions';
import { useWorkflowAction } from './staff-queries';
import { WorkflowBadge } from './workflow-badge';

interface Props {
  parcel: StaffParcelDetail;
  role: Role;
  /** Unsaved edits: submitting now would send the record without them. */
  dirty: boolean;
}

function ActionProblem({ error }: { error: unknown }) {
  const { t, locale } = useI18n();
  if (error instanceof ApiError && error.code === 'MISSING_INDICATORS') {
    const missing = Array.isArray(error.extra.missing) ? (error.extra.missing as string[]) : [];
    const names = missing.map((k) => {
      const d = INDICATORS.find((i) => i.key === k);
      return d ? labelOf(d, locale) : k;
    });
    return (
      <p className="state state-error" role="alert" data-testid="action-problem" data-code={error.code}>
        {t('staff.workflow.missingIndicators', { list: names.join(locale === 'zh' ? '、' : ', ') })}
      </p>
    );
  }
  if (error instanceof ApiError && error.code === 'OVERLAP') {
    const parcels = Array.isArray(error.extra.parcels) ? (error.extra.parcels as string[]) : [];
    return (
      <p className="state state-error" role="alert" data-testid="action-problem" data-code={error.code}>
        {t('staff.workflow.overlap', { list: parcels.join(', ') })}
      </p>
    );
  }
  return (
    <p className="state state-error" role="alert" data-testid="action-problem" data-code={error instanceof ApiError ? error.code : undefined}>
      {errorDetail(error, t('common.networkError'))}
    </p>
  );
}

export function WorkflowActions({ parcel, role, dirty }: Props) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<WorkflowAction | null>(null);
  const mutation = useWorkflowAction(parcel.code);
  const actions = workflowActionsFor(role, parcel.workflow.state);
  const run = (action: WorkflowAction) => {
    setDone(null);
    mutation.mutate(
      { action, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      {
        onSuccess: () => {
          setDone(action);
          setComment('');
        },
      },
    );
  };
  const needsComment = actions.some((a) => WORKFLOW_TRANSITIONS[a].commentRequired);

  return (
    <section className="staff-card workflow-actions" aria-labelledby="workflow-title" data-testid="workflow-actions">
      <h3 id="workflow-title">{t('staff.workflow.title')}</h3>
      <p>
        {t('staff.workflow.current')} <WorkflowBadge state={parcel.workflow.state} />
      </p>
      {done && (
        <p className="state state-success" role="status" data-testid="action-done" data-action={done}>
          {t(`staff.workflow.done.${done}`)}
        </p>
      )}
      {actions.length === 0 ? (
        <p className="fine-print">{t('staff.workflow.nothing')}</p>
      ) : (
        <>
          <label className="field">
            <span>{needsComment ? t('staff.workflow.commentRequired') : t('staff.workflow.comment')}</span>
            <textarea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} rows={3} data-testid="workflow-comment" />
          </label>
          <div className="form-actions">
            {actions.map((action) => {
              const missingComment = WORKFLOW_TRANSITIONS[action].commentRequired && comment.trim() === '';
              const blockedByEdits = action === 'submit' && dirty;
              return (
                <button
                  key={action}
                  type="button"
                  className={action === 'reject' || action === 'withdraw' ? 'button button-danger' : 'button'}
                  disabled={mutation.isPending || missingComment || blockedByEdits}
                  title={missingComment ? t('staff.workflow.commentFirst') : blockedByEdits ? t('staff.workflow.saveFirst') : undefined}
                  onClick={() => run(action)}
                  data-testid={`action-${action}`}
                >
                  {t(`staff.workflow.action.${action}`)}
                </button>
              );
            })}
          </div>
          {dirty && actions.includes('submit') && <p className="fine-print">{t('staff.workflow.saveFirst')}</p>}
        </>
      )}
      {mutation.isError && <ActionProblem error={mutation.error} />}
    </section>
  );
}
