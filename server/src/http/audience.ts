import type { Request } from 'express';

// Who a read is for: staff (natural-resources staff, reviewers, hall agents, evaluators) see parcels in
// every workflow state; the public and enterprises see published parcels only.
export type Audience = 'public' | 'staff';

const STAFF_ROLES = new Set(['admin', 'publisher', 'reviewer', 'agent', 'evaluator']);

export function audienceOf(req: Request): Audience {
  const role = req.user?.role;
  return role !== undefined && STAFF_ROLES.has(role) ? 'staff' : 'public';
}
