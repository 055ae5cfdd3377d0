// The mainland China holiday arrangements (放假调休安排) the working-day calendar reads: our own
// committed JSON, generated once from chinese-days, plus an override file operators extend each
// November when the State Council (国务院办公厅) publishes the next year. See data/README.md.
import base from './data/cn-calendar.json' with { type: 'json' };
import overrides from './data/cn-calendar-overrides.json' with { type: 'json' };
import { isIsoDate, toDayNumber, weekdayOf, type IsoDate } from './iso-date';

/** One year as written in the JSON files. */
export interface CalendarYearJson {
  /** Every day off of the legal holidays, weekdays and weekend days alike (放假). */
  holidays: IsoDate[];
  /** Weekend days that are working days (调休上班). */
  workdays: IsoDate[];
  /** Holiday name by date, for holiday days and the make-up workdays that belong to them. */
  names?: Record<IsoDate, string>;
}

export type CalendarFileJson = Record<string, CalendarYearJson>;

export interface YearArrangement {
  holidays: ReadonlySet<IsoDate>;
  workdays: ReadonlySet<IsoDate>;
  names: ReadonlyMap<IsoDate, string>;
}

export type CalendarYears = ReadonlyMap<number, YearArrangement>;

/** Reads and checks one calendar file; a mistake in it stops the server instead of skewing deadlines. */
export function parseCalendarFile(json: unknown, source: string): CalendarYears {
  if (!isRecord(json)) throw new Error(`${source}: expected an object keyed by year.`);
  const years = new Map<number, YearArrangement>();
  for (const [key, value] of Object.entries(json)) {
    if (!/^\d{4}$/.test(key)) throw new Error(`${source}: "${key}" is not a year.`);
    years.set(Number(key), parseYear(value, `${source}, ${key}`, key));
  }
  return years;
}

/** An override year replaces the whole base year, so a file entry always reads as the complete arrangement. */
export function withOverrides(baseYears: CalendarYears, overrideYears: CalendarYears): CalendarYears {
  return new Map([...baseYears, ...overrideYears]);
}

export function committedCalendarYears(): CalendarYears {
  return withOverrides(
    parseCalendarFile(base, 'cn-calendar.json'),
    parseCalendarFile(overrides, 'cn-calendar-overrides.json'),
  );
}

function parseYear(value: unknown, where: string, year: string): YearArrangement {
  if (!isRecord(value)) throw new Error(`${where}: expected { holidays, workdays, names? }.`);
  const unknownKeys = Object.keys(value).filter((k) => !['holidays', 'workdays', 'names'].includes(k));
  if (unknownKeys.length > 0) throw new Error(`${where}: unknown key(s) ${unknownKeys.join(', ')}.`);
  const holidays = dateList(value.holidays, `${where} holidays`, year);
  const workdays = dateList(value.workdays, `${where} workdays`, year);
  // Every year has at least New Year's Day, so an empty list is a placeholder, not an arrangement.
  if (holidays.size === 0) throw new Error(`${where}: holidays is empty.`);
  for (const date of workdays) {
    const weekday = weekdayOf(toDayNumber(date));
    if (weekday !== 0 && weekday !== 6) throw new Error(`${where} workdays: ${date} is a weekday; list only weekend days that are worked.`);
    if (holidays.has(date)) throw new Error(`${where}: ${date} is both a holiday and a workday.`);
  }
  const names = new Map<IsoDate, string>();
  const rawNames = value.names ?? {};
  if (!isRecord(rawNames)) throw new Error(`${where} names: expected an object of date → name.`);
  for (const [date, name] of Object.entries(rawNames)) {
    if (!holidays.has(date) && !workdays.has(date)) throw new Error(`${where} names: ${date} is neither a holiday nor a workday.`);
    if (typeof name !== 'string' || name.trim() === '') throw new Error(`${where} names: ${date} needs a non-empty name.`);
    names.set(date, name);
  }
  return { holidays, workdays, names };
}

function dateList(value: unknown, where: string, year: string): Set<IsoDate> {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a list of YYYY-MM-DD dates.`);
  const dates = new Set<IsoDate>();
  for (const date of value) {
    if (typeof date !== 'string' || !isIsoDate(date)) throw new Error(`${where}: ${JSON.stringify(date)} is not a date written YYYY-MM-DD.`);
    if (!date.startsWith(`${year}-`)) throw new Error(`${where}: ${date} is not in ${year}.`);
    if (dates.has(date)) throw new Error(`${where}: ${date} is listed twice.`);
    dates.add(date);
  }
  return dates;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
