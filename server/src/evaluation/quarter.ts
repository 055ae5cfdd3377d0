// Quarters (季度) written '2026Q3', the evaluation period of guide §7 ("评估周期宜每季度不少于一次").
// Bounds are Beijing time (Asia/Shanghai, UTC+8 without daylight saving since 1991): 2026Q3 runs from
// 2026-07-01T00:00+08:00 (inclusive) to 2026-10-01T00:00+08:00 (exclusive). Pure.
import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/iso-date';

export type QuarterCode = `${number}Q${1 | 2 | 3 | 4}`;

export interface Quarter {
  code: QuarterCode;
  year: number;
  q: 1 | 2 | 3 | 4;
  /** First day (Beijing date), inclusive. */
  firstDay: IsoDate;
  /** Last day (Beijing date), inclusive. */
  lastDay: IsoDate;
  /** Instant the quarter starts (inclusive) and ends (exclusive). */
  start: Date;
  end: Date;
}

export const QUARTER_PATTERN = /^(\d{4})Q([1-4])$/;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The quarter of a code, or null when the text is not `YYYYQn`. */
export function parseQuarter(code: string): Quarter | null {
  const m = QUARTER_PATTERN.exec(code);
  if (!m) return null;
  return quarterOf(Number(m[1]), Number(m[2]) as 1 | 2 | 3 | 4);
}

export function quarterOf(year: number, q: 1 | 2 | 3 | 4): Quarter {
  const firstMonth = (q - 1) * 3 + 1;
  const firstDay = `${year}-${pad(firstMonth)}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${pad(firstMonth + 3)}-01`;
  return {
    code: `${year}Q${q}` as QuarterCode,
    year,
    q,
    firstDay,
    lastDay: fromDayNumber(toDayNumber(next) - 1),
    start: beijingMidnight(firstDay),
    end: beijingMidnight(next),
  };
}

/** The instant a Beijing date begins. */
export function beijingMidnight(date: IsoDate): Date {
  return new Date(toDayNumber(date) * 86_400_000 - BEIJING_OFFSET_MS);
}

/** The quarter an instant falls in, in Beijing time (2026-09-30T16:00Z is already 2026Q4). */
export function quarterAt(at: Date): Quarter {
  const local = new Date(at.getTime() + BEIJING_OFFSET_MS);
  return quarterOf(local.getUTCFullYear(), (Math.floor(local.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4);
}

export function shiftQuarter(quarter: Quarter, by: number): Quarter {
  const index = quarter.year * 4 + (quarter.q - 1) + by;
  return quarterOf(Math.floor(index / 4), ((index % 4) + 1) as 1 | 2 | 3 | 4);
}

/** Quarters from `first` to `last`, both included, oldest first; empty when `first` is after `last`. */
export function quartersBetween(first: Quarter, last: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let q = first; q.start.getTime() <= last.start.getTime(); q = shiftQuarter(q, 1)) out.push(q);
  return out;
}

export function contains(quarter: Quarter, at: Date): boolean {
  return at.getTime() >= quarter.start.getTime() && at.getTime() < quarter.end.getTime();
}

export function containsDay(quarter: Quarter, day: IsoDate): boolean {
  return day >= quarter.firstDay && day <= quarter.lastDay;
}

/**
 * The day a quarter is evaluated "as of": its last day once it is over, today while it runs, and
 * null for a quarter that has not started (nothing can be measured yet).
 */
export function asOfDay(quarter: Quarter, today: IsoDate): IsoDate | null {
  if (today < quarter.firstDay) return null;
  return today > quarter.lastDay ? quarter.lastDay : today;
}
