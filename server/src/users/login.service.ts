// Signing in: lockout (5 consecutive failures → 15 min, security.md "Access"), equal work for unknown
// users and wrong passwords, a fresh session id per login, and an audit row for every outcome.
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/db';
import { dummyPasswordHash, verifyPassword } from './password-hash';
import type { AuthPolicy } from './session-policy';
import { newToken, sessionIdHash } from './session-tokens';
import { deleteExpiredSessions, deleteSession, insertSession } from './sessions.repository';
import type { SessionUser } from './user';
import { USER_AUDIT_ACTIONS } from './user-audit-actions';
import { claimLoginAttempt, findUserByUsername, recordLogin, type StoredUser } from './users.repository';

export interface LoginRequest {
  username: string;
  password: string;
  userAgent: string;
  ip: string | null;
  requestId: string | null;
  /** The session this browser had, replaced by the new one (no session fixation). */
  previousSessionHash?: string;
}

export type LoginOutcome =
  | { ok: true; user: SessionUser; sessionId: string; csrfToken: string; expiresAt: Date }
  | { ok: false; reason: 'INVALID_CREDENTIALS' }
  | { ok: false; reason: 'ACCOUNT_LOCKED'; retryAfterSeconds: number };

const MAX_LOGGED_NAME = 64;

export async function login(db: Db, request: LoginRequest, at: Date, policy: AuthPolicy): Promise<LoginOutcome> {
  const username = request.username.trim().toLowerCase();
  const context = { ip: request.ip, userAgent: request.userAgent };
  const audit = (action: string, actorRole: string | null, after: Record<string, unknown>) =>
    db.transaction((tx) =>
      appendAudit(tx, {
        actor: username.slice(0, MAX_LOGGED_NAME) || '(empty)',
        actorRole,
        action,
        entityType: 'user',
        entityId: username.slice(0, MAX_LOGGED_NAME),
        after: { ...context, ...after },
        requestId: request.requestId,
        at,
      }),
    );

  const user = await findUserByUsername(db, username);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), request.password);
    await audit(USER_AUDIT_ACTIONS.LOGIN_FAILED, null, { reason: 'unknown_user' });
    return { ok: false, reason: 'INVALID_CREDENTIALS' };
  }
  const lockUntil = new Date(at.getTime() + policy.lockoutMs);
  const attempt = await claimLoginAttempt(db, user.id, { maxFailures: policy.maxFailedLogins, lockUntil, now: at });
  if (!attempt) {
    // Locked: the password is not even checked, so guessing during the lock learns nothing.
    await audit(USER_AUDIT_ACTIONS.LOGIN_REFUSED_LOCKED, user.role, {});
    return locked(user, at);
  }
  if (!(await verifyPassword(user.passwordHash, request.password))) {
    if (attempt.lockedNow) {
      await audit(USER_AUDIT_ACTIONS.ACCOUNT_LOCKED, user.role, { failures: policy.maxFailedLogins, lockedUntil: lockUntil.toISOString() });
      return { ok: false, reason: 'ACCOUNT_LOCKED', retryAfterSeconds: Math.ceil(policy.lockoutMs / 1000) };
    }
    await audit(USER_AUDIT_ACTIONS.LOGIN_FAILED, user.role, { reason: 'wrong_password', failedLogins: attempt.failedLogins });
    return { ok: false, reason: 'INVALID_CREDENTIALS' };
  }
  return startSession(db, user, request, at, policy);
}

function locked(user: StoredUser, at: Date): LoginOutcome {
  const until = user.lockedUntil?.getTime() ?? at.getTime();
  return { ok: false, reason: 'ACCOUNT_LOCKED', retryAfterSeconds: Math.max(1, Math.ceil((until - at.getTime()) / 1000)) };
}

async function startSession(db: Db, user: StoredUser, request: LoginRequest, at: Date, policy: AuthPolicy): Promise<LoginOutcome> {
  const sessionId = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(at.getTime() + policy.absoluteLifetimeMs);
  const sessionUser: SessionUser = { id: user.id, username: user.username, role: user.role, displayName: user.displayName, uscc: user.uscc };
  await db.transaction(async (tx) => {
    await recordLogin(tx, user.id, at);
    if (request.previousSessionHash) await deleteSession(tx, request.previousSessionHash);
    await deleteExpiredSessions(tx, at, new Date(at.getTime() - policy.idleTimeoutMs));
    await insertSession(tx, { idHash: sessionIdHash(sessionId), userId: user.id, createdAt: at, expiresAt, csrfToken, userAgent: request.userAgent });
    await appendAudit(tx, {
      actor: user.username,
      actorRole: user.role,
      action: USER_AUDIT_ACTIONS.LOGIN,
      entityType: 'user',
      entityId: user.username,
      after: { ip: request.ip, userAgent: request.userAgent, sessionExpiresAt: expiresAt.toISOString() },
      requestId: request.requestId,
      at,
    });
  });
  return { ok: true, user: sessionUser, sessionId, csrfToken, expiresAt };
}
