import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../client/src/app/i18n';
import { addWorkdaysPath, calendarDaysBetween, DEADLINE_PROBLEMS, deadlineRequest, MAX_WORKDAYS } from '../../client/src/features/hall/deadline';

describe('the hall deadline helper form', () => {
  it('accepts a date and a whole number of working days', () => {
    expect(deadlineRequest('2026-09-29', '5')).toEqual({ valid: true, from: '2026-09-29', days: 5 });
    expect(deadlineRequest(' 2026-09-29 ', '0')).toEqual({ valid: true, from: '2026-09-29', days: 0 });
    expect(deadlineRequest('2026-09-29', String(MAX_WORKDAYS))).toEqual({ valid: true, from: '2026-09-29', days: MAX_WORKDAYS });
  });

  it('asks for a start date before anything else', () => {
    expect(deadlineRequest('', '5')).toEqual({ valid: false, reason: DEADLINE_PROBLEMS.FROM_MISSING });
    expect(deadlineRequest('   ', '')).toEqual({ valid: false, reason: DEADLINE_PROBLEMS.FROM_MISSING });
  });

  it('refuses a date that is not on the calendar', () => {
    expect(deadlineRequest('2026-02-30', '5')).toEqual({ valid: false, reason: DEADLINE_PROBLEMS.FROM_INVALID });
    expect(deadlineRequest('29/09/2026', '5')).toEqual({ valid: false, reason: DEADLINE_PROBLEMS.FROM_INVALID });
    expect(deadlineRequest('2028-02-29', '5').valid).toBe(true);
  });

  it.each(['', ' ', '2.5', '-1', String(MAX_WORKDAYS + 1), 'five', '1e9'])('refuses %j working days', (days) => {
    expect(deadlineRequest('2026-09-29', days)).toEqual({ valid: false, reason: DEADLINE_PROBLEMS.DAYS_INVALID });
  });

  it('asks the server calendar with encoded parameters', () => {
    expect(addWorkdaysPath('2026-09-29', 5)).toBe('/api/calendar/add-workdays?from=2026-09-29&days=5');
  });

  it('counts calendar days between two dates, across the National Day holiday and a new year', () => {
    expect(calendarDaysBetween('2026-09-29', '2026-10-12')).toBe(13);
    expect(calendarDaysBetween('2026-12-30', '2027-01-04')).toBe(5);
    expect(calendarDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(calendarDaysBetween('2026-10-12', '2026-10-12')).toBe(0);
    expect(() => calendarDaysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });

  it('has a message for every reason it refuses', () => {
    const missing = Object.values(DEADLINE_PROBLEMS).filter((reason) => !(`hall.deadline.${reason}` in MESSAGES));
    expect(missing).toEqual([]);
  });
});
