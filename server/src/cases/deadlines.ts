// Working-day deadlines of an approval item (办结时限): the limit runs from the day after acceptance
// (受理), suspended days (暂停计时, e.g. waiting for the applicant) do not count, and everything is
// counted on the mainland calendar with 调休 (server/src/calendar). Pure.
import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/iso-date';
import {
  addWorkdays,
  CalendarNotCoveredError,
  deadlineWithSuspensions,
  isOverdue,
  workdaysBetween,
  type CalendarOptions,
  type Suspension,
} from '../calendar/working-days';
import { RUNNING_STATUSES, type ItemStatus } from './item-status';

/** The due date: `acceptedOn` + `limitDays` working days, moved by every suspended working day before it. */
export function dueDateOf(acceptedOn: IsoDate, limitDays: number, suspensions: readonly Suspension[]): IsoDate {
  return deadlineWithSuspensions(acceptedOn, limitDays, suspensions);
}

/** Working days inside [from, to], both ends included. */
export function workdaysWithin({ from, to }: Suspension, options?: CalendarOptions): number {
  return workdaysBetween(dayBefore(from), to, options);
}

export function dayBefore(date: IsoDate): IsoDate {
  return fromDayNumber(toDayNumber(date) - 1);
}

export interface ItemClockInput {
  status: ItemStatus;
  acceptedOn: IsoDate | null;
  committedLimitDays: number;
  completedOn: IsoDate | null;
  /** Closed suspensions. */
  suspensions: readonly Suspension[];
  /** Start of the open suspension, if the clock stands still now. */
  suspendedSince: IsoDate | null;
}

export interface ItemClock {
  /** The due date; while suspended, the date it would be if the clock restarted tomorrow. */
  dueOn: IsoDate | null;
  /** Working days left until dueOn (0 on the day, negative once missed); null when no clock runs. */
  remainingWorkdays: number | null;
  overdue: boolean;
  /** Working days used so far (or in total, once completed), suspended days excluded. */
  elapsedWorkdays: number | null;
  /** Working days the clock stood still. */
  suspendedWorkdays: number;
  /** For a completed item: finished by its due date. */
  onTime: boolean | null;
  /** True when a date lies in a year the holiday data does not cover: figures then count Monday–Friday. */
  estimate: boolean;
}

/** The deadline figures the case page and the agent desk show for one item on `today`. */
export function itemClock(input: ItemClockInput, today: IsoDate): ItemClock {
  try {
    return clockWith(input, today, {});
  } catch (err) {
    if (!(err instanceof CalendarNotCoveredError)) throw err;
    return { ...clockWith(input, today, { fallback: 'weekdays' }), estimate: true };
  }
}

function clockWith(input: ItemClockInput, today: IsoDate, options: CalendarOptions): ItemClock {
  const none: ItemClock = { dueOn: null, remainingWorkdays: null, overdue: false, elapsedWorkdays: null, suspendedWorkdays: 0, onTime: null, estimate: false };
  const { acceptedOn } = input;
  if (acceptedOn === null) return none;
  const end = input.status === 'completed' && input.completedOn !== null ? input.completedOn : today;
  const open = input.suspendedSince !== null ? [{ from: input.suspendedSince, to: later(input.suspendedSince, today) }] : [];
  const suspensions = [...input.suspensions, ...open];
  const dueOn = deadlineWithSuspensions(acceptedOn, input.committedLimitDays, suspensions, options);
  const suspendedWorkdays = suspensions.reduce((sum, s) => sum + workdaysWithin(s, options), 0);
  const suspendedUntilEnd = suspensions.reduce((sum, s) => sum + (toDayNumber(s.from) > toDayNumber(end) ? 0 : workdaysWithin({ from: s.from, to: earlier(s.to, end) }, options)), 0);
  const elapsedWorkdays = Math.max(0, workdaysBetween(acceptedOn, end, options) - suspendedUntilEnd);
  if (input.status === 'completed') {
    return { dueOn, remainingWorkdays: null, overdue: false, elapsedWorkdays, suspendedWorkdays, onTime: !isOverdue(dueOn, end), estimate: false };
  }
  if (!RUNNING_STATUSES.includes(input.status)) {
    // Rejected after acceptance: the clock stopped; keep what it showed.
    return { ...none, dueOn, elapsedWorkdays, suspendedWorkdays };
  }
  const suspended = input.suspendedSince !== null;
  return {
    dueOn,
    remainingWorkdays: workdaysBetween(today, dueOn, options),
    overdue: !suspended && isOverdue(dueOn, today),
    elapsedWorkdays,
    suspendedWorkdays,
    onTime: null,
    estimate: false,
  };
}

/** The last day counted as "due within n working days" of today (for the agent desk filter). */
export function dueWithinLimit(today: IsoDate, workdays: number): IsoDate {
  try {
    return addWorkdays(today, workdays);
  } catch (err) {
    if (!(err instanceof CalendarNotCoveredError)) throw err;
    return addWorkdays(today, workdays, { fallback: 'weekdays' });
  }
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (toDayNumber(a) >= toDayNumber(b) ? a : b);
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (toDayNumber(a) <= toDayNumber(b) ? a : b);
