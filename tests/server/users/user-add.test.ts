import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { addUser, parseUserAddArgs } from '../../../server/src/users/user-add';
import { findUserByUsername } from '../../../server/src/users/users.repository';
import { ENGINES } from '../../support/test-db';

describe('user:add arguments', () => {
  it('reads the flags into a new account', () => {
    expect(parseUserAddArgs(['--role', 'enterprise', '--username', 'acme', '--password', 'Acme#2026xx', '--display-name', '某公司', '--uscc', '91140100MA0K3C7A04'])).toEqual({
      role: 'enterprise',
      username: 'acme',
      password: 'Acme#2026xx',
      displayName: '某公司',
      uscc: '91140100MA0K3C7A04',
    });
  });

  it('names the missing flags and refuses unknown ones', () => {
    expect(parseUserAddArgs(['--role', 'admin'])).toEqual({ error: 'missing --username, --password' });
    expect(parseUserAddArgs(['--role', 'admin', '--username', 'a', '--password', 'b', '--admin'])).toMatchObject({ error: expect.stringMatching(/--admin/) });
  });
});

describe.each(ENGINES)('user:add on $name', (engine) => {
  let db: Db;
  beforeAll(async () => {
    db = await engine.open('empty');
  });
  afterAll(() => db?.close());

  const run = async (args: Parameters<typeof addUser>[1]) => {
    let out = '';
    const code = await addUser(db, args, (t) => {
      out += t;
    });
    return { code, out };
  };

  it('creates an account and audits it as the system', async () => {
    expect(await run({ role: 'admin', username: 'ops', password: 'Ops#admin2026' })).toEqual({ code: 0, out: 'created admin account "ops"\n' });
    expect((await findUserByUsername(db, 'ops'))?.passwordHash).toMatch(/^\$argon2id\$/);
    const { rows } = await db.query<{ actor: string }>(`SELECT actor FROM audit_log WHERE action = 'user.created' AND entity_id = 'ops'`);
    expect(rows).toEqual([{ actor: 'system' }]);
  });

  it.each([
    ['a weak password', { role: 'admin', username: 'weak', password: 'short1!' }, /at least 10 characters/],
    ['a password with two character classes', { role: 'admin', username: 'weak', password: 'alllowercase1' }, /at least 3 of/],
    ['an unknown role', { role: 'investor', username: 'inv', password: 'Investor#2026' }, /--role must be one of: admin, publisher/],
    ['an enterprise without a USCC', { role: 'enterprise', username: 'acme', password: 'Acme#2026xx' }, /--uscc is required/],
    ['a duplicate username', { role: 'reviewer', username: 'OPS', password: 'Another#2026' }, /"ops" is taken/],
  ] as const)('refuses %s with exit code 2 and a clear message', async (_what, args, message) => {
    const { code, out } = await run(args as Parameters<typeof addUser>[1]);
    expect(code).toBe(2);
    expect(out).toMatch(/^refused: /);
    expect(out).toMatch(message);
  });
});
