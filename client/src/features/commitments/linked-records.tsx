// A parcel's linked records (issue #7): its commitment letter — status, enterprise, deadlines with
// reminders, links to the letter and its public verification page — and its agency cases with their
// progress and next due date in working days. Staff and agents get "编制承诺书" on transferred land
// without an active letter. Shown in the investor detail panel and on the hall screen.
import './commitments.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { todayInBeijing } from '../../../../server/src/calendar/iso-date';
import type { ParcelStatus } from '../../../../server/src/domain/parcel-status';
import { useI18n } from '../../app/locale';
import { ErrorState, Loading } from '../../components/query-state';
import { getJson } from '../../lib/api';
import { formatLongDate } from '../sheet/long-date';
import { type CaseSummary, casePath, type CommitmentSummary, letterPath, verifyUrl, wizardPath } from './commitment-api';
import { canDraftLetter, isActiveLetter } from './commitment-permissions';
import { useAccount, useCommitment, useParcelCases, useParcelLetters } from './commitment-queries';
import { CommitmentStatusBadge } from './commitment-status-badge';
import { ReminderChip } from './reminder-chip';
import { sortReminders } from './reminder-order';

interface Props {
  parcel: { code: string; status: ParcelStatus };
  /** The hall screen's larger layout. */
  variant?: 'panel' | 'hall';
}

export function LinkedRecords({ parcel, variant = 'panel' }: Props) {
  const { t } = useI18n();
  return (
    <section className={`linked-records linked-records-${variant}`} aria-labelledby={`linked-${variant}-title`} data-testid="linked-records">
      <h3 id={`linked-${variant}-title`}>{t('commitment.linked.title')}</h3>
      <LinkedLetter parcel={parcel} />
      <LinkedCases parcelCode={parcel.code} />
    </section>
  );
}

function LinkedLetter({ parcel }: { parcel: Props['parcel'] }) {
  const { t } = useI18n();
  const { account } = useAccount();
  const letters = useParcelLetters(parcel.code);
  if (letters.isPending) return <Loading label={t('commitment.linked.loading')} />;
  if (letters.isError) return <ErrorState error={letters.error} onRetry={() => void letters.refetch()} />;
  const active = letters.data.items.find((l) => isActiveLetter(l.status));
  const shown = active ?? letters.data.items[0];
  const draft = canDraftLetter(account, parcel.status, active !== undefined);
  return (
    <div className="linked-letter">
      {shown ? <LetterSummary summary={shown} /> : <p className="state state-empty">{t('commitment.linked.noLetter')}</p>}
      {letters.data.total > 1 && <p className="fine-print">{t('commitment.linked.earlier', { n: letters.data.total - 1 })}</p>}
      {draft && (
        <Link className="button" to={wizardPath(parcel.code)} data-testid="draft-letter">
          {t('commitment.draft')}
        </Link>
      )}
    </div>
  );
}

function LetterSummary({ summary }: { summary: CommitmentSummary }) {
  const { t, locale } = useI18n();
  const full = useCommitment(summary.id);
  const reminders = full.data ? sortReminders(full.data.data.reminders) : [];
  return (
    <div className="linked-card" data-letter={summary.id} data-status={summary.status}>
      <p className="linked-card-head">
        <CommitmentStatusBadge status={summary.status} /> <strong>{summary.enterpriseName}</strong>
      </p>
      <p className="fine-print">{summary.projectName}</p>
      <dl className="linked-deadlines">
        {(
          [
            ['start', summary.startBy],
            ['completion', summary.completeBy],
            ['output', summary.outputBy],
          ] as const
        ).map(([milestone, date]) => (
          <div key={milestone}>
            <dt>{t(`commitment.milestone.${milestone}`)}</dt>
            <dd>{formatLongDate(date, locale)}</dd>
          </div>
        ))}
      </dl>
      {reminders.length > 0 && (
        <ul className="reminder-list" data-testid="linked-reminders">
          {reminders.map((r) => (
            <li key={`${r.milestone}-${r.due}`}>
              <ReminderChip reminder={r} />
            </li>
          ))}
        </ul>
      )}
      <p className="linked-links">
        <Link to={letterPath(summary.id)} data-testid="linked-letter">
          {t('commitment.linked.openLetter', { id: summary.id })}
        </Link>
        {' · '}
        <a href={verifyUrl(summary.id)} data-testid="linked-verify">
          {t('commitment.linked.verify')}
        </a>
      </p>
    </div>
  );
}

function LinkedCases({ parcelCode }: { parcelCode: string }) {
  const { t } = useI18n();
  // A parcel's case progress is public (masked on the server); the account only changes the cache key.
  const { ready } = useAccount();
  const cases = useParcelCases(parcelCode, ready);
  return (
    <div className="linked-cases">
      <h4>{t('commitment.linked.cases')}</h4>
      {!ready ? null : cases.isPending ? (
        <Loading label={t('commitment.linked.loading')} />
      ) : cases.isError ? (
        <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.data.length === 0 ? (
        <p className="state state-empty">{t('commitment.linked.noCases')}</p>
      ) : (
        <ul className="linked-case-list" data-testid="linked-cases">
          {cases.data.map((c) => (
            <CaseRow key={c.code} item={c} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** Working days from today (Beijing) to a due date, from the server's holiday calendar. */
function useWorkdaysUntil(date: string | null) {
  const today = todayInBeijing();
  return useQuery({
    queryKey: ['calendar', 'workdays-between', today, date],
    queryFn: ({ signal }) => getJson<{ workdays: number }>(`/api/calendar/workdays-between?${new URLSearchParams({ from: today, to: date ?? today })}`, signal),
    enabled: date !== null,
    staleTime: 60 * 60_000,
    retry: false,
  });
}

function CaseRow({ item }: { item: CaseSummary }) {
  const { t, locale } = useI18n();
  const workdays = useWorkdaysUntil(item.nextDueOn);
  const left = workdays.data?.workdays;
  return (
    <li className="linked-case" data-case={item.code}>
      <Link to={casePath(item.code)}>
        <code>{item.code}</code>
      </Link>{' '}
      {item.projectName}
      <span className="fine-print">
        {t('commitment.linked.caseProgress', { done: item.items.completed, total: item.items.total })}
        {item.items.overdue > 0 && <strong className="reminder-missed"> · ⚠ {t('commitment.linked.caseOverdue', { n: item.items.overdue })}</strong>}
        {item.nextDueOn && (
          <>
            {' · '}
            {t('commitment.linked.caseNextDue', { date: formatLongDate(item.nextDueOn, locale) })}
            {left !== undefined && ` (${left < 0 ? t('commitment.linked.workdaysOver', { n: -left }) : t('commitment.linked.workdaysLeft', { n: left })})`}
          </>
        )}
      </span>
    </li>
  );
}
