// Deadlines on the mainland calendar (2026 arrangement: 国庆节 10-01…10-07 off, Sat 10-10 worked).
import { describe, expect, it } from 'vitest';
import { dueDateOf, dueWithinLimit, itemClock, workdaysWithin } from '../../../server/src/cases/deadlines';

const accepted = (extra: Partial<Parameters<typeof itemClock>[0]> = {}) => ({
  status: 'accepted' as const,
  acceptedOn: '2026-09-29',
  committedLimitDays: 5,
  completedOn: null,
  suspensions: [],
  suspendedSince: null,
  ...extra,
});

describe('item deadlines in working days', () => {
  it('runs across the National Day holiday and counts the make-up Saturday', () => {
    // 09-30 (1), 10-01…07 holiday, 10-08 (2), 10-09 (3), Sat 10-10 make-up (4), Sun 10-11 off, 10-12 (5).
    expect(dueDateOf('2026-09-29', 5, [])).toBe('2026-10-12');
  });

  it('moves the due date by the suspended working days', () => {
    // 10-08 and 10-09 suspended: 09-30 (1), 10-10 (2), 10-12 (3), 10-13 (4), 10-14 (5).
    expect(dueDateOf('2026-09-29', 5, [{ from: '2026-10-08', to: '2026-10-09' }])).toBe('2026-10-14');
    expect(workdaysWithin({ from: '2026-10-08', to: '2026-10-09' })).toBe(2);
    // A suspension over the holiday suspends no working day.
    expect(dueDateOf('2026-09-29', 5, [{ from: '2026-10-01', to: '2026-10-07' }])).toBe('2026-10-12');
  });

  it('shows remaining days and overdue flags on a given day', () => {
    expect(itemClock(accepted(), '2026-10-09')).toMatchObject({ dueOn: '2026-10-12', remainingWorkdays: 2, overdue: false, elapsedWorkdays: 3 });
    expect(itemClock(accepted(), '2026-10-12')).toMatchObject({ remainingWorkdays: 0, overdue: false });
    expect(itemClock(accepted(), '2026-10-14')).toMatchObject({ remainingWorkdays: -2, overdue: true, elapsedWorkdays: 7 });
  });

  it('stops the clock while suspended: never overdue, the projected due date moves each day', () => {
    const clock = itemClock(accepted({ suspendedSince: '2026-10-08' }), '2026-10-13');
    // 10-08 … 10-13 suspended (4 working days: 08, 09, 10, 12, 13 → 5): due = 09-30 + 4 working days after 10-13.
    expect(clock).toMatchObject({ overdue: false, suspendedWorkdays: 5, elapsedWorkdays: 1, dueOn: '2026-10-19' });
  });

  it('says whether a completed item finished within its limit', () => {
    expect(itemClock(accepted({ status: 'completed', completedOn: '2026-10-12' }), '2026-11-01')).toMatchObject({ onTime: true, elapsedWorkdays: 5, overdue: false });
    expect(itemClock(accepted({ status: 'completed', completedOn: '2026-10-13' }), '2026-11-01')).toMatchObject({ onTime: false, elapsedWorkdays: 6 });
  });

  it('has no clock before acceptance', () => {
    expect(itemClock(accepted({ status: 'submitted', acceptedOn: null }), '2026-10-13')).toMatchObject({ dueOn: null, remainingWorkdays: null, overdue: false });
  });

  it('estimates with Monday–Friday past the calendar data instead of failing', () => {
    const clock = itemClock(accepted({ acceptedOn: '2026-12-28', committedLimitDays: 5 }), '2027-01-05');
    expect(clock.estimate).toBe(true);
    expect(clock.dueOn).toBe('2027-01-04');
    expect(dueWithinLimit('2026-12-30', 3)).toBe('2027-01-04');
  });
});
