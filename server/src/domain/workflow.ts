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
