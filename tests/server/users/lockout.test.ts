import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../../server/src/users/users.service';
import { ENGINES } from '../../support/test-db';
import { authContext } from './auth-test-app';

const MIN = 60_000;
const PASSWORD = 'Lock#test2026';
const WRONG = 'Wrong#guess2026';

describe.each(ENGINES)('sign-in lockout on $name', (engine) => {
  const ctx = authContext(engine);
  const account = async (username: string) => {
    await createUser(ctx.db, { username, role: 'reviewer', password: PASSWORD }, { actor: 'system', actorRole: null, requestId: null });
    return (password: string) => request(ctx.app).post('/api/session').send({ username, password });
  };

  it('locks an account for 15 minutes at the 5th consecutive failure, then lets it in again', async () => {
    const attempt = await account('lock-a');
    for (let i = 0; i < 4; i++) expect((await attempt(WRONG)).body.code).toBe('INVALID_CREDENTIALS');
    const fifth = await attempt(WRONG).expect(423);
    expect(fifth.body).toMatchObject({ code: 'ACCOUNT_LOCKED', retryAfterSeconds: 900 });
    expect(fifth.headers['retry-after']).toBe('900');
    // The right password does not help while locked, and is not even checked.
    expect((await attempt(PASSWORD).expect(423)).body.retryAfterSeconds).toBe(900);
    ctx.clock.advance(14 * MIN);
    expect((await attempt(PASSWORD).expect(423)).body.retryAfterSeconds).toBe(60);
    ctx.clock.advance(1 * MIN);
    await attempt(PASSWORD).expect(200);
  });

  it('gives a full 5 attempts again once a lock has passed', async () => {
    const attempt = await account('lock-b');
    for (let i = 0; i < 5; i++) await attempt(WRONG);
    ctx.clock.advance(15 * MIN);
    for (let i = 0; i < 4; i++) await attempt(WRONG).expect(401);
    await attempt(WRONG).expect(423);
  });

  it('counts only consecutive failures: a successful sign-in resets the count', async () => {
    const attempt = await account('lock-c');
    for (let i = 0; i < 4; i++) await attempt(WRONG).expect(401);
    await attempt(PASSWORD).expect(200);
    for (let i = 0; i < 4; i++) await attempt(WRONG).expect(401);
    await attempt(PASSWORD).expect(200);
  });

  it('lets no more than 5 parallel guesses be checked', async () => {
    const attempt = await account('lock-d');
    const answers = await Promise.all(Array.from({ length: 9 }, () => attempt(WRONG)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 423, 423, 423, 423, 423]);
  });

  it('records the lockout and the refused attempts in the audit log', async () => {
    const attempt = await account('lock-e');
    for (let i = 0; i < 6; i++) await attempt(WRONG);
    const { rows } = await ctx.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id = 'lock-e' ORDER BY id`);
    expect(rows.map((r) => r.action)).toEqual([
      'user.created',
      ...Array(4).fill('session.login_failed'),
      'user.locked',
      'session.login_refused_locked',
    ]);
  });
});
