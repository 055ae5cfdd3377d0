// Reads the `sla_sid` cookie, loads the server-side session, enforces its idle and absolute limits
// and the CSRF token (security.md "Access": CSRF, idle timeout 30 min), and sets req.user.
// Requests without a valid session are anonymous: their writes are refused later by requireRole.
import type { RequestHandler } from 'express';
import type { Queryable } from '../db/db';
import { HttpError } from '../http/http-error';
import type { RequestSession } from './express-request';
import { clearSessionCookie, readCookie, SESSION_COOKIE } from './session-cookie';
import { resolveAuthOptions, type AuthOptions, type AuthPolicy } from './session-policy';
import { sessionIdHash, tokensEqual } from './session-tokens';
import { deleteSession, findSession, touchSession, type StoredSession } from './sessions.repository';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Ids are 32 random bytes in base64url; anything else cannot be ours and skips the database. */
const SESSION_ID_FORMAT = /^[A-Za-z0-9_-]{43}$/;
export const CSRF_HEADER = 'X-CSRF-Token';

/** The session if it exists and has not passed its idle or absolute limit; an expired one is removed. */
async function loadActiveSession(db: Queryable, sessionId: string, at: Date, policy: AuthPolicy): Promise<StoredSession | undefined> {
  if (!SESSION_ID_FORMAT.test(sessionId)) return undefined;
  const session = await findSession(db, sessionIdHash(sessionId));
  if (!session) return undefined;
  const idleMs = at.getTime() - session.lastSeenAt.getTime();
  if (at >= session.expiresAt || idleMs >= policy.idleTimeoutMs) {
    await deleteSession(db, session.idHash);
    return undefined;
  }
  return session;
}

export function sessionMiddleware(db: Queryable, options: AuthOptions = {}): RequestHandler {
  const { now, policy } = resolveAuthOptions(options);
  return async (req, res, next) => {
    const sessionId = readCookie(req, SESSION_COOKIE);
    if (!sessionId) return next();
    const at = now();
    const session = await loadActiveSession(db, sessionId, at, policy);
    if (!session) {
      clearSessionCookie(req, res);
      return next();
    }
    // Synchroniser token: a cross-site page cannot read it, so it cannot forge a state change.
    if (STATE_CHANGING.has(req.method) && !tokensEqual(req.get(CSRF_HEADER) ?? '', session.csrfToken)) {
      throw new HttpError(403, 'CSRF_TOKEN_INVALID', `This request needs the session's CSRF token in the ${CSRF_HEADER} header.`);
    }
    // Sliding idle timeout, written at most once per touch interval to spare writes.
    if (at.getTime() - session.lastSeenAt.getTime() >= policy.touchIntervalMs) await touchSession(db, session.idHash, at);
    const userSession: RequestSession = { idHash: session.idHash, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    req.user = session.user;
    req.userSession = userSession;
    next();
  };
}
