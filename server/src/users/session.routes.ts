// /api/session: sign in (POST), who am I (GET), sign out (DELETE). Mounted after sessionMiddleware.
import { Router } from 'express';
import { z } from 'zod';
import { auditActorOf, requestIdOf } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import { login } from './login.service';
import { dummyPasswordHash } from './password-hash';
import { MAX_PASSWORD_LENGTH } from './password-policy';
import { requireRole } from './require-role';
import { ROUTE_ROLES } from './route-roles';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { resolveAuthOptions, type AuthOptions } from './session-policy';
import { deleteSession } from './sessions.repository';
import { publicUser } from './user';
import { USER_AUDIT_ACTIONS } from './user-audit-actions';

const loginSchema = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

const MAX_USER_AGENT = 512;

export function sessionRouter(db: Db, options: AuthOptions = {}): Router {
  const { now, policy } = resolveAuthOptions(options);
  // Computed now, so the first unknown-user login takes no longer than the ones after it.
  void dummyPasswordHash();
  const router = Router();

  router.post('/', async (req, res) => {
    const body = loginSchema.parse(req.body ?? {});
    const outcome = await login(
      db,
      {
        ...body,
        userAgent: (req.get('user-agent') ?? '').slice(0, MAX_USER_AGENT),
        ip: req.ip ?? null,
        requestId: requestIdOf(req),
        previousSessionHash: req.userSession?.idHash,
      },
      now(),
      policy,
    );
    res.setHeader('Cache-Control', 'no-store');
    if (!outcome.ok && outcome.reason === 'ACCOUNT_LOCKED') {
      res.setHeader('Retry-After', String(outcome.retryAfterSeconds));
      throw new HttpError(423, 'ACCOUNT_LOCKED', 'Too many failed sign-ins; this account is locked for a while (账户已锁定).', {
        retryAfterSeconds: outcome.retryAfterSeconds,
      });
    }
    // One answer for an unknown user and a wrong password: it must not reveal which accounts exist.
    if (!outcome.ok) throw new HttpError(401, 'INVALID_CREDENTIALS', 'The username or password is wrong (用户名或密码错误).');
    setSessionCookie(req, res, outcome.sessionId);
    res.json({ user: publicUser(outcome.user), csrfToken: outcome.csrfToken, expiresAt: outcome.expiresAt.toISOString() });
  });

  router.get('/', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!req.user || !req.userSession) {
      res.json({ user: null });
      return;
    }
    res.json({ user: publicUser(req.user), csrfToken: req.userSession.csrfToken, expiresAt: req.userSession.expiresAt.toISOString() });
  });

  router.delete('/', requireRole(...ROUTE_ROLES['DELETE /api/session']), async (req, res) => {
    const idHash = req.userSession?.idHash;
    await db.transaction(async (tx) => {
      if (idHash) await deleteSession(tx, idHash);
      await appendAudit(tx, {
        ...auditActorOf(req),
        action: USER_AUDIT_ACTIONS.LOGOUT,
        entityType: 'user',
        entityId: req.user?.username ?? null,
        at: now(),
      });
    });
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}
