// The account roles of issue #4 "Staff publishing", defined once: the users table's CHECK constraint
// (sql/migrations/0003) mirrors these codes, and tests/server/users/users-schema.test.ts keeps them equal.
// Investors browse published data without an account, so they have no role.

export const ROLES = [
  { code: 'admin', zh: '系统管理员', en: 'Administrator' },
  { code: 'publisher', zh: '自然资源部门工作人员', en: 'Publisher (natural resources staff)' },
  { code: 'reviewer', zh: '审核员', en: 'Reviewer' },
  { code: 'agent', zh: '大厅代办员', en: 'Service-hall agent' },
  /** Identified by its 18-character unified social credit code (统一社会信用代码), stored as `uscc`. */
  { code: 'enterprise', zh: '企业', en: 'Enterprise' },
  /** Third-party evaluator: reads only. */
  { code: 'evaluator', zh: '第三方评估', en: 'Third-party evaluator' },
] as const;

export type Role = (typeof ROLES)[number]['code'];

export const ROLE_CODES: readonly Role[] = ROLES.map((r) => r.code);

export function roleLabel(role: Role): string {
  const r = ROLES.find((x) => x.code === role);
  return r ? `${r.zh} (${r.en})` : role;
}
