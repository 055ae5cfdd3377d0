// Improvement actions (整改/改进措施, guide §7: targets, measures and time limits). The stored status
// is what the owner reports; "overdue" is never stored but computed from the deadline and the date,
// so an action cannot stay "in progress" past its deadline without showing it.
import { isOverdue } from '../calendar/working-days';
import type { IsoDate } from '../calendar/iso-date';

export const STORED_ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type StoredActionStatus = (typeof STORED_ACTION_STATUSES)[number];

export const ACTION_STATUSES = [
  { code: 'planned', labelZh: '计划中', labelEn: 'Planned' },
  { code: 'in_progress', labelZh: '推进中', labelEn: 'In progress' },
  { code: 'done', labelZh: '已完成', labelEn: 'Done' },
  { code: 'overdue', labelZh: '已逾期', labelEn: 'Overdue' },
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number]['code'];
export const ACTION_STATUS_CODES = ACTION_STATUSES.map((s) => s.code) as readonly ActionStatus[];

/** Moves the owner may report; "done" is final. */
export const ACTION_MOVES: Record<StoredActionStatus, readonly StoredActionStatus[]> = {
  planned: ['in_progress', 'done'],
  in_progress: ['planned', 'done'],
  done: [],
};

/** The status shown on a day: an unfinished action past its deadline (the deadline day itself is not late) is overdue. */
export function actionStatusOn(stored: StoredActionStatus, deadline: IsoDate, today: IsoDate): ActionStatus {
  if (stored !== 'done' && isOverdue(deadline, today)) return 'overdue';
  return stored;
}
