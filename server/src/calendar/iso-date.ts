// ISO calendar dates (`YYYY-MM-DD`) as whole day numbers, so date arithmetic never passes through a
// local-time `Date` (where `new Date('2026-10-01')` is UTC midnight and can print as Sep 30).

/** A Beijing local date, `YYYY-MM-DD`. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** True for a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(toDayNumberOrNaN(value));
}

/** Days since 1970-01-01; throws RangeError for anything but a real `YYYY-MM-DD` date. */
export function toDayNumber(date: IsoDate): number {
  const day = toDayNumberOrNaN(date);
  if (Number.isNaN(day)) throw new RangeError(`"${date}" is not a date written YYYY-MM-DD.`);
  return day;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Today's date in Beijing, whatever the server's own time zone. */
export function todayInBeijing(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

function toDayNumberOrNaN(value: string): number {
  const m = ISO_DATE.exec(value);
  if (!m) return Number.NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March; a real date reads back unchanged.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return Number.NaN;
  return ms / MS_PER_DAY;
}
