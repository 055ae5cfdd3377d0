// One commitment letter (/commitments/:id): status and timeline, parties, committed indicators,
// deadlines with reminders, signatures with the verification QR code and PDF, the verification form
// and its reports, credit records, and termination — each action only for the role that may take it.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { type CommitmentView, enterprisePath, parcelPath } from './commitment-api';
import { isActiveLetter, letterActionsFor, seesEnterpriseRecords } from './commitment-permissions';
import { useAccount, useCommitment, useLetterActions } from './commitment-queries';
import { CommitmentStatusBadge } from './commitment-status-badge';
import { CreditTable } from './credit-records';
import { LetterDeadlines, LetterIndicators, LetterParties, LetterText, LetterTimeline } from './letter-sections';
import { SignaturePanel } from './signature-panel';
import { TerminateDialog } from './terminate-dialog';
import { VerificationForm, VerificationHistory } from './verification-form';
import { OfflineWriteLock } from '../../offline/offline-write-lock';

export function LetterPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useCommitment(id);
  useEffect(() => {
    const letter = query.data?.data;
    document.title = letter ? `${t('commitment.letter')} ${letter.id} ${letter.project.name} · ${t('app.title')}` : `${t('commitment.letter')} · ${t('app.title')}`;
  }, [query.data, t]);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <Empty>{t('commitment.notFound', { id })}</Empty>;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <Letter letter={query.data.data} />;
}

function VerifyOutcome({ outcome }: { outcome: { passed: boolean; status: string; rectifyBy: string | null } }) {
  const { t } = useI18n();
  let text: string;
  if (outcome.passed) text = outcome.status === 'fulfilled' ? t('commitment.verify.outcome.fulfilled') : t('commitment.verify.outcome.passed');
  else if (outcome.status === 'breached') text = t('commitment.verify.outcome.breached');
  else text = t('commitment.verify.outcome.rectify', { date: outcome.rectifyBy ?? '—' });
  return (
    <p className={outcome.passed ? 'state state-success' : 'state state-error'} role="status" data-testid="verify-outcome" data-passed={outcome.passed}>
      {text}
    </p>
  );
}

function Letter({ letter }: { letter: CommitmentView }) {
  const { t } = useI18n();
  const { account } = useAccount();
  const mutations = useLetterActions(letter.id);
  const [terminateOpen, setTerminateOpen] = useState(false);
  const actions = letterActionsFor(account, { status: letter.status, uscc: letter.enterprise.uscc });
  const canPdf = seesEnterpriseRecords(account, letter.enterprise.uscc, 'GET /api/commitments/:id/letter.pdf');
  const outcome = mutations.verify.data?.outcome;
  // Its only controls are the actions (sign, verify, terminate): offline they wait for the network.
  return (
    <OfflineWriteLock note={actions.length > 0 ? 'offline.pageLocked' : null}>
      <article className="letter-page" aria-labelledby="letter-title" data-testid="letter-page" data-status={letter.status}>
        <header className="letter-head">
          <div>
            <p className="eyebrow">
              {t('commitment.letter')} · <code>{letter.id}</code>
            </p>
            <h2 id="letter-title">{letter.project.name}</h2>
            <p className="letter-sub">
              <CommitmentStatusBadge status={letter.status} /> <Link to={enterprisePath(letter.enterprise.uscc)}>{letter.enterprise.name}</Link> ·{' '}
              <Link to={parcelPath(letter.parcel.code)}>
                {letter.parcel.code} {letter.parcel.name}
              </Link>
            </p>
            {letter.terminatedReason && <p className="fine-print">{t('commitment.terminatedBecause', { reason: letter.terminatedReason })}</p>}
          </div>
          {actions.includes('terminate') && (
            <button type="button" className="button button-secondary" onClick={() => setTerminateOpen(true)} data-testid="letter-terminate">
              {t('commitment.terminate.open')}
            </button>
          )}
        </header>
        <div className="letter-grid">
          <div className="letter-main">
            <LetterParties letter={letter} />
            <LetterIndicators letter={letter} />
            <LetterDeadlines letter={letter} />
            <section className="letter-section" aria-labelledby="verify-title">
              <h3 id="verify-title">{t('commitment.verify.title')}</h3>
              {outcome && <VerifyOutcome outcome={outcome} />}
              {actions.includes('verify') && <VerificationForm letter={letter} verify={mutations.verify} key={letter.version} />}
              {!actions.includes('verify') && isActiveLetter(letter.status) && letter.status !== 'in_force' && <p className="fine-print">{t('commitment.verify.notYet')}</p>}
              <VerificationHistory verifications={letter.verifications} />
            </section>
            <section className="letter-section" aria-labelledby="letter-credit-title">
              <h3 id="letter-credit-title">{t('commitment.credit.title')}</h3>
              <CreditTable records={letter.creditRecords} />
            </section>
            <LetterText letter={letter} />
          </div>
          <aside className="letter-side">
            <LetterTimeline letter={letter} />
            <SignaturePanel letter={letter} actions={actions} sign={mutations.sign} canDownloadPdf={canPdf} />
          </aside>
        </div>
        <TerminateDialog letter={letter} terminate={mutations.terminate} open={terminateOpen} onClose={() => setTerminateOpen(false)} />
      </article>
    </OfflineWriteLock>
  );
}
