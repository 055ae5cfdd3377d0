// "From [date] + [n] working days": the agent tells an applicant by which date something is due.
// The answer is the server's calendar (holidays and 调休 included); it follows the fields as they
// change, with − / + and a few common counts for the touchscreen.
import { useState } from 'react';
import { useI18n } from '../../app/locale';
import { ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { formatLongDate, localIsoDate } from '../sheet/long-date';
import { calendarDaysBetween, deadlineRequest, MAX_WORKDAYS } from './deadline';
import { useAddWorkdays } from './hall-queries';

/** Time limits agents quote most (承诺办结时限). */
const COMMON_DAYS = [3, 5, 10, 15, 20] as const;

function DeadlineResult({ from, days }: { from: string; days: number }) {
  const { t, locale } = useI18n();
  const query = useAddWorkdays(from, days);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.code === 'CALENDAR_NOT_COVERED') {
      return (
        <p className="state state-error" role="alert">
          {t('hall.deadline.notCovered')}
        </p>
      );
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const { date } = query.data;
  return (
    <div className="deadline-result" role="status" aria-live="polite" data-testid="deadline-result" data-date={date}>
      <p>{t('hall.deadline.result', { from: formatLongDate(from, locale), days })}</p>
      <p className="deadline-date">{formatLongDate(date, locale, { weekday: true })}</p>
      <p className="muted">{t('hall.deadline.calendarDays', { n: calendarDaysBetween(from, date) })}</p>
    </div>
  );
}

export function DeadlineHelper() {
  const { t } = useI18n();
  const [from, setFrom] = useState(() => localIsoDate(new Date()));
  const [daysText, setDaysText] = useState('5');
  const request = deadlineRequest(from, daysText);
  const days = Number(daysText);
  const step = (by: number) => setDaysText(String(Math.min(MAX_WORKDAYS, Math.max(0, (Number.isInteger(days) ? days : 0) + by))));

  return (
    <div className="deadline-helper">
      <div className="deadline-fields">
        <label className="field">
          <span>{t('hall.deadline.from')}</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required data-testid="deadline-from" />
        </label>
        <button type="button" className="button button-secondary" onClick={() => setFrom(localIsoDate(new Date()))}>
          {t('hall.deadline.today')}
        </button>
      </div>
      <div className="deadline-fields">
        <button type="button" className="button button-secondary stepper" onClick={() => step(-1)} aria-label={t('hall.deadline.fewer')}>
          −
        </button>
        <label className="field">
          <span>{t('hall.deadline.days')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_WORKDAYS}
            step={1}
            value={daysText}
            onChange={(e) => setDaysText(e.target.value)}
            data-testid="deadline-days"
          />
        </label>
        <button type="button" className="button button-secondary stepper" onClick={() => step(1)} aria-label={t('hall.deadline.more')}>
          +
        </button>
      </div>
      <div className="deadline-presets" role="group" aria-label={t('hall.deadline.days')}>
        {COMMON_DAYS.map((n) => (
          <button key={n} type="button" className="button button-secondary" aria-pressed={request.valid && request.days === n} onClick={() => setDaysText(String(n))}>
            {n}
          </button>
        ))}
      </div>
      <p className="fine-print">{t('hall.deadline.rule')}</p>
      {request.valid ? (
        <DeadlineResult from={request.from} days={request.days} />
      ) : (
        <p className="state state-error" role="alert">
          {t(`hall.deadline.${request.reason}`, { max: MAX_WORKDAYS })}
        </p>
      )}
    </div>
  );
}
