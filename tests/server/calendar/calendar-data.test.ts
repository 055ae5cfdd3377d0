import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCalendar, CALENDAR_FILE, calendarFileText, readChineseDays } from '../../../fixtures/calendar/build-calendar';
import { committedCalendarYears, parseCalendarFile, withOverrides } from '../../../server/src/calendar/calendar-data';
import { CalendarNotCoveredError, workingDayCalendar } from '../../../server/src/calendar/working-days';

const year2027 = {
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  workdays: ['2027-01-09'],
  names: { '2027-01-01': '元旦', '2027-01-09': '元旦' },
};
const parse = (json: unknown) => () => parseCalendarFile(json, 'test.json');
const withYear = (changes: object) => parse({ 2027: { ...year2027, ...changes } });

describe('committed calendar data', () => {
  it('is exactly what build-calendar.ts makes from chinese-days for 2020–2026', () => {
    expect(readFileSync(CALENDAR_FILE, 'utf8')).toBe(calendarFileText(buildCalendar(readChineseDays())));
  });

  it('loads together with the override file', () => {
    expect([...committedCalendarYears().keys()]).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
});

describe('parseCalendarFile', () => {
  it('accepts a well-formed year', () => {
    const years = parseCalendarFile({ 2027: year2027 }, 'test.json');
    expect(years.get(2027)?.workdays.has('2027-01-09')).toBe(true);
    expect(years.get(2027)?.names.get('2027-01-01')).toBe('元旦');
  });

  it('rejects keys that are not years and years that are not objects', () => {
    expect(parse({ next: year2027 })).toThrow('test.json: "next" is not a year.');
    expect(parse({ 2027: [] })).toThrow(/expected \{ holidays, workdays, names\? \}/);
    expect(parse([])).toThrow(/keyed by year/);
  });

  it('rejects malformed and impossible dates, and dates of another year', () => {
    expect(withYear({ holidays: ['2027-1-1'] })).toThrow('test.json, 2027 holidays: "2027-1-1" is not a date written YYYY-MM-DD.');
    expect(withYear({ holidays: ['2027-02-29'] })).toThrow(/"2027-02-29" is not a date/);
    expect(withYear({ holidays: ['2026-12-31'] })).toThrow('test.json, 2027 holidays: 2026-12-31 is not in 2027.');
  });

  it('rejects a duplicate, an empty holiday list and unknown keys', () => {
    expect(withYear({ holidays: ['2027-01-01', '2027-01-01'] })).toThrow(/listed twice/);
    expect(withYear({ holidays: [] })).toThrow('test.json, 2027: holidays is empty.');
    expect(withYear({ workday: [] })).toThrow(/unknown key\(s\) workday/);
  });

  it('rejects a make-up workday that is not a Saturday or Sunday, or is also a holiday', () => {
    expect(withYear({ workdays: ['2027-01-08'] })).toThrow(/2027-01-08 is a weekday/);
    expect(withYear({ workdays: ['2027-01-02'] })).toThrow(/2027-01-02 is both a holiday and a workday/);
  });

  it('rejects names for dates in neither list, and empty names', () => {
    expect(withYear({ names: { '2027-05-01': '劳动节' } })).toThrow(/2027-05-01 is neither a holiday nor a workday/);
    expect(withYear({ names: { '2027-01-01': ' ' } })).toThrow(/needs a non-empty name/);
  });
});

describe('overrides', () => {
  const committed = committedCalendarYears();

  it('extend the calendar to a newly published year', () => {
    const calendar = workingDayCalendar(withOverrides(committed, parseCalendarFile({ 2027: year2027 }, 'overrides')));
    expect(calendar.coveredYears()).toContain(2027);
    expect(calendar.dayKind('2027-01-01')).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(calendar.isWorkday('2027-01-09')).toBe(true);
    expect(calendar.addWorkdays('2026-12-30', 5)).toBe('2027-01-07');
  });

  it('replace a whole base year rather than merging into it', () => {
    const only2026NewYear = { 2026: { holidays: ['2026-01-01'], workdays: [] } };
    const calendar = workingDayCalendar(withOverrides(committed, parseCalendarFile(only2026NewYear, 'overrides')));
    expect(calendar.dayKind('2026-10-01')).toEqual({ date: '2026-10-01', kind: 'workday' });
    expect(calendar.dayKind('2026-10-10')).toEqual({ date: '2026-10-10', kind: 'weekend' });
    expect(calendar.dayKind('2025-10-01').kind).toBe('holiday');
  });

  it('still leave a gap year uncovered', () => {
    const only2028 = { 2028: { holidays: ['2028-01-01'], workdays: [] } };
    const calendar = workingDayCalendar(withOverrides(committed, parseCalendarFile(only2028, 'overrides')));
    expect(calendar.isWorkday('2028-01-03')).toBe(true);
    expect(() => calendar.workdaysBetween('2026-12-01', '2028-01-05')).toThrow(CalendarNotCoveredError);
  });
});

describe('pure core', () => {
  // conventions.md: calendars import nothing from express, pg or node, so the client can use them too.
  const dir = fileURLToPath(new URL('../../../server/src/calendar/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.routes.ts'));

  it.each(files)('%s imports only its own folder', (file) => {
    const imported = [...readFileSync(`${dir}${file}`, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    expect(imported.filter((spec) => !spec.startsWith('./'))).toEqual([]);
  });
});
