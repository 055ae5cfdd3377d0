// Kinds of entries in a case's timeline (办件过程记录). Migration 0007's CHECK on case_events.kind
// mirrors this list. Pure.
export const CASE_EVENT_KINDS = [
  { code: 'case_created', labelZh: '创建办件', labelEn: 'Case opened' },
  { code: 'transition', labelZh: '状态变更', labelEn: 'Status changed' },
  { code: 'suspended', labelZh: '暂停计时', labelEn: 'Clock suspended' },
  { code: 'resumed', labelZh: '恢复计时', labelEn: 'Clock resumed' },
  { code: 'agent_assigned', labelZh: '指派代办员', labelEn: 'Agent assigned' },
  { code: 'evaluated', labelZh: '好差评', labelEn: 'Evaluated' },
  { code: 'filing_checked', labelZh: '核验项目备案', labelEn: 'Project filing checked' },
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number]['code'];
export const CASE_EVENT_KIND_CODES = CASE_EVENT_KINDS.map((k) => k.code) as readonly CaseEventKind[];

/** 好差评 levels (政务服务“好差评”: 非常满意 … 非常不满意), stored as 5 … 1. */
export const EVALUATION_SCORES = [
  { score: 5, labelZh: '非常满意', labelEn: 'Very satisfied' },
  { score: 4, labelZh: '满意', labelEn: 'Satisfied' },
  { score: 3, labelZh: '基本满意', labelEn: 'Fairly satisfied' },
  { score: 2, labelZh: '不满意', labelEn: 'Dissatisfied' },
  { score: 1, labelZh: '非常不满意', labelEn: 'Very dissatisfied' },
] as const;
export type EvaluationScore = (typeof EVALUATION_SCORES)[number]['score'];

/**
 * The project code's filing status on the investment project platform (投资项目在线审批监管平台) when
 * the case was opened: the platform's own status (interconnect/investment-platform.ts FILING_STATUSES),
 * or why there is none. A case may open before filing: 项目备案 is the chain's first item.
 */
export const CASE_FILING_STATUSES = ['not_checked', 'pending', 'filed', 'approved', 'revoked', 'not_found', 'unavailable'] as const;
export type FilingStatus = (typeof CASE_FILING_STATUSES)[number];
