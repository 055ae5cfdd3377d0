// Which roles may call each write route (and each read route that is not public): the access policy
// in one place, so it can be read as a table (等保 2.0 访问控制) and tests/server/users/role-matrix.test.ts
// can try every role against every entry. A new guarded route adds its line here and uses it via
// requireRole(...ROUTE_ROLES[key]) or assertRole(req, ROUTE_ROLES[key]).
import { ROLE_CODES, type Role } from './roles';

/** Any signed-in account. */
export const SIGNED_IN: readonly Role[] = ROLE_CODES;

export const ROUTE_ROLES = {
  'DELETE /api/session': SIGNED_IN,
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  // Evaluators are read-only (third-party assessment).
  'POST /api/parcels/:code/checks?save=true': ['admin', 'publisher', 'reviewer', 'agent', 'enterprise'],
  'POST /api/imports': ['admin', 'publisher'],
  'GET /api/imports/:id': ['admin', 'publisher', 'reviewer'],
  'POST /api/imports/:id/commit': ['admin', 'publisher'],
  'PATCH /api/parcels/:code': ['admin', 'publisher'],
  // Separation of duties: publishers prepare and publish, reviewers approve or reject.
  'POST /api/parcels/:code/submit': ['admin', 'publisher'],
  'POST /api/parcels/:code/approve': ['admin', 'reviewer'],
  'POST /api/parcels/:code/reject': ['admin', 'reviewer'],
  'POST /api/parcels/:code/publish': ['admin', 'publisher'],
  'POST /api/parcels/:code/withdraw': ['admin', 'publisher'],
  // Each target status narrows this further (server/src/domain/lifecycle.ts).
  'POST /api/parcels/:code/lifecycle': ['admin', 'publisher', 'agent'],
  'GET /api/parcels/:code/history': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'],
  'GET /api/constraint-layers': ['admin', 'publisher', 'reviewer'],
  'POST /api/constraint-layers': ['admin', 'publisher'],
  'DELETE /api/constraint-layers/:id': ['admin', 'publisher'],
  // Outbound deliveries to the peer platforms (server/src/outbox): operations staff only.
  'GET /api/outbox': ['admin'],
  'POST /api/outbox/:id/retry': ['admin'],
  'GET /api/investment-projects/:code': ['admin', 'publisher', 'reviewer', 'agent', 'enterprise'],
  // Commitment letters (承诺书): staff and hall agents draft them from a transferred parcel; the
  // enterprise signs, the authority (admin/publisher) countersigns; verification at acceptance.
  'POST /api/commitments': ['admin', 'publisher', 'agent'],
  'GET /api/commitments/reminders': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'],
  'POST /api/commitments/:id/sign': ['admin', 'publisher', 'enterprise'],
  'POST /api/commitments/:id/verify': ['admin', 'publisher', 'agent'],
  'POST /api/commitments/:id/terminate': ['admin', 'publisher'],
  'GET /api/commitments/:id/letter.pdf': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator', 'enterprise'],
  // The credit look-up before a new commitment is accepted (guide: 信用平台向承诺制系统提供查询).
  'GET /api/enterprises/:uscc/credit': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator', 'enterprise'],
  // Policy disclosure and consultation (issue #8, guide §6): anyone reads policies; staff publish them;
  // enterprises ask online and hall agents record questions for them; staff answer.
  'POST /api/policies': ['admin', 'publisher'],
  'PUT /api/policies/:id': ['admin', 'publisher'],
  'POST /api/policy-consultations': ['admin', 'publisher', 'agent', 'enterprise'],
  'POST /api/policy-consultations/:id/answer': ['admin', 'publisher', 'agent'],
  'POST /api/policy-consultations/:id/close': ['admin', 'publisher', 'agent', 'enterprise'],
  // Agency cases (全代办, issue #6): the applicant enterprise acts online for itself; hall agents record
  // the same case for it and take the departments' decisions; each target status narrows this further
  // (server/src/cases/item-status.ts). GET /api/cases/:code itself is public (masked).
  'GET /api/cases': SIGNED_IN,
  'POST /api/cases': ['admin', 'agent', 'enterprise'],
  'PATCH /api/cases/:code': ['admin', 'agent'],
  'POST /api/cases/:code/items/:itemId/transitions': ['admin', 'agent', 'enterprise'],
  'POST /api/cases/:code/items/:itemId/suspend': ['admin', 'agent'],
  'POST /api/cases/:code/items/:itemId/resume': ['admin', 'agent'],
  // 好差评: only the applicant rates its own service.
  'POST /api/cases/:code/evaluations': ['enterprise'],
  // Materials stored once per enterprise: its own account or hall staff.
  'GET /api/materials': ['admin', 'agent', 'enterprise'],
  'POST /api/materials': ['admin', 'agent', 'enterprise'],
  'GET /api/materials/versions/:id/content': ['admin', 'agent', 'enterprise'],
  // Evaluation (issue #8, guide §7): staff and the third-party evaluator read metrics, drill-downs and
  // reports; the evaluator's only write is a finding. Staff turn findings into improvement actions,
  // whose owners (hall agents included) report progress.
  'GET /api/evaluation/metrics': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'],
  'GET /api/evaluation/metrics/:key/records': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'],
  'GET /api/evaluation/trend': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'],
  'GET /api/evaluation/regions': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'],
  'GET /api/evaluation/reports/:quarter': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'],
  'GET /api/evaluation/findings': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'],
  'POST /api/evaluation/findings': ['admin', 'publisher', 'reviewer', 'evaluator'],
  'GET /api/improvement-actions': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'],
  'GET /api/improvement-actions/:id': ['admin', 'publisher', 'reviewer', 'agent', 'evaluator'],
  'POST /api/improvement-actions': ['admin', 'publisher', 'reviewer'],
  'PATCH /api/improvement-actions/:id': ['admin', 'publisher', 'reviewer', 'agent'],
} as const satisfies Record<string, readonly Role[]>;

export type GuardedRoute = keyof typeof ROUTE_ROLES;
