// The steps an agent (or the applicant) may take on an item: a move allowed by the transition table
// with what it needs (reason, promised date, result number, when it happened), and suspending or
// resuming the clock. Every step sends the case version the page shows (If-Match); a 412 reloads.
import { type FormEvent, useState } from 'react';
import { ITEM_STATUSES, REASON_REQUIRED, type ItemStatus } from '../../../../server/src/cases/item-status';
import { useI18n } from '../../app/locale';
import { CodeOptions } from '../../components/code-options';
import { errorDetail } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { caseApi } from './case-api';
import type { CaseView, ItemView } from './case-api-types';
import { beijingInstant, canResume, canSuspend, isCaseStaff } from './case-page-model';
import { useCaseWrite, useViewer } from './case-queries';

type Step = { path: 'transitions' | 'suspend' | 'resume'; body: Record<string, unknown> };

export function ItemActions({ view, item, targets }: { view: CaseView; item: ItemView; targets: ItemStatus[] }) {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const staff = isCaseStaff(viewer);
  const [to, setTo] = useState<ItemStatus | ''>(targets[0] ?? '');
  const [reason, setReason] = useState('');
  const [supplementDueOn, setSupplementDueOn] = useState('');
  const [resultNo, setResultNo] = useState('');
  const [occurred, setOccurred] = useState('');
  const [suspendReason, setSuspendReason] = useState('');
  const write = useCaseWrite(view.code, (step: Step, csrf) => caseApi.step(view.code, item.itemCode, step.path, step.body, view.version, csrf));
  const when = staff && beijingInstant(occurred) ? { occurredAt: beijingInstant(occurred) } : {};

  const move = (e: FormEvent) => {
    e.preventDefault();
    if (!to) return;
    write.mutate({
      path: 'transitions',
      body: {
        to,
        ...(REASON_REQUIRED.includes(to) ? { reason: reason.trim() } : {}),
        ...(to === 'accepted_with_deficiency' && supplementDueOn ? { supplementDueOn } : {}),
        ...(to === 'completed' && resultNo.trim() ? { resultDocumentNo: resultNo.trim() } : {}),
        ...when,
      },
    });
  };
  const conflict = write.error instanceof ApiError && write.error.status === 412;

  return (
    <div className="case-actions" data-testid={`item-actions-${item.itemCode}`}>
      {targets.length > 0 && (
        <form className="field-row" onSubmit={move}>
          <label className="field">
            <span>{t('case.action.to')}</span>
            <select value={to} onChange={(e) => setTo(e.target.value as ItemStatus)} data-testid="action-to">
              <CodeOptions codes={targets} list={ITEM_STATUSES} />
            </select>
          </label>
          {to !== '' && REASON_REQUIRED.includes(to) && (
            <label className="field">
              <span>{t('case.action.reason')}</span>
              <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={1000} />
            </label>
          )}
          {to === 'accepted_with_deficiency' && (
            <label className="field">
              <span>{t('case.action.supplementDueOn')}</span>
              <input type="date" value={supplementDueOn} onChange={(e) => setSupplementDueOn(e.target.value)} required />
            </label>
          )}
          {to === 'completed' && (
            <label className="field">
              <span>{t('case.action.resultNo')}</span>
              <input value={resultNo} onChange={(e) => setResultNo(e.target.value)} maxLength={100} />
            </label>
          )}
          {staff && (
            <label className="field">
              <span>{t('case.action.occurredAt')}</span>
              <input type="datetime-local" value={occurred} onChange={(e) => setOccurred(e.target.value)} />
            </label>
          )}
          <button type="submit" className="button" disabled={write.isPending} data-testid="action-submit">
            {t('case.action.submit')}
          </button>
        </form>
      )}
      {canSuspend(item, viewer) && (
        <form
          className="field-row"
          onSubmit={(e) => {
            e.preventDefault();
            write.mutate({ path: 'suspend', body: { reason: suspendReason.trim(), ...when } });
          }}
        >
          <label className="field">
            <span>{t('case.action.suspendReason')}</span>
            <input value={suspendReason} onChange={(e) => setSuspendReason(e.target.value)} required maxLength={500} />
          </label>
          <button type="submit" className="button button-secondary" disabled={write.isPending}>
            {t('case.action.suspend')}
          </button>
        </form>
      )}
      {canResume(item, viewer) && (
        <button type="button" className="button button-secondary" disabled={write.isPending} onClick={() => write.mutate({ path: 'resume', body: { ...when } })}>
          {t('case.action.resume')}
        </button>
      )}
      {write.isSuccess && (
        <p className="note" role="status">
          {t('case.action.done')}
        </p>
      )}
      {write.isError && (
        <p className="note note-error" role="alert">
          {conflict ? t('case.action.conflict') : errorDetail(write.error, t('common.networkError'))}
        </p>
      )}
    </div>
  );
}
