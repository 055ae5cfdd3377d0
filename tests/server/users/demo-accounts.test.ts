import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { createDemoAccounts, DEMO_ACCOUNTS } from '../../../server/src/users/demo-accounts';
import { checkPassword } from '../../../server/src/users/password-policy';
import { ROLE_CODES } from '../../../server/src/users/roles';
import { ENGINES } from '../../support/test-db';
import { authApp } from './auth-test-app';

const DOC = new URL('../../../server/src/users/DEMO_ACCOUNTS.md', import.meta.url);

describe('demo accounts', () => {
  it('has one account per role', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.role)).toEqual(ROLE_CODES);
  });

  it('documents exactly the usernames and passwords the code creates', () => {
    const rows = readFileSync(DOC, 'utf8')
      .split('\n')
      .filter((l) => /^\| [a-z]/.test(l) && !l.startsWith('| username'))
      .map((l) => l.split('|').map((c) => c.trim()));
    expect(rows.map(([, username, password, role]) => ({ username, password, role }))).toEqual(
      DEMO_ACCOUNTS.map(({ username, password, role }) => ({ username, password, role })),
    );
  });

  it('uses passwords that pass the policy', () => {
    for (const a of DEMO_ACCOUNTS) expect(checkPassword(a.password, a.username)).toEqual({ valid: true });
  });
});

describe.each(ENGINES)('createDemoAccounts on $name', (engine) => {
  let db: Db;
  beforeAll(async () => {
    db = await engine.open('empty');
  });
  afterAll(() => db?.close());

  if (engine.name === 'pglite') {
    it('creates every account once, each able to sign in', async () => {
      expect(await createDemoAccounts(db)).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
      expect(await createDemoAccounts(db)).toEqual([]);
      const app = authApp(db);
      for (const { username, password, role } of DEMO_ACCOUNTS) {
        const res = await request(app).post('/api/session').send({ username, password }).expect(200);
        expect(res.body.user.role).toBe(role);
      }
    });
  } else {
    it('creates nothing on a PostgreSQL server', async () => {
      expect(await createDemoAccounts(db)).toEqual([]);
      expect((await db.query('SELECT 1 FROM users')).rows).toHaveLength(0);
    });
  }
});
