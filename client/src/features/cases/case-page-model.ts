// What the case page shows and offers, from the one CaseView every channel gets: deadline wording,
// the steps this account may take on an item, materials held or missing, and who may rate what. Pure.
import type { CaseView, ItemView } from '../../../../server/src/cases/case-view';
import { actorOf, FINAL_STATUSES, nextStatuses, RUNNING_STATUSES, type ItemStatus } from '../../../../server/src/cases/item-status';
import type { Role } from '../../../../server/src/users/roles';

export interface Viewer {
  role: Role;
  uscc: string | null;
}

/** Hall staff and the applicant itself act on a case; everyone else only reads it. */
export function isApplicant(viewer: Viewer | null, view: Pick<CaseView, 'enterprise'>): boolean {
  return viewer?.role === 'enterprise' && viewer.uscc === view.enterprise.uscc;
}

export function isCaseStaff(viewer: Viewer | null): boolean {
  return viewer?.role === 'agent' || viewer?.role === 'admin';
}

/** The statuses this viewer may move an item to now (the server's transition table). */
export function itemActions(item: Pick<ItemView, 'status' | 'suspension'>, viewer: Viewer | null, view: Pick<CaseView, 'enterprise'>): ItemStatus[] {
  if (!viewer) return [];
  const actor = actorOf(viewer.role);
  if (actor === null || (actor === 'applicant' && !isApplicant(viewer, view))) return [];
  const targets = nextStatuses(item.status, actor);
  // A suspended clock must be resumed before the item can be finished.
  return item.suspension ? targets.filter((s) => !FINAL_STATUSES.includes(s)) : targets;
}

export function canSuspend(item: Pick<ItemView, 'status' | 'suspension'>, viewer: Viewer | null): boolean {
  return isCaseStaff(viewer) && RUNNING_STATUSES.includes(item.status) && item.suspension === null;
}

export function canResume(item: Pick<ItemView, 'suspension'>, viewer: Viewer | null): boolean {
  return isCaseStaff(viewer) && item.suspension !== null;
}

export type DeadlineState =
  | { kind: 'none' }
  | { kind: 'running'; dueOn: string; remaining: number }
  | { kind: 'today'; dueOn: string }
  | { kind: 'overdue'; dueOn: string; days: number }
  | { kind: 'suspended'; since: string; reason: string }
  | { kind: 'finished'; dueOn: string; onTime: boolean; elapsed: number }
  | { kind: 'stopped' };

export function deadlineState(item: Pick<ItemView, 'status' | 'deadline' | 'suspension'>): DeadlineState {
  const d = item.deadline;
  if (item.status === 'completed' && d.dueOn !== null) return { kind: 'finished', dueOn: d.dueOn, onTime: d.onTime === true, elapsed: d.elapsedWorkdays ?? 0 };
  if (item.suspension) return { kind: 'suspended', since: item.suspension.since, reason: item.suspension.reason };
  if (!RUNNING_STATUSES.includes(item.status) || d.dueOn === null || d.remainingWorkdays === null) return item.status === 'rejected' ? { kind: 'stopped' } : { kind: 'none' };
  if (d.overdue) return { kind: 'overdue', dueOn: d.dueOn, days: -d.remainingWorkdays };
  if (d.remainingWorkdays === 0) return { kind: 'today', dueOn: d.dueOn };
  return { kind: 'running', dueOn: d.dueOn, remaining: d.remainingWorkdays };
}

export function materialCounts(item: Pick<ItemView, 'materials'>): { held: number; missing: number } {
  const held = item.materials.filter((m) => m.heldBy !== null).length;
  return { held, missing: item.materials.length - held };
}

export function canRateItem(item: Pick<ItemView, 'status' | 'evaluation'>, viewer: Viewer | null, view: Pick<CaseView, 'enterprise'>): boolean {
  return isApplicant(viewer, view) && FINAL_STATUSES.includes(item.status) && item.evaluation === null;
}

export function canRateCase(view: Pick<CaseView, 'enterprise' | 'status' | 'evaluation'>, viewer: Viewer | null): boolean {
  return isApplicant(viewer, view) && view.status === 'finished' && view.evaluation === null;
}

/** A datetime-local value (Beijing wall time at the hall) as an instant with the +08:00 offset. */
export function beijingInstant(local: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+08:00` : undefined;
}
