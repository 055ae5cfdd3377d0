// Lifecycle moves of a published parcel (挂牌中, 已出让 … domain/lifecycle.ts) that this role may
// make from its current status; a listing takes its date, a withdrawal of the land its reason.
import { useState } from 'react';
import { PARCEL_STATUSES, type ParcelStatus } from '../../../../server/src/domain/parcel-status';
import type { Role } from '../../../../server/src/users/roles';
import { useI18n } from '../../app/locale';
import { CodeOptions } from '../../components/code-options';
import { errorDetail } from '../../components/query-state';
import { StatusBadge } from '../parcels/status-badge';
import type { StaffParcelDetail } from './staff-api';
import { lifecycleTargetsFor } from './staff-permissions';
import { useLifecycleMove } from './staff-queries';

/** Today in the browser's own calendar (a listing date is a local date, not a UTC one). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function LifecycleForm({ parcel, role }: { parcel: StaffParcelDetail; role: Role }) {
  const { t } = useI18n();
  const targets = lifecycleTargetsFor(role, parcel.workflow.state, parcel.status);
  const [chosen, setChosen] = useState<ParcelStatus | ''>('');
  const [reason, setReason] = useState('');
  const [listedOn, setListedOn] = useState(today);
  const move = useLifecycleMove(parcel.code);
  if (parcel.workflow.state !== 'published') return null;
  const to = chosen !== '' && targets.includes(chosen) ? chosen : targets[0];
  const reasonMissing = to === 'withdrawn' && reason.trim() === '';
  return (
    <section className="staff-card lifecycle-form" aria-labelledby="lifecycle-title">
      <h3 id="lifecycle-title">{t('staff.lifecycle.title')}</h3>
      <p>
        {t('staff.lifecycle.current')} <StatusBadge status={parcel.status} />
      </p>
      {targets.length === 0 || !to ? (
        <p className="fine-print">{t('staff.lifecycle.none')}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reasonMissing) return;
            move.mutate(
              { to, ...(reason.trim() ? { reason: reason.trim() } : {}), ...(to === 'listed' ? { listedOn } : {}) },
              { onSuccess: () => setReason('') },
            );
          }}
        >
          <div className="field-row">
            <label className="field">
              <span>{t('staff.lifecycle.to')}</span>
              <select value={to} onChange={(e) => setChosen(e.target.value as ParcelStatus)} data-testid="lifecycle-to">
                <CodeOptions codes={targets} list={PARCEL_STATUSES} />
              </select>
            </label>
            {to === 'listed' && (
              <label className="field">
                <span>{t('staff.lifecycle.listedOn')}</span>
                <input type="date" value={listedOn} onChange={(e) => setListedOn(e.target.value)} required />
              </label>
            )}
          </div>
          <label className="field">
            <span>{to === 'withdrawn' ? t('staff.lifecycle.reasonRequired') : t('staff.lifecycle.reason')}</span>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={2000} />
          </label>
          <button type="submit" className="button" disabled={move.isPending || reasonMissing} data-testid="lifecycle-submit">
            {t('staff.lifecycle.submit')}
          </button>
          {move.isSuccess && (
            <p className="state state-success" role="status">
              {t('staff.lifecycle.done')}
            </p>
          )}
          {move.isError && (
            <p className="state state-error" role="alert">
              {errorDetail(move.error, t('common.networkError'))}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
