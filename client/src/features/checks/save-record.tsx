// "Save as record" (保存核验记录): online the server checks the plan again and keeps the record; offline
// — or when the request cannot reach the server — the record goes to the outbox (client/src/offline)
// and is sent when the network is back. Saving needs an account; offline, the one last signed in here.
import '../../offline/offline.css';
import { useState } from 'react';
import type { ProjectFigures, SitePlan } from '../../../../server/src/checks';
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';
import { ApiError, NETWORK_ERROR } from '../../lib/api';
import type { ParcelDetail } from '../../lib/api-types';
import { useSaveCheck } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { useKnownAccount } from '../../offline/use-known-account';
import { enqueue, useOutbox } from '../../offline/use-outbox';
import { useOnline } from '../../offline/use-online';

interface Props {
  parcel: ParcelDetail;
  plan: SitePlan;
  figures: ProjectFigures;
  /** The plan can be checked and has features. */
  ready: boolean;
  onSignIn(): void;
}

/** The record put in the outbox (its id there), or why it could not be. */
type Queued = { ok: true; id: number } | { ok: false; detail: string };

export function SaveRecord({ parcel, plan, figures, ready, onSignIn }: Props) {
  const { t } = useI18n();
  const account = useKnownAccount();
  const session = useSession();
  const { online } = useOnline();
  const save = useSaveCheck(parcel.code, session.data?.csrfToken);
  const [queued, setQueued] = useState<Queued | null>(null);
  const outbox = useOutbox();
  const [planSaved, setPlanSaved] = useState<{ plan: SitePlan; figures: ProjectFigures } | null>(null);
  // A saved or queued record belongs to the plan it was made from: editing clears the confirmation.
  const current = planSaved !== null && planSaved.plan === plan && planSaved.figures === figures;

  const input = { plan, figures, planSrid: 4490 };
  const queue = async () => {
    if (!account) return;
    try {
      const item = await enqueue({
        kind: 'check-record',
        subject: { code: parcel.code, name: parcel.name },
        path: `/api/parcels/${encodeURIComponent(parcel.code)}/checks?save=true`,
        body: input,
        username: account.username,
        queuedAt: new Date().toISOString(),
      });
      setQueued({ ok: true, id: item.id });
    } catch (error) {
      setQueued({ ok: false, detail: error instanceof Error ? error.message : String(error) });
    }
  };
  const onSave = () => {
    setPlanSaved({ plan, figures });
    setQueued(null);
    save.reset();
    if (!online) {
      void queue();
      return;
    }
    save.mutate(input, {
      onError: (error) => {
        if (error instanceof ApiError && error.code === NETWORK_ERROR) void queue();
      },
    });
  };
  const networkFailure = save.error instanceof ApiError && save.error.code === NETWORK_ERROR;
  // Once the outbox has sent it, the queued record reads like one saved online.
  const sentLater = queued?.ok ? outbox.sent.find((s) => s.item.id === queued.id)?.response : undefined;
  const savedId = save.isSuccess ? save.data.id : (sentLater as { id?: number } | undefined)?.id;
  const waiting = queued?.ok === true && outbox.items.some((i) => i.id === queued.id);

  if (!account) {
    return (
      <div className="save-row">
        <button type="button" className="button button-secondary" onClick={onSignIn} disabled={!online} title={online ? undefined : t('offline.writeDisabled')} data-testid="sign-in-to-save">
          {t('check.signInToSave')}
        </button>
      </div>
    );
  }
  return (
    <div className="save-row">
      <button type="button" className="button" disabled={!ready || save.isPending} onClick={onSave} data-testid="save-check">
        {save.isPending ? t('check.saving') : t('check.save')}
      </button>
      {current && savedId !== undefined && (
        <p className="state state-success" role="status">
          {t('check.saved', { id: savedId })}
        </p>
      )}
      {current && waiting && (
        <p className="state state-queued" role="status" data-testid="check-queued">
          {t('outbox.queued')}
        </p>
      )}
      {current && queued && !queued.ok && (
        <p className="state state-error" role="alert">
          {t('outbox.queueFailed', { detail: queued.detail })}
        </p>
      )}
      {current && save.isError && !networkFailure && (
        <p className="state state-error" role="alert">
          {t('common.error', { detail: errorDetail(save.error, t('common.networkError')) })}
        </p>
      )}
    </div>
  );
}
