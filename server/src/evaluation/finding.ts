// Evaluation findings (评估发现的问题): what a third-party evaluator or staff member records against
// a quarter and a region, the starting point of an improvement action (guide §7).
export const FINDING_SEVERITIES = [
  { code: 'low', labelZh: '一般', labelEn: 'Minor' },
  { code: 'medium', labelZh: '较重', labelEn: 'Significant' },
  { code: 'high', labelZh: '严重', labelEn: 'Serious' },
] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number]['code'];
export const FINDING_SEVERITY_CODES = FINDING_SEVERITIES.map((s) => s.code) as readonly FindingSeverity[];
