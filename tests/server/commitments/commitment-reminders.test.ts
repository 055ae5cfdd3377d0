import { describe, expect, it } from 'vitest';
import { remindersOf, type OpenMilestones } from '../../../server/src/commitments/commitment-reminders';

const base: OpenMilestones = {
  startBy: '2026-12-10', completeBy: '2027-01-03', outputBy: '2028-06-30',
  started: false, completionPassed: false, outputPassed: false, rectifyBy: null,
};

describe('deadline reminders', () => {
  it('flags milestones 7 and 30 days ahead, leaves later ones alone', () => {
    expect(remindersOf(base, '2026-12-04')).toEqual([
      { milestone: 'start', due: '2026-12-10', level: 'within7', daysLeft: 6 },
      { milestone: 'completion', due: '2027-01-03', level: 'within30', daysLeft: 30 },
    ]);
  });

  it('reports a missed milestone with negative days and drops the ones already done', () => {
    expect(remindersOf({ ...base, started: true, rectifyBy: '2026-12-01' }, '2026-12-04')).toEqual([
      { milestone: 'completion', due: '2027-01-03', level: 'within30', daysLeft: 30 },
      { milestone: 'rectification', due: '2026-12-01', level: 'missed', daysLeft: -3 },
    ]);
    expect(remindersOf({ ...base, startBy: '2026-11-30' }, '2026-12-04')[0]).toMatchObject({ milestone: 'start', level: 'missed', daysLeft: -4 });
  });

  it('is due today on the deadline itself, not missed', () => {
    expect(remindersOf({ ...base, startBy: '2026-12-04' }, '2026-12-04')[0]).toMatchObject({ level: 'within7', daysLeft: 0 });
  });
});
