// 终止承诺书: a draft is withdrawn, a letter in force ends by agreement or a court's decision. The reason
// is required and goes into the letter's timeline and the audit log; the verify page then says revoked.
import { useState } from 'react';
import { useI18n } from '../../app/locale';
import { Dialog } from '../../components/dialog';
import type { CommitmentView } from './commitment-api';
import type { useLetterActions } from './commitment-queries';
import { writeProblem } from './signature-panel';

type TerminateMutation = ReturnType<typeof useLetterActions>['terminate'];

export function TerminateDialog({ letter, terminate, open, onClose }: { letter: CommitmentView; terminate: TerminateMutation; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('commitment.terminate.title', { id: letter.id })} open={open} onClose={onClose}>
      <TerminateForm letter={letter} terminate={terminate} onDone={onClose} />
    </Dialog>
  );
}

function TerminateForm({ letter, terminate, onDone }: { letter: CommitmentView; terminate: TerminateMutation; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const empty = reason.trim() === '';
  return (
    <form
      className="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!empty) terminate.mutate({ reason: reason.trim(), version: letter.version }, { onSuccess: onDone });
      }}
    >
      <p>{t(letter.status === 'in_force' ? 'commitment.terminate.inForce' : 'commitment.terminate.draft')}</p>
      <label className="field">
        <span>{t('commitment.terminate.reason')}</span>
        <textarea name="reason" rows={3} maxLength={500} required value={reason} onChange={(e) => setReason(e.target.value)} data-testid="terminate-reason" />
      </label>
      {terminate.isError && (
        <p className="state state-error" role="alert">
          {writeProblem(terminate.error, t)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-danger" disabled={empty || terminate.isPending} data-testid="terminate-confirm">
          {terminate.isPending ? t('common.loading') : t('commitment.terminate.confirm')}
        </button>
      </div>
    </form>
  );
}
