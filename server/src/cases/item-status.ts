// The status of one approval item inside a case (事项办理状态) and the moves allowed between them.
// One source of truth: migration 0007's CHECK on case_items.status mirrors ITEM_STATUS_CODES
// (tests/server/cases/cases-schema.test.ts keeps them equal). Pure.
import type { Role } from '../users/roles';

export const ITEM_STATUSES = [
  { code: 'pending', labelZh: '待提交', labelEn: 'Not yet submitted' },
  { code: 'preparing', labelZh: '材料准备', labelEn: 'Preparing materials' },
  { code: 'submitted', labelZh: '已提交', labelEn: 'Submitted' },
  { code: 'accepted', labelZh: '已受理', labelEn: 'Accepted' },
  /** 容缺受理: accepted with non-key materials missing, on the applicant's promise to supply them by a date. */
  { code: 'accepted_with_deficiency', labelZh: '容缺受理', labelEn: 'Accepted with deficiency' },
  { code: 'completed', labelZh: '已办结', labelEn: 'Completed' },
  /** 不予受理 / 不予许可: final for this application. */
  { code: 'rejected', labelZh: '不予受理', labelEn: 'Rejected' },
  /** 退回补正: back to the applicant, who may submit again. */
  { code: 'returned', labelZh: '退回补正', labelEn: 'Returned for correction' },
] as const;

export type ItemStatus = (typeof ITEM_STATUSES)[number]['code'];
export const ITEM_STATUS_CODES = ITEM_STATUSES.map((s) => s.code) as readonly ItemStatus[];

/** The time limit runs in these statuses (from the acceptance date). */
export const RUNNING_STATUSES: readonly ItemStatus[] = ['accepted', 'accepted_with_deficiency'];
/** Nothing more happens to an item in these statuses. */
export const FINAL_STATUSES: readonly ItemStatus[] = ['completed', 'rejected'];

export function itemStatusLabel(status: ItemStatus): { labelZh: string; labelEn: string } {
  const s = ITEM_STATUSES.find((x) => x.code === status);
  return { labelZh: s?.labelZh ?? status, labelEn: s?.labelEn ?? status };
}

/** Who takes a step: the applicant enterprise itself, or hall staff (agents record the department's decision). */
export type Actor = 'applicant' | 'staff';

export interface ItemTransition {
  from: ItemStatus;
  to: ItemStatus;
  by: readonly Actor[];
}

// The allowed-transition table. Anything not listed is refused with 409 TRANSITION_NOT_ALLOWED.
export const ITEM_TRANSITIONS: readonly ItemTransition[] = [
  { from: 'pending', to: 'preparing', by: ['applicant', 'staff'] },
  { from: 'pending', to: 'submitted', by: ['applicant', 'staff'] },
  { from: 'preparing', to: 'submitted', by: ['applicant', 'staff'] },
  { from: 'preparing', to: 'pending', by: ['applicant', 'staff'] },
  { from: 'submitted', to: 'accepted', by: ['staff'] },
  { from: 'submitted', to: 'accepted_with_deficiency', by: ['staff'] },
  { from: 'submitted', to: 'returned', by: ['staff'] },
  { from: 'submitted', to: 'rejected', by: ['staff'] },
  // 补齐: the promised materials arrived.
  { from: 'accepted_with_deficiency', to: 'accepted', by: ['staff'] },
  // The promise was broken: the 容缺 acceptance is revoked.
  { from: 'accepted_with_deficiency', to: 'rejected', by: ['staff'] },
  { from: 'accepted', to: 'completed', by: ['staff'] },
  // 不予许可 after review.
  { from: 'accepted', to: 'rejected', by: ['staff'] },
  { from: 'returned', to: 'preparing', by: ['applicant', 'staff'] },
  { from: 'returned', to: 'submitted', by: ['applicant', 'staff'] },
];

/** Targets that must say why (不予受理/退回 reasons are shown to the applicant on every channel). */
export const REASON_REQUIRED: readonly ItemStatus[] = ['rejected', 'returned'];

export const TRANSITION_REFUSALS = {
  /** No row in ITEM_TRANSITIONS from the current status to the target. */
  NOT_ALLOWED: 'TRANSITION_NOT_ALLOWED',
  /** The move exists but this actor may not take it (e.g. an applicant accepting its own item). */
  ACTOR_NOT_ALLOWED: 'TRANSITION_ACTOR_NOT_ALLOWED',
} as const;

export type TransitionCheck =
  | { allowed: true }
  | { allowed: false; reason: (typeof TRANSITION_REFUSALS)[keyof typeof TRANSITION_REFUSALS]; allowedTargets: ItemStatus[] };

export function checkTransition(from: ItemStatus, to: ItemStatus, actor: Actor): TransitionCheck {
  const row = ITEM_TRANSITIONS.find((t) => t.from === from && t.to === to);
  const allowedTargets = nextStatuses(from, actor);
  if (!row) return { allowed: false, reason: TRANSITION_REFUSALS.NOT_ALLOWED, allowedTargets };
  if (!row.by.includes(actor)) return { allowed: false, reason: TRANSITION_REFUSALS.ACTOR_NOT_ALLOWED, allowedTargets };
  return { allowed: true };
}

export function nextStatuses(from: ItemStatus, actor: Actor): ItemStatus[] {
  return ITEM_TRANSITIONS.filter((t) => t.from === from && t.by.includes(actor)).map((t) => t.to);
}

/** Staff roles that work cases at the hall; the applicant is an enterprise account acting for itself. */
export function actorOf(role: Role): Actor | null {
  if (role === 'enterprise') return 'applicant';
  if (role === 'agent' || role === 'admin') return 'staff';
  return null;
}
