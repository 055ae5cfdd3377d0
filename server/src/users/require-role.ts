// The role guard: 401 for anonymous requests, 403 for a signed-in role that is not allowed.
import type { Request, RequestHandler } from 'express';
import { HttpError } from '../http/http-error';
import { roleLabel, type Role } from './roles';
import type { SessionUser } from './user';

/** For handlers whose guard depends on the request (e.g. only `?save=true` writes). */
export function assertRole(req: Request, allowed: readonly Role[]): SessionUser {
  const user = req.user;
  if (!user) throw new HttpError(401, 'AUTH_REQUIRED', 'Sign in to do this (请先登录).');
  if (!allowed.includes(user.role)) {
    throw new HttpError(403, 'ROLE_FORBIDDEN', `The role ${roleLabel(user.role)} may not do this.`, { role: user.role, allowedRoles: allowed });
  }
  return user;
}

export function requireRole(...allowed: Role[]): RequestHandler {
  return (req, _res, next) => {
    assertRole(req, allowed);
    next();
  };
}
