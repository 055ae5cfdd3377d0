// 履约提醒 (staff worklist, issue #5 "Reminders"): every open milestone of a letter in force that is
// missed or due within 7 or 30 days — missed first, longest overdue on top — with links to the
// letter and the parcel.
import { Link, useSearchParams } from 'react-router';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { formatNumber } from '../../lib/format';
import { formatLongDate } from '../sheet/long-date';
import { letterPath, parcelPath, type ReminderItem } from './commitment-api';
import { useReminders } from './commitment-queries';
import { countByLevel, daysLeftMessage, groupReminders, milestoneLabel } from './reminder-order';

const WITHIN = [7, 30] as const;

export function RemindersScreen() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const within = WITHIN.find((w) => String(w) === params.get('within')) ?? 30;
  const query = useReminders(new URLSearchParams({ within: String(within) }));
  const counts = query.data ? countByLevel(query.data.items) : null;

  let body;
  if (query.isPending) body = <Loading />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) body = <Empty>{t('commitment.reminders.empty', { n: within })}</Empty>;
  else {
    body = groupReminders(query.data.items).map((group) => (
      <section key={group.level} className={`reminder-group reminder-group-${group.level}`} aria-labelledby={`group-${group.level}`} data-level={group.level}>
        <h3 id={`group-${group.level}`}>
          {t(`commitment.reminders.level.${group.level}`)} ({group.items.length})
        </h3>
        <ReminderTable items={group.items} />
      </section>
    ));
  }

  return (
    <section className="staff-section" aria-labelledby="reminders-heading" aria-busy={query.isFetching || undefined} data-testid="reminders-screen">
      <header className="section-bar">
        <h2 id="reminders-heading">{t('commitment.reminders.title')}</h2>
        {counts && (
          <p className="muted" aria-live="polite" data-testid="reminders-total" data-total={query.data?.total}>
            {t('commitment.reminders.counts', { missed: counts.missed, within7: counts.within7, within30: counts.within30 })}
          </p>
        )}
        <label className="field-inline">
          <span>{t('commitment.reminders.within')}</span>
          <select value={within} onChange={(e) => setParams({ within: e.target.value })}>
            {WITHIN.map((w) => (
              <option key={w} value={w}>
                {t('commitment.reminders.days', { n: w })}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="fine-print">{t('commitment.reminders.hint', { today: query.data?.today ?? '' })}</p>
      {body}
    </section>
  );
}

function ReminderTable({ items }: { items: readonly ReminderItem[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table staff-table" data-testid="reminders-table">
        <thead>
          <tr>
            <th scope="col">{t('commitment.reminders.milestone')}</th>
            <th scope="col">{t('commitment.reminders.due')}</th>
            <th scope="col">{t('commitment.parcel')}</th>
            <th scope="col">{t('commitment.enterprise')}</th>
            <th scope="col">{t('commitment.letter')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => {
            const days = daysLeftMessage(r.daysLeft);
            return (
              <tr key={`${r.commitmentId}-${r.milestone}`} data-letter={r.commitmentId} data-level={r.level} data-days-left={r.daysLeft}>
                <th scope="row">{labelOf(milestoneLabel(r.milestone), locale)}</th>
                <td>
                  <span className="cell-main">{formatLongDate(r.due, locale)}</span>
                  <span className={`cell-sub reminder-days reminder-${r.level}`}>{t(days.id, { n: formatNumber(days.n, 0) })}</span>
                </td>
                <td>
                  <Link to={parcelPath(r.parcelCode)}>{r.parcelCode}</Link>
                  <span className="cell-sub">{r.parcelName}</span>
                </td>
                <td>{r.enterpriseName}</td>
                <td>
                  <Link className="button button-secondary button-small" to={letterPath(r.commitmentId)} data-testid={`reminder-open-${r.commitmentId}`}>
                    {r.commitmentId}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
