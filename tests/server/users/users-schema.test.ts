// The users table's CHECK constraints repeat the code lists and patterns of server/src/users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { ROLE_CODES } from '../../../server/src/users/roles';
import { USERNAME_PATTERN } from '../../../server/src/users/user';
import { USCC_PATTERN } from '../../../server/src/users/uscc-format';
import { ENGINES } from '../../support/test-db';

describe.each(ENGINES)('users schema on $name', (engine) => {
  let db: Db;
  let checks: string[];
  beforeAll(async () => {
    db = await engine.open('empty');
    const { rows } = await db.query<{ def: string }>(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'users'::regclass AND contype = 'c'`,
    );
    checks = rows.map((r) => r.def);
  });
  afterAll(() => db?.close());

  it('allows exactly the roles of roles.ts', () => {
    const def = checks.find((d) => /role = ANY/.test(d)) ?? '';
    expect([...def.matchAll(/'([^']+)'::text/g)].map((m) => m[1]).sort()).toEqual([...ROLE_CODES].sort());
  });

  it.each([
    ['username', USERNAME_PATTERN],
    ['uscc', USCC_PATTERN],
  ])('checks %s with the same pattern as the code', (column, pattern) => {
    expect(checks.some((d) => d.includes(`${column} ~ '${pattern.source}'`))).toBe(true);
  });

  it('requires a USCC on enterprise accounts and only there', async () => {
    let n = 0;
    const insert = (role: string, uscc: string | null) =>
      db.query(`INSERT INTO users (username, role, display_name, uscc, password_hash) VALUES ($1, $2, 'x', $3, 'x')`, [`schema-${++n}`, role, uscc]);
    await expect(insert('enterprise', null)).rejects.toThrow(/check constraint/);
    await expect(insert('agent', '91140100MA0K3C7A04')).rejects.toThrow(/check constraint/);
    await expect(insert('enterprise', '91140100MA0K3C7A04')).resolves.toBeDefined();
  });
});
