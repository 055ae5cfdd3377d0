// Deadline reminders as staff read them (issue #5 "Reminders"): missed ones first (the longest overdue
// on top), then those due within 7 days, then within 30, each soonest first; and the days left in
// words. Pure; the levels come from the server (commitment-reminders.ts).
import { type Milestone, MILESTONES, REMINDER_LEVELS, type ReminderLevel } from '../../../../server/src/commitments/commitment-reminders';

export interface ReminderLike {
  level: ReminderLevel;
  daysLeft: number;
  milestone: Milestone;
}

const rank = (level: ReminderLevel) => REMINDER_LEVELS.indexOf(level);
const milestoneRank = (m: Milestone) => MILESTONES.findIndex((x) => x.code === m);

export function sortReminders<T extends ReminderLike>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => rank(a.level) - rank(b.level) || a.daysLeft - b.daysLeft || milestoneRank(a.milestone) - milestoneRank(b.milestone));
}

export interface ReminderGroup<T> {
  level: ReminderLevel;
  items: T[];
}

/** Non-empty groups in the order missed, within7, within30. */
export function groupReminders<T extends ReminderLike>(items: readonly T[]): ReminderGroup<T>[] {
  const sorted = sortReminders(items);
  return REMINDER_LEVELS.map((level) => ({ level, items: sorted.filter((r) => r.level === level) })).filter((g) => g.items.length > 0);
}

/** The message and its number for "3 days overdue", "due today", "5 days left". */
export function daysLeftMessage(daysLeft: number): { id: 'commitment.reminder.overdue' | 'commitment.reminder.today' | 'commitment.reminder.daysLeft'; n: number } {
  if (daysLeft < 0) return { id: 'commitment.reminder.overdue', n: -daysLeft };
  if (daysLeft === 0) return { id: 'commitment.reminder.today', n: 0 };
  return { id: 'commitment.reminder.daysLeft', n: daysLeft };
}

export function milestoneLabel(milestone: Milestone): { labelZh: string; labelEn: string } {
  return MILESTONES.find((m) => m.code === milestone) ?? { labelZh: milestone, labelEn: milestone };
}

/** Counts per level for a summary line ("逾期 2 · 7 日内 3 · 30 日内 9"). */
export function countByLevel(items: readonly ReminderLike[]): Record<ReminderLevel, number> {
  const counts = { missed: 0, within7: 0, within30: 0 } as Record<ReminderLevel, number>;
  for (const r of items) counts[r.level] += 1;
  return counts;
}
