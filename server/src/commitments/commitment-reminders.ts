// Deadline reminders (issue #5 "Reminders"): a committed milestone that is 30 or 7 days away, or
// already missed, shows in the staff worklist and on the parcel. Pure: dates in, reminders out.
import { toDayNumber, type IsoDate } from '../calendar/iso-date';

export const MILESTONES = [
  { code: 'start', labelZh: '开工', labelEn: 'Start of construction' },
  { code: 'completion', labelZh: '竣工', labelEn: 'Completion' },
  { code: 'output', labelZh: '达产', labelEn: 'Full production' },
  { code: 'rectification', labelZh: '整改', labelEn: 'Rectification' },
] as const;
export type Milestone = (typeof MILESTONES)[number]['code'];

export const REMINDER_LEVELS = ['missed', 'within7', 'within30'] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

export interface OpenMilestones {
  startBy: IsoDate;
  completeBy: IsoDate;
  outputBy: IsoDate;
  /** Construction has started (the parcel is under construction or further). */
  started: boolean;
  completionPassed: boolean;
  outputPassed: boolean;
  /** Deadline of an open 整改 after a failed verification. */
  rectifyBy: IsoDate | null;
}

export interface Reminder {
  milestone: Milestone;
  due: IsoDate;
  level: ReminderLevel;
  /** Negative when missed. */
  daysLeft: number;
}

function levelOf(daysLeft: number): ReminderLevel | null {
  if (daysLeft < 0) return 'missed';
  if (daysLeft <= 7) return 'within7';
  if (daysLeft <= 30) return 'within30';
  return null;
}

export function remindersOf(m: OpenMilestones, today: IsoDate): Reminder[] {
  const open: [Milestone, IsoDate | null, boolean][] = [
    ['start', m.startBy, m.started],
    ['completion', m.completeBy, m.completionPassed],
    ['output', m.outputBy, m.outputPassed],
    ['rectification', m.rectifyBy, false],
  ];
  const now = toDayNumber(today);
  return open.flatMap(([milestone, due, done]) => {
    if (done || due === null) return [];
    const daysLeft = toDayNumber(due) - now;
    const level = levelOf(daysLeft);
    return level ? [{ milestone, due, level, daysLeft }] : [];
  });
}
