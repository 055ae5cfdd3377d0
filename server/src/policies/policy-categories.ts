// Policy categories disclosed to market entities (guide §6: 创业、创新、人才、规划、产业、项目、市场、金融、
// 税费、奖励、补贴). Defined once: migration 0008's CHECK constraint mirrors the codes and
// tests/server/policies/policy-schema.test.ts keeps them equal.
export const POLICY_CATEGORIES = [
  { code: 'entrepreneurship', labelZh: '创业', labelEn: 'Entrepreneurship' },
  { code: 'innovation', labelZh: '创新', labelEn: 'Innovation' },
  { code: 'talent', labelZh: '人才', labelEn: 'Talent' },
  { code: 'planning', labelZh: '规划', labelEn: 'Planning' },
  { code: 'industry', labelZh: '产业', labelEn: 'Industry' },
  { code: 'project', labelZh: '项目', labelEn: 'Projects' },
  { code: 'market', labelZh: '市场', labelEn: 'Market' },
  { code: 'finance', labelZh: '金融', labelEn: 'Finance' },
  { code: 'tax', labelZh: '税费', labelEn: 'Taxes and fees' },
  { code: 'reward', labelZh: '奖励', labelEn: 'Rewards' },
  { code: 'subsidy', labelZh: '补贴', labelEn: 'Subsidies' },
] as const;

export type PolicyCategory = (typeof POLICY_CATEGORIES)[number]['code'];
export const POLICY_CATEGORY_CODES = POLICY_CATEGORIES.map((c) => c.code) as readonly PolicyCategory[];

/** Whether a policy is in force on a given day: computed from its dates, never stored. */
export const POLICY_VALIDITY = [
  { code: 'pending', labelZh: '尚未施行', labelEn: 'Not yet in force' },
  { code: 'current', labelZh: '现行有效', labelEn: 'In force' },
  { code: 'expired', labelZh: '已失效', labelEn: 'Expired' },
] as const;
export type PolicyValidity = (typeof POLICY_VALIDITY)[number]['code'];
export const POLICY_VALIDITY_CODES = POLICY_VALIDITY.map((v) => v.code) as readonly PolicyValidity[];
