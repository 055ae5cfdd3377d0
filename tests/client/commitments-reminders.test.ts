// Deadline reminders as the staff worklist and the parcel show them: missed first (longest overdue on
// top), then within 7, then within 30 days; days left in words.
import { describe, expect, it } from 'vitest';
import { remindersOf } from '../../server/src/commitments/commitment-reminders';
import { translate } from '../../client/src/app/i18n';
import { countByLevel, daysLeftMessage, groupReminders, sortReminders } from '../../client/src/features/commitments/reminder-order';

const items = [
  { id: 'a', level: 'within30', daysLeft: 21, milestone: 'completion' },
  { id: 'b', level: 'missed', daysLeft: -3, milestone: 'start' },
  { id: 'c', level: 'within7', daysLeft: 6, milestone: 'output' },
  { id: 'd', level: 'missed', daysLeft: -40, milestone: 'rectification' },
  { id: 'e', level: 'within7', daysLeft: 0, milestone: 'start' },
  { id: 'f', level: 'within7', daysLeft: 0, milestone: 'completion' },
] as const;

describe('reminder order', () => {
  it('puts missed milestones first, the longest overdue on top, then the soonest due', () => {
    expect(sortReminders(items).map((r) => r.id)).toEqual(['d', 'b', 'e', 'f', 'c', 'a']);
  });

  it('groups by level in that order and leaves out empty groups', () => {
    const groups = groupReminders(items.filter((r) => r.level !== 'within7'));
    expect(groups.map((g) => [g.level, g.items.map((r) => r.id)])).toEqual([
      ['missed', ['d', 'b']],
      ['within30', ['a']],
    ]);
    expect(groupReminders([])).toEqual([]);
  });

  it('counts each level for the summary line', () => {
    expect(countByLevel(items)).toEqual({ missed: 2, within7: 3, within30: 1 });
  });

  it('orders what the server computes for a letter (start missed, rectification due)', () => {
    const reminders = remindersOf(
      { startBy: '2026-05-01', completeBy: '2026-06-10', outputBy: '2027-06-01', started: false, completionPassed: false, outputPassed: false, rectifyBy: '2026-05-20' },
      '2026-05-15',
    );
    expect(sortReminders(reminders).map((r) => [r.milestone, r.level, r.daysLeft])).toEqual([
      ['start', 'missed', -14],
      ['rectification', 'within7', 5],
      ['completion', 'within30', 26],
    ]);
  });
});

describe('days left in words', () => {
  it.each([
    [-3, 'zh', '已逾期 3 天'],
    [-1, 'en', 'overdue by 1 d'],
    [0, 'zh', '今日到期'],
    [0, 'en', 'due today'],
    [5, 'zh', '剩 5 天'],
    [30, 'en', '30 d left'],
  ] as const)('%i days in %s reads “%s”', (daysLeft, locale, text) => {
    const m = daysLeftMessage(daysLeft);
    expect(translate(locale, m.id, { n: m.n })).toBe(text);
  });
});
