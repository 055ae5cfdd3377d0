// 政策咨询 on a policy: an enterprise asks online and sees its questions (including those an agent
// recorded for it at the hall); hall staff record questions for an enterprise and answer; everyone
// else is told where to ask. One record, read the same way on every channel.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, errorDetail, Loading } from '../../components/query-state';
import { useSession } from '../../lib/session';
import { ROUTE_ROLES } from '../../../../server/src/users/route-roles';
import type { Role } from '../../../../server/src/users/roles';
import { SignInDialog } from '../account/sign-in-dialog';
import type { Consultation } from './policy-api';
import { beijingMinute, channelLabel, consultationStatusLabel } from './policy-labels';
import { useAnswer, useAsk, useCloseConsultation, useConsultations } from './policy-queries';
import { OfflineWriteLock } from '../../offline/offline-write-lock';

const may = (route: keyof typeof ROUTE_ROLES, role: Role | undefined) => role !== undefined && (ROUTE_ROLES[route] as readonly Role[]).includes(role);
const STAFF_READERS: readonly Role[] = ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'];

export function ConsultationSection({ policyId }: { policyId: number | null }) {
  const { t } = useI18n();
  const session = useSession();
  const user = session.data?.user ?? null;
  const role = user?.role;
  const [signInOpen, setSignInOpen] = useState(false);
  // Without a policy this is the hall's worklist: questions still waiting first.
  const [pendingOnly, setPendingOnly] = useState(policyId === null);
  const isStaff = role !== undefined && STAFF_READERS.includes(role);
  const readsOwn = role === 'enterprise';
  const list = useConsultations(policyId, pendingOnly, isStaff || readsOwn);

  return (
    <section className="consultations" aria-labelledby="consult-title">
      <h3 id="consult-title">{t('consult.title')}</h3>
      {!user ? (
        <p className="note">
          {t('consult.signIn')}{' '}
          <button type="button" className="link-button" onClick={() => setSignInOpen(true)}>
            {t('account.signIn')}
          </button>
        </p>
      ) : (
        may('POST /api/policy-consultations', role) && <AskForm policyId={policyId} staff={role !== 'enterprise'} />
      )}
      {(isStaff || readsOwn) && (
        <>
          <h4>{readsOwn ? t('consult.mine') : t('consult.all')}</h4>
          {isStaff && (
            <label className="checkbox">
              <input type="checkbox" checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)} />
              {t('consult.onlyPending')}
            </label>
          )}
          {list.isPending ? (
            <Loading />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data.items.length === 0 ? (
            <Empty>{t('consult.none')}</Empty>
          ) : (
            list.data.items.map((c) => <ConsultationItem key={c.id} c={c} canAnswer={may('POST /api/policy-consultations/:id/answer', role)} canClose={may('POST /api/policy-consultations/:id/close', role)} />)
          )}
        </>
      )}
      <SignInDialog open={signInOpen} onClose={() => setSignInOpen(false)} />
    </section>
  );
}

function AskForm({ policyId, staff }: { policyId: number | null; staff: boolean }) {
  const { t, locale } = useI18n();
  const ask = useAsk();
  const [question, setQuestion] = useState('');
  const [askerName, setAskerName] = useState('');
  const [askerUscc, setAskerUscc] = useState('');
  const [channel, setChannel] = useState('HALL_WINDOW');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate(
      staff ? { policyId, question, askerName, ...(askerUscc.trim() ? { askerUscc: askerUscc.trim() } : {}), channel } : { policyId, question },
      { onSuccess: () => setQuestion('') },
    );
  };
  return (
    <OfflineWriteLock note="offline.writeDisabled">
      <form className="consult-form" onSubmit={submit} data-testid="consult-form">
        {staff && (
          <div className="field-row">
            <label className="field">
              <span>{t('consult.askerName')}</span>
              <input required maxLength={100} value={askerName} onChange={(e) => setAskerName(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('consult.askerUscc')}</span>
              <input maxLength={18} value={askerUscc} onChange={(e) => setAskerUscc(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('consult.channel')}</span>
              <select value={channel} onChange={(e) => setChannel(e.target.value)}>
                {['HALL_WINDOW', 'HOTLINE', 'SELF_SERVICE_KIOSK'].map((c) => (
                  <option key={c} value={c}>
                    {channelLabel(c, locale)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        <label className="field">
          <span>{t('consult.question')}</span>
          <textarea required minLength={5} maxLength={2000} value={question} placeholder={t('consult.questionPlaceholder')} onChange={(e) => setQuestion(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={ask.isPending}>
          {staff ? t('consult.record') : t('consult.submit')}
        </button>
        {ask.isSuccess && <p className="state state-success">{t('consult.sent')}</p>}
        {ask.isError && (
          <p className="state state-error" role="alert">
            {errorDetail(ask.error, t('common.networkError'))}
          </p>
        )}
      </form>
    </OfflineWriteLock>
  );
}

function ConsultationItem({ c, canAnswer, canClose }: { c: Consultation; canAnswer: boolean; canClose: boolean }) {
  const { t, locale } = useI18n();
  const answer = useAnswer();
  const close = useCloseConsultation();
  const [text, setText] = useState('');
  const [publish, setPublish] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    answer.mutate({ id: c.id, answer: text, public: publish });
  };
  const error = answer.error ?? close.error;
  return (
    <div className="consultation" data-testid="consultation">
      <p className="consultation-q">
        <span className="policy-tag">{consultationStatusLabel(c.status, locale)}</span> {c.question}
      </p>
      {c.policyId !== null && c.policyTitle && (
        <p className="consultation-meta">
          <Link to={`/policies/${c.policyId}`}>{c.policyTitle}</Link>
        </p>
      )}
      <p className="consultation-meta">{t('consult.askedMeta', { name: c.askerName, channel: channelLabel(c.askedChannel, locale), time: beijingMinute(c.askedAt) })}</p>
      {c.answer && (
        <>
          <p className="consultation-a">{c.answer}</p>
          {c.answeredAt && <p className="consultation-meta">{t('consult.answeredMeta', { channel: channelLabel(c.answeredChannel, locale), time: beijingMinute(c.answeredAt) })}</p>}
        </>
      )}
      {(canAnswer || canClose) && c.status !== 'closed' && (
        <OfflineWriteLock note={null}>
          {canAnswer && c.status === 'pending' && (
            <form className="consult-form" onSubmit={submit}>
              <label className="field">
                <span>{t('consult.answer')}</span>
                <textarea required maxLength={5000} value={text} placeholder={t('consult.answerPlaceholder')} onChange={(e) => setText(e.target.value)} />
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
                {t('consult.public')}
              </label>
              <button type="submit" className="button" disabled={answer.isPending}>
                {t('consult.sendAnswer')}
              </button>
            </form>
          )}
          {canClose && (
            <button type="button" className="button button-secondary" disabled={close.isPending} onClick={() => close.mutate(c.id)}>
              {t('consult.close')}
            </button>
          )}
        </OfflineWriteLock>
      )}
      {error && (
        <p className="state state-error" role="alert">
          {errorDetail(error, t('common.networkError'))}
        </p>
      )}
    </div>
  );
}
