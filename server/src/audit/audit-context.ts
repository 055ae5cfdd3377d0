// Who is acting and in which request, for audit rows written by HTTP handlers.
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';

export interface AuditActor {
  actor: string;
  actorRole: string | null;
  /** null outside HTTP requests (CLI, start-up). */
  requestId: string | null;
}

export const SYSTEM_ACTOR = 'system';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const requestIds = new WeakMap<Request, string>();

/** The proxy's X-Request-Id when it looks like one (it ends up in the log), else one id per request. */
export function requestIdOf(req: Request): string {
  let id = requestIds.get(req);
  if (id === undefined) {
    const given = req.get('x-request-id');
    id = given !== undefined && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    requestIds.set(req, id);
  }
  return id;
}

/** The signed-in user (set by the session middleware), or 'anonymous'. */
export function auditActorOf(req: Request): AuditActor {
  return {
    actor: req.user?.username ?? 'anonymous',
    actorRole: req.user?.role ?? null,
    requestId: requestIdOf(req),
  };
}
