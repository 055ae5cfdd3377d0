// What a role may do in the evaluation area, read from the server's access table (users/route-roles.ts),
// so the screens never offer a button the API would refuse with 403.
import { ROUTE_ROLES, type GuardedRoute } from '../../../../server/src/users/route-roles';
import type { Role } from '../../../../server/src/users/roles';

const allowed = (route: GuardedRoute, role: Role): boolean => (ROUTE_ROLES[route] as readonly Role[]).includes(role);

export const readsEvaluation = (role: Role) => allowed('GET /api/evaluation/metrics', role);
export const addsFindings = (role: Role) => allowed('POST /api/evaluation/findings', role);
export const createsActions = (role: Role) => allowed('POST /api/improvement-actions', role);
export const updatesActions = (role: Role) => allowed('PATCH /api/improvement-actions/:id', role);
