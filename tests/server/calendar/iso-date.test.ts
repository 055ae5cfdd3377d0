import { describe, expect, it } from 'vitest';
import { fromDayNumber, isIsoDate, todayInBeijing, toDayNumber, weekdayOf, yearOf } from '../../../server/src/calendar/iso-date';

describe('ISO dates as day numbers', () => {
  it('round-trips dates, leap days included', () => {
    for (const date of ['1970-01-01', '2024-02-29', '2026-10-01', '2026-12-31']) expect(fromDayNumber(toDayNumber(date))).toBe(date);
    expect(toDayNumber('1970-01-02')).toBe(1);
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-10-01')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-10-1', '2026/10/01', '2026-10-01T00:00', ' 2026-10-01', '']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(() => toDayNumber('2026-02-29')).toThrow(RangeError);
  });

  it('knows the weekday and the year', () => {
    expect(weekdayOf(toDayNumber('2026-09-29'))).toBe(2);
    expect(weekdayOf(toDayNumber('2026-10-10'))).toBe(6);
    expect(weekdayOf(toDayNumber('1969-12-28'))).toBe(0);
    expect(yearOf(toDayNumber('2026-12-31'))).toBe(2026);
  });

  it('gives today in Beijing (UTC+8), whatever the server time zone', () => {
    expect(todayInBeijing(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(todayInBeijing(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
  });
});
