import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../support/test-db';
import { authContext, signIn, type SignedIn } from './auth-test-app';

describe.each(ENGINES)('/api/users on $name', (engine) => {
  const ctx = authContext(engine);
  let admin: SignedIn;
  beforeAll(async () => {
    admin = await signIn(ctx.app, 'admin');
  });
  const create = (body: object) => request(ctx.app).post('/api/users').set('Cookie', admin.cookie).set('X-CSRF-Token', admin.csrfToken).send(body);

  it('creates an account that can sign in, and audits it without the password', async () => {
    const res = await create({ username: 'Zhang.Wei', role: 'publisher', password: 'Zhang#wei2026', displayName: '张伟' }).expect(201);
    expect(res.body).toMatchObject({ username: 'zhang.wei', role: 'publisher', displayName: '张伟', uscc: null });
    await request(ctx.app).post('/api/session').send({ username: 'zhang.wei', password: 'Zhang#wei2026' }).expect(200);
    const { rows } = await ctx.db.query<{ actor: string; actorRole: string; after: object }>(
      `SELECT actor, actor_role AS "actorRole", after FROM audit_log WHERE action = 'user.created' AND entity_id = 'zhang.wei'`,
    );
    expect(rows).toEqual([{ actor: 't-admin', actorRole: 'admin', after: { username: 'zhang.wei', role: 'publisher', displayName: '张伟', uscc: null } }]);
    expect(JSON.stringify(rows)).not.toContain('Zhang#wei2026');
  });

  it('creates an enterprise account identified by its USCC', async () => {
    const res = await create({ username: 'jinzhong-mfg', role: 'enterprise', password: 'Jinzhong#2026', uscc: '91140700ma0k3c7a04' }).expect(201);
    expect(res.body.uscc).toBe('91140700MA0K3C7A04');
  });

  it.each([
    ['a short password', { username: 'weak1', role: 'reviewer', password: 'Ab#12345' }, 'PASSWORD_TOO_SHORT'],
    ['a password with two character classes', { username: 'weak2', role: 'reviewer', password: 'abcdefgh1234' }, 'PASSWORD_TOO_FEW_CHARACTER_CLASSES'],
    ['a common password', { username: 'weak4', role: 'reviewer', password: 'P@ssw0rd1234' }, 'PASSWORD_TOO_COMMON'],
  ])('refuses %s with 400 WEAK_PASSWORD', async (_what, body, reason) => {
    const res = await create(body).expect(400);
    expect(res.body).toMatchObject({ code: 'WEAK_PASSWORD', reason, param: 'password' });
  });

  it('refuses a password equal to the username', async () => {
    const res = await create({ username: 'wangfang2026', role: 'reviewer', password: 'WangFang2026' }).expect(400);
    expect(res.body).toMatchObject({ code: 'WEAK_PASSWORD', reason: 'PASSWORD_EQUALS_USERNAME' });
    expect(res.body.detail).toMatch(/must not be the username/);
  });

  it.each([
    ['an unknown role', { username: 'who', role: 'investor', password: 'Investor#2026' }, 'role'],
    ['an enterprise without a USCC', { username: 'nocode', role: 'enterprise', password: 'Nocode#2026x' }, 'uscc'],
    ['a malformed USCC', { username: 'badcode', role: 'enterprise', password: 'Badcode#2026x', uscc: '91140100MA0K3C7AO4' }, 'uscc'],
    ['a USCC on a staff account', { username: 'staffcode', role: 'agent', password: 'Staffcode#2026', uscc: '91140100MA0K3C7A04' }, 'uscc'],
    ['a username with spaces', { username: 'li lei', role: 'agent', password: 'Lilei#2026xx' }, 'username'],
    ['an unknown field', { username: 'extra', role: 'agent', password: 'Extra#2026xx', admin: true }, ''],
  ])('refuses %s with 400 INVALID_PARAMETER', async (_what, body, param) => {
    const res = await create(body).expect(400);
    expect(res.body).toMatchObject({ code: 'INVALID_PARAMETER', param });
  });

  it('refuses a taken username, whatever its case, with 409', async () => {
    const res = await create({ username: 'T-Reviewer', role: 'reviewer', password: 'Another#2026' }).expect(409);
    expect(res.body.code).toBe('USERNAME_TAKEN');
  });

  it('lists accounts without password hashes', async () => {
    const res = await request(ctx.app).get('/api/users').set('Cookie', admin.cookie).expect(200);
    const names = (res.body.items as { username: string }[]).map((u) => u.username);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['t-admin', 't-enterprise', 'zhang.wei']));
    expect(res.body.items.find((u: { username: string }) => u.username === 't-admin')).toMatchObject({ role: 'admin', lockedUntil: null });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|password/i);
  });
});
