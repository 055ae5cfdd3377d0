import type { Request } from 'express';

// Who a read is for: staff (natural-resources staff, reviewers, hall agents, evaluators) see parcels in
// every workflow state; the public and enterprises see published parcels only.
export type Audience = 'public' | 'staff';

const STAFF_ROLES = new Set(['admin', 'publisher', 'reviewer', 'agent', 'evaluator']);

export function isStaffRole(role: string | undefined): boolean {
  return role !== undefined && STAFF_ROLES.has(role);
}

export function audienceOf(req: Request): Audience {
  return isStaffRole(req.user?.role) ? 'staff' : 'public';
}
