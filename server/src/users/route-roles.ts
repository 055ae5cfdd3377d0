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
} as const satisfies Record<string, readonly Role[]>;

export type GuardedRoute = keyof typeof ROUTE_ROLES;
