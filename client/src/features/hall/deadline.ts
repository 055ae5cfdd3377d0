// The hall's deadline helper: "from [date] + [n] working days". The counting itself (holidays, 调休,
// the start day not counting) is the server's calendar (GET /api/calendar/add-workdays); this module
// only checks what the agent typed before asking, and words the answer. Pure.

/** The server answers for ±1000 working days; an agent only ever counts forward. */
export const MAX_WORKDAYS = 1000;

export const DEADLINE_PROBLEMS = {
  FROM_MISSING: 'FROM_MISSING',
  FROM_INVALID: 'FROM_INVALID',
  DAYS_INVALID: 'DAYS_INVALID',
} as const;
export type DeadlineProblem = (typeof DEADLINE_PROBLEMS)[keyof typeof DEADLINE_PROBLEMS];

export type DeadlineRequest = { valid: true; from: string; days: number } | { valid: false; reason: DeadlineProblem };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a real `YYYY-MM-DD` date (2026-02-30 is not one), else null. */
function dayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

/** The form's two fields as a request the server will accept, or the reason it would not. */
export function deadlineRequest(fromText: string, daysText: string): DeadlineRequest {
  const from = fromText.trim();
  if (from === '') return { valid: false, reason: DEADLINE_PROBLEMS.FROM_MISSING };
  if (dayNumber(from) === null) return { valid: false, reason: DEADLINE_PROBLEMS.FROM_INVALID };
  const days = daysText.trim() === '' ? Number.NaN : Number(daysText);
  if (!Number.isInteger(days) || days < 0 || days > MAX_WORKDAYS) return { valid: false, reason: DEADLINE_PROBLEMS.DAYS_INVALID };
  return { valid: true, from, days };
}

export function addWorkdaysPath(from: string, days: number): string {
  return `/api/calendar/add-workdays?${new URLSearchParams({ from, days: String(days) })}`;
}

/** Calendar days from one date to another (2026-09-29 → 2026-10-12 is 13). */
export function calendarDaysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) throw new RangeError(`"${from}" or "${to}" is not a date written YYYY-MM-DD.`);
  return b - a;
}
