// What a staff role may do, read from the server's own tables (users/route-roles.ts, domain/workflow.ts,
// domain/lifecycle.ts) so the screens never offer a button the API would refuse with 403 or 409.
import { LIFECYCLE_MOVES } from '../../../../server/src/domain/lifecycle';
import { PARCEL_STATUS_CODES, type ParcelStatus } from '../../../../server/src/domain/parcel-status';
import { EDITABLE_WORKFLOW_STATES, WORKFLOW_ACTIONS, WORKFLOW_TRANSITIONS, type WorkflowAction, type WorkflowState } from '../../../../server/src/domain/workflow';
import { ROUTE_ROLES, type GuardedRoute } from '../../../../server/src/users/route-roles';
import type { Role } from '../../../../server/src/users/roles';
import { seesReminders } from '../commitments/commitment-permissions';
import { readsEvaluation } from '../evaluation/evaluation-permissions';

/** Roles that work in the staff area; enterprises and anonymous visitors never see it. */
const STAFF_AREA_ROLES: readonly Role[] = ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'];

export function isStaffRole(role: Role | null | undefined): boolean {
  return role !== null && role !== undefined && STAFF_AREA_ROLES.includes(role);
}

const allowed = (route: GuardedRoute, role: Role): boolean => (ROUTE_ROLES[route] as readonly Role[]).includes(role);

/** The staff area's tabs in the order of its one row, grouped by what they work on. */
export const STAFF_TAB_GROUPS = {
  parcels: ['import', 'drafts', 'review', 'approved', 'published', 'constraints', 'export'],
  // 承诺制: the letters and the deadline reminders.
  commitments: ['letters', 'reminders'],
  // 全代办: the agent desk.
  cases: ['cases'],
  // 评估与改进: the quarterly dashboard, findings and improvement actions.
  evaluation: ['evaluation', 'findings', 'actions'],
} as const;
export type StaffTabGroup = keyof typeof STAFF_TAB_GROUPS;
export type StaffTab = (typeof STAFF_TAB_GROUPS)[StaffTabGroup][number];
export const STAFF_TABS: readonly StaffTab[] = Object.values(STAFF_TAB_GROUPS).flat();

const TAB_ACCESS: Record<StaffTab, (role: Role) => boolean> = {
  import: (role) => allowed('POST /api/imports', role),
  drafts: (role) => allowed('PATCH /api/parcels/:code', role),
  // Reviewers work the queue; publishers follow what they submitted.
  review: (role) => allowed('POST /api/parcels/:code/approve', role) || allowed('POST /api/parcels/:code/submit', role),
  approved: (role) => allowed('POST /api/parcels/:code/publish', role) || allowed('POST /api/parcels/:code/approve', role),
  published: (role) => isStaffRole(role),
  constraints: (role) => allowed('GET /api/constraint-layers', role),
  export: (role) => isStaffRole(role),
  // Letters are public records: every staff role may list them.
  letters: (role) => isStaffRole(role),
  reminders: (role) => seesReminders({ role, uscc: null }),
  // The desk is for those who work cases (hall agents), not for every signed-in account.
  cases: (role) => allowed('PATCH /api/cases/:code', role),
  evaluation: readsEvaluation,
  findings: readsEvaluation,
  actions: readsEvaluation,
};

export function tabsFor(role: Role): StaffTab[] {
  return STAFF_TABS.filter((tab) => TAB_ACCESS[tab](role));
}

/** Workflow states each list tab shows (`/api/parcels?workflow=…`). */
export const TAB_WORKFLOW_STATES: Readonly<Record<'drafts' | 'review' | 'approved' | 'published', readonly WorkflowState[]>> = {
  drafts: ['draft', 'rejected', 'withdrawn'],
  review: ['submitted'],
  approved: ['approved'],
  published: ['published'],
};

export function workflowActionsFor(role: Role, state: WorkflowState): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => WORKFLOW_TRANSITIONS[action].from.includes(state) && allowed(`POST /api/parcels/:code/${action}`, role));
}

export function canEdit(role: Role, state: WorkflowState): boolean {
  return EDITABLE_WORKFLOW_STATES.includes(state) && allowed('PATCH /api/parcels/:code', role);
}

export function canManageConstraintLayers(role: Role): boolean {
  return allowed('POST /api/constraint-layers', role);
}

/** Lifecycle statuses a role may move a published parcel to from its current status. */
export function lifecycleTargetsFor(role: Role, state: WorkflowState, status: ParcelStatus): ParcelStatus[] {
  if (state !== 'published' || !allowed('POST /api/parcels/:code/lifecycle', role)) return [];
  return PARCEL_STATUS_CODES.filter((to) => {
    const move = LIFECYCLE_MOVES[to];
    return move !== undefined && move.from.includes(status) && move.roles.includes(role);
  });
}
