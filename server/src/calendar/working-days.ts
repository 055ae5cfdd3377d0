// Working days (工作日) on the mainland China calendar with make-up workdays (调休): the one
// implementation behind case deadlines, overdue flags and evaluation metrics.
//
// Counting convention (the usual 行政许可 reading of "N 个工作日内"): the day of acceptance does
// not count; day 1 is the next working day. Every function walks from its start date towards its
// end date, never counting the start and always counting the end, so
//   workdaysBetween(a, addWorkdays(a, n)) === n   for every whole n, negative and zero included.
//
// A date in a year the data does not cover throws CalendarNotCoveredError rather than quietly
// counting Monday–Friday; pass { fallback: 'weekdays' } only where an estimate is acceptable.
import { committedCalendarYears, type CalendarYears } from './calendar-data';
import { fromDayNumber, toDayNumber, weekdayOf, yearOf, type IsoDate } from './iso-date';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  /** The holiday a holiday or make-up workday belongs to, e.g. 国庆节. */
  name?: string;
}

/** A period when the time limit stands still (e.g. waiting for supplementary materials, 补正/容缺); both ends included. */
export interface Suspension {
  from: IsoDate;
  to: IsoDate;
}

export interface CalendarOptions {
  /** 'weekdays' counts Monday–Friday in uncovered years instead of throwing; the result is then an estimate. */
  fallback?: 'none' | 'weekdays';
}

export class CalendarNotCoveredError extends Error {
  readonly year: number;

  constructor(
    readonly date: IsoDate,
    readonly coveredYears: readonly number[],
  ) {
    const year = Number(date.slice(0, 4));
    super(`The working-day calendar has no holiday arrangement for ${year} (needed for ${date}); it covers ${coveredYears.join(', ')}.`);
    this.name = 'CalendarNotCoveredError';
    this.year = year;
  }
}

export interface WorkingDayCalendar {
  /** Years with a complete holiday arrangement, ascending. */
  coveredYears(): number[];
  isCovered(date: IsoDate): boolean;
  isWorkday(date: IsoDate, options?: CalendarOptions): boolean;
  dayKind(date: IsoDate, options?: CalendarOptions): DayInfo;
  /**
   * The date `days` working days after `from` (before it, for negative `days`): `from` itself never
   * counts, whatever kind of day it is; day 1 is the next working day. `days = 0` returns `from`.
   * The result is always a working day unless `days` is 0.
   */
  addWorkdays(from: IsoDate, days: number, options?: CalendarOptions): IsoDate;
  /**
   * Working days after `from` up to and including `to`. When `to` is earlier the count is negative:
   * minus the working days from `to` (included) up to `from` (excluded). Equal dates give 0.
   */
  workdaysBetween(from: IsoDate, to: IsoDate, options?: CalendarOptions): number;
  /**
   * Like addWorkdays(from, days), but working days inside a suspension do not count, so the deadline
   * moves by the suspended working days that fall before it. Suspensions may overlap; a suspended day
   * counts once. `days` must be zero or more.
   */
  deadlineWithSuspensions(from: IsoDate, days: number, suspensions: readonly Suspension[], options?: CalendarOptions): IsoDate;
  /**
   * workdaysBetween(today, deadline): 0 on the deadline day, n while n working days remain, and −n
   * once the deadline is n working days back (the first working day after a missed deadline gives −1),
   * so addWorkdays(today, workdaysRemaining(today, deadline)) === deadline for a working-day deadline.
   */
  workdaysRemaining(today: IsoDate, deadline: IsoDate, options?: CalendarOptions): number;
}

export function workingDayCalendar(years: CalendarYears): WorkingDayCalendar {
  const covered = [...years.keys()].sort((a, b) => a - b);

  function infoOf(day: number, options: CalendarOptions | undefined): DayInfo {
    const date = fromDayNumber(day);
    const weekday = weekdayOf(day);
    const plainKind: DayKind = weekday === 0 || weekday === 6 ? 'weekend' : 'workday';
    const year = years.get(yearOf(day));
    if (!year) {
      if (options?.fallback === 'weekdays') return { date, kind: plainKind };
      throw new CalendarNotCoveredError(date, covered);
    }
    const kind: DayKind = year.holidays.has(date) ? 'holiday' : year.workdays.has(date) ? 'makeup_workday' : plainKind;
    const name = year.names.get(date);
    return name === undefined ? { date, kind } : { date, kind, name };
  }

  // The start date never counts, but a start in an uncovered year is still refused.
  const requireCovered = (day: number, options: CalendarOptions | undefined) => void infoOf(day, options);

  const working = (day: number, options: CalendarOptions | undefined) => {
    const { kind } = infoOf(day, options);
    return kind === 'workday' || kind === 'makeup_workday';
  };

  /** Steps day by day from `start` (not itself counted) until `days` days passing `counts` are behind it. */
  function walk(start: number, step: 1 | -1, days: number, counts: (day: number) => boolean): number {
    let day = start;
    for (let counted = 0; counted < days; ) {
      day += step;
      if (counts(day)) counted++;
    }
    return day;
  }

  function addWorkdays(from: IsoDate, days: number, options?: CalendarOptions): IsoDate {
    requireWholeDays(days);
    const start = toDayNumber(from);
    requireCovered(start, options);
    return fromDayNumber(walk(start, days < 0 ? -1 : 1, Math.abs(days), (day) => working(day, options)));
  }

  function workdaysBetween(from: IsoDate, to: IsoDate, options?: CalendarOptions): number {
    const start = toDayNumber(from);
    const end = toDayNumber(to);
    requireCovered(start, options);
    const step = end < start ? -1 : 1;
    let count = 0;
    for (let day = start; day !== end; ) {
      day += step;
      if (working(day, options)) count++;
    }
    return step * count;
  }

  function deadlineWithSuspensions(from: IsoDate, days: number, suspensions: readonly Suspension[], options?: CalendarOptions): IsoDate {
    requireWholeDays(days);
    if (days < 0) throw new RangeError(`A time limit cannot be negative (got ${days}).`);
    const paused = suspensions.map(({ from: first, to: last }) => {
      const range = { first: toDayNumber(first), last: toDayNumber(last) };
      if (range.last < range.first) throw new RangeError(`A suspension cannot end (${last}) before it starts (${first}).`);
      return range;
    });
    const start = toDayNumber(from);
    requireCovered(start, options);
    const suspended = (day: number) => paused.some(({ first, last }) => day >= first && day <= last);
    return fromDayNumber(walk(start, 1, days, (day) => working(day, options) && !suspended(day)));
  }

  return {
    coveredYears: () => [...covered],
    isCovered: (date) => years.has(yearOf(toDayNumber(date))),
    isWorkday: (date, options) => working(toDayNumber(date), options),
    dayKind: (date, options) => infoOf(toDayNumber(date), options),
    addWorkdays,
    workdaysBetween,
    deadlineWithSuspensions,
    workdaysRemaining: (today, deadline, options) => workdaysBetween(today, deadline, options),
  };
}

/** The deadline day itself is not overdue: work is due by the end of it. Needs no calendar data. */
export function isOverdue(deadline: IsoDate, today: IsoDate): boolean {
  return toDayNumber(today) > toDayNumber(deadline);
}

function requireWholeDays(days: number): void {
  if (!Number.isSafeInteger(days)) throw new RangeError(`A number of working days must be a whole number (got ${days}).`);
}

/** The calendar of the committed data and overrides; most callers import these. */
export const { coveredYears, isCovered, isWorkday, dayKind, addWorkdays, workdaysBetween, deadlineWithSuspensions, workdaysRemaining } =
  workingDayCalendar(committedCalendarYears());
