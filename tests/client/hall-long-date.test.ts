import { describe, expect, it } from 'vitest';
import { formatLongDate, localIsoDate } from '../../client/src/features/sheet/long-date';

describe('dates written out for the hall and the printed sheet', () => {
  it('writes a date the Chinese way, with the weekday when asked', () => {
    expect(formatLongDate('2026-10-12', 'zh')).toBe('2026年10月12日');
    expect(formatLongDate('2026-10-12', 'zh', { weekday: true })).toBe('2026年10月12日星期一');
  });

  it('writes it in English day-month-year order', () => {
    expect(formatLongDate('2026-10-12', 'en')).toBe('12 October 2026');
    const withWeekday = formatLongDate('2026-10-12', 'en', { weekday: true });
    expect(withWeekday).toContain('Monday');
    expect(withWeekday).toContain('12 October 2026');
  });

  it('keeps the calendar day whatever the time zone (no UTC-midnight slip to the day before)', () => {
    expect(formatLongDate('2026-01-01', 'zh')).toBe('2026年1月1日');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatLongDate('soon', 'zh')).toBe('soon');
  });

  it('takes today from the device’s own calendar', () => {
    expect(localIsoDate(new Date(2026, 8, 29, 23, 59))).toBe('2026-09-29');
    expect(localIsoDate(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });
});
