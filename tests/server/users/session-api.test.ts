import { createHash } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../server/src/audit/verify-audit-chain';
import { hashPassword, verifyPassword } from '../../../server/src/users/password-hash';
import { ENGINES } from '../../support/test-db';
import { authApp, authContext, sessionCookieOf, signIn, TEST_USERS } from './auth-test-app';

const MIN = 60_000;

describe.each(ENGINES)('/api/session on $name', (engine) => {
  const ctx = authContext(engine);
  const admin = TEST_USERS.admin;

  it('signs in and answers the user, a CSRF token and the absolute expiry, never the hash', async () => {
    const res = await request(ctx.app).post('/api/session').send({ username: admin.username, password: admin.password }).expect(200);
    expect(res.body.user).toEqual({ username: 't-admin', role: 'admin', displayName: 't-admin', uscc: null });
    expect(res.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(res.body.expiresAt).getTime() - ctx.clock.now().getTime()).toBe(12 * 60 * MIN);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2/);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sets an HttpOnly, SameSite=Lax, Path=/ session cookie without Secure over plain HTTP', async () => {
    const res = await request(ctx.app).post('/api/session').send({ username: admin.username, password: admin.password }).expect(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('sla_sid=')) ?? '';
    expect(cookie).toMatch(/^sla_sid=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
    const app = authApp(ctx.db, { now: ctx.clock.now, trustProxy: true });
    const res = await request(app)
      .post('/api/session')
      .set('X-Forwarded-Proto', 'https')
      .send({ username: admin.username, password: admin.password })
      .expect(200);
    expect(sessionCookieOf(res)).toBeDefined();
    expect((res.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; Secure/);
  });

  it('stores only the SHA-256 of the session id', async () => {
    const { cookie } = await signIn(ctx.app, 'reviewer');
    const sid = cookie.slice('sla_sid='.length);
    const { rows } = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE id_hash = $1', [
      createHash('sha256').update(sid).digest('hex'),
    ]);
    expect(rows[0]?.n).toBe(1);
    const raw = await ctx.db.query('SELECT 1 FROM sessions WHERE id_hash = $1 OR csrf_token = $1', [sid]);
    expect(raw.rows).toHaveLength(0);
  });

  it('answers who is signed in, with the same CSRF token, and null when anonymous', async () => {
    const { cookie, csrfToken } = await signIn(ctx.app, 'publisher');
    const me = await request(ctx.app).get('/api/session').set('Cookie', cookie).expect(200);
    expect(me.body).toMatchObject({ user: { username: 't-publisher', role: 'publisher' }, csrfToken });
    const anonymous = await request(ctx.app).get('/api/session').expect(200);
    expect(anonymous.body).toEqual({ user: null });
  });

  it('treats usernames case-insensitively', async () => {
    await request(ctx.app).post('/api/session').send({ username: ' T-Admin ', password: admin.password }).expect(200);
  });

  it('answers a wrong password and an unknown user alike: 401 INVALID_CREDENTIALS, no cookie', async () => {
    const wrong = await request(ctx.app).post('/api/session').send({ username: 't-agent', password: 'Wrong#password1' }).expect(401);
    const unknown = await request(ctx.app).post('/api/session').send({ username: 'nobody', password: 'Wrong#password1' }).expect(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect({ ...unknown.body, instance: undefined }).toEqual({ ...wrong.body, instance: undefined });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('spends a password verification on an unknown user too', async () => {
    // Minimums: a loaded machine only adds time, so the fastest run shows the work really done.
    const fastest = async (run: () => Promise<unknown>) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await run();
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const storedHash = await hashPassword('Some#password1');
    const verifyAlone = await fastest(() => verifyPassword(storedHash, 'Wrong#password1'));
    const unknownUser = await fastest(() => request(ctx.app).post('/api/session').send({ username: 'nobody-else', password: 'Wrong#password1' }).expect(401));
    expect(unknownUser).toBeGreaterThan(0.8 * verifyAlone);
  });

  it('refuses a body without a password with 400 naming the field', async () => {
    const res = await request(ctx.app).post('/api/session').send({ username: 't-admin' }).expect(400);
    expect(res.body).toMatchObject({ code: 'INVALID_PARAMETER', param: 'password' });
  });

  it('gives a new session id at every sign-in and ends the one the browser had', async () => {
    const first = await signIn(ctx.app, 'agent');
    const again = await request(ctx.app)
      .post('/api/session')
      .set('Cookie', first.cookie)
      .set('X-CSRF-Token', first.csrfToken)
      .send({ username: TEST_USERS.agent.username, password: TEST_USERS.agent.password })
      .expect(200);
    const second = sessionCookieOf(again);
    expect(second).toBeDefined();
    expect(second).not.toBe(first.cookie);
    const old = await request(ctx.app).get('/api/session').set('Cookie', first.cookie).expect(200);
    expect(old.body.user).toBeNull();
  });

  it('refuses a state change without the CSRF token, or with a wrong one, with 403 CSRF_TOKEN_INVALID', async () => {
    const { cookie, csrfToken } = await signIn(ctx.app, 'admin');
    const missing = await request(ctx.app).delete('/api/session').set('Cookie', cookie).expect(403);
    expect(missing.body.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await request(ctx.app).delete('/api/session').set('Cookie', cookie).set('X-CSRF-Token', `${csrfToken.slice(0, -1)}x`).expect(403);
    expect(wrong.body.code).toBe('CSRF_TOKEN_INVALID');
    const post = await request(ctx.app)
      .post('/api/users')
      .set('Cookie', cookie)
      .send({ username: 'csrf-victim', role: 'reviewer', password: 'Csrf#victim2026' })
      .expect(403);
    expect(post.body.code).toBe('CSRF_TOKEN_INVALID');
    // Reads need no token, and the session survived the refused writes.
    await request(ctx.app).get('/api/users').set('Cookie', cookie).expect(200);
  });

  it('signs out with the CSRF token: 204, the cookie is cleared and no longer works', async () => {
    const { cookie, csrfToken } = await signIn(ctx.app, 'evaluator');
    const res = await request(ctx.app).delete('/api/session').set('Cookie', cookie).set('X-CSRF-Token', csrfToken).expect(204);
    expect(sessionCookieOf(res)).toBe('sla_sid=');
    expect((res.headers['set-cookie'] as unknown as string[])[0]).toMatch(/Max-Age=0/);
    const after = await request(ctx.app).get('/api/session').set('Cookie', cookie).expect(200);
    expect(after.body.user).toBeNull();
    // With the session gone the request is anonymous, so a write is refused by the role guard.
    const write = await request(ctx.app).delete('/api/session').set('Cookie', cookie).set('X-CSRF-Token', csrfToken).expect(401);
    expect(write.body.code).toBe('AUTH_REQUIRED');
  });

  it('ends a session after 30 minutes without requests, sliding with each request', async () => {
    const { cookie } = await signIn(ctx.app, 'reviewer');
    ctx.clock.advance(29 * MIN);
    expect((await request(ctx.app).get('/api/session').set('Cookie', cookie)).body.user).not.toBeNull();
    ctx.clock.advance(29 * MIN);
    expect((await request(ctx.app).get('/api/session').set('Cookie', cookie)).body.user).not.toBeNull();
    ctx.clock.advance(30 * MIN);
    const expired = await request(ctx.app).get('/api/session').set('Cookie', cookie).expect(200);
    expect(expired.body.user).toBeNull();
    expect(sessionCookieOf(expired)).toBe('sla_sid=');
  });

  it('writes last_seen_at at most once a minute', async () => {
    const { cookie } = await signIn(ctx.app, 'publisher');
    const sid = cookie.slice('sla_sid='.length);
    const lastSeen = async () =>
      new Date(
        (await ctx.db.query<{ at: Date }>('SELECT last_seen_at AS at FROM sessions WHERE id_hash = $1', [createHash('sha256').update(sid).digest('hex')]))
          .rows[0]?.at ?? 0,
      ).getTime();
    const signedInAt = await lastSeen();
    ctx.clock.advance(30_000);
    await request(ctx.app).get('/api/session').set('Cookie', cookie).expect(200);
    expect(await lastSeen()).toBe(signedInAt);
    ctx.clock.advance(31_000);
    await request(ctx.app).get('/api/session').set('Cookie', cookie).expect(200);
    expect(await lastSeen()).toBe(signedInAt + 61_000);
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const { cookie } = await signIn(ctx.app, 'agent');
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      ctx.clock.advance(20 * MIN);
      expect((await request(ctx.app).get('/api/session').set('Cookie', cookie)).body.user, `after ${elapsed + 20} min`).not.toBeNull();
    }
    ctx.clock.advance(20 * MIN);
    expect((await request(ctx.app).get('/api/session').set('Cookie', cookie)).body.user).toBeNull();
  });

  it('treats a cookie that is not a session id as anonymous', async () => {
    const res = await request(ctx.app).get('/api/session').set('Cookie', 'sla_sid=forged; other=1').expect(200);
    expect(res.body.user).toBeNull();
    await request(ctx.app).post('/api/users').set('Cookie', 'sla_sid=forged').send({}).expect(401);
  });

  it('records sign-ins, failures and sign-outs in the audit log', async () => {
    const { cookie, csrfToken } = await signIn(ctx.app, 'enterprise');
    await request(ctx.app).delete('/api/session').set('Cookie', cookie).set('X-CSRF-Token', csrfToken).expect(204);
    await request(ctx.app).post('/api/session').send({ username: 't-enterprise', password: 'Wrong#password1' }).expect(401);
    const { rows } = await ctx.db.query<{ action: string; actor: string; actorRole: string | null; after: Record<string, unknown> | null }>(
      `SELECT action, actor, actor_role AS "actorRole", after FROM audit_log WHERE entity_id = 't-enterprise' ORDER BY id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['user.created', 'session.login', 'session.logout', 'session.login_failed']);
    expect(rows[1]).toMatchObject({ actor: 't-enterprise', actorRole: 'enterprise' });
    expect(rows[3]?.after).toMatchObject({ reason: 'wrong_password', failedLogins: 1 });
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: true });
  });
});
