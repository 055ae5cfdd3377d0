// Review workflow of a parcel record (issue #4): nothing unreviewed reaches investors.
// draft → submitted → approved | rejected; approved → published; published → withdrawn; rejected/withdrawn → draft.
export const WORKFLOW_STATES = [
  { code: 'draft', labelZh: '草稿', labelEn: 'Draft' },
  { code: 'submitted', labelZh: '待审核', labelEn: 'Submitted' },
  { code: 'approved', labelZh: '已审核', labelEn: 'Approved' },
  { code: 'rejected', labelZh: '已退回', labelEn: 'Rejected' },
  { code: 'published', labelZh: '已公开', labelEn: 'Published' },
  { code: 'withdrawn', labelZh: '已撤回', labelEn: 'Withdrawn' },
] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number]['code'];
export const WORKFLOW_STATE_CODES = WORKFLOW_STATES.map((s) => s.code) as readonly WorkflowState[];

/** A parcel's record may be changed only in these states; published parcels are withdrawn first. */
export const EDITABLE_WORKFLOW_STATES: readonly WorkflowState[] = ['draft', 'rejected', 'withdrawn'];

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'reject', 'publish', 'withdraw'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export interface WorkflowTransition {
  from: readonly WorkflowState[];
  to: WorkflowState;
  /** A reject or withdraw must say why; the comment is kept on the parcel and in the audit log. */
  commentRequired: boolean;
}

// Who may take each action is in server/src/users/route-roles.ts.
export const WORKFLOW_TRANSITIONS: Record<WorkflowAction, WorkflowTransition> = {
  submit: { from: ['draft', 'rejected', 'withdrawn'], to: 'submitted', commentRequired: false },
  approve: { from: ['submitted'], to: 'approved', commentRequired: false },
  reject: { from: ['submitted'], to: 'rejected', commentRequired: true },
  publish: { from: ['approved'], to: 'published', commentRequired: false },
  withdraw: { from: ['published'], to: 'withdrawn', commentRequired: true },
};
