// SQL for accounts (sql/queries/users/*.sql); rows are mapped to SessionUser here and nowhere else.
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { Role } from './roles';
import type { SessionUser } from './user';

export interface StoredUser extends SessionUser {
  passwordHash: string;
  failedLogins: number;
  lockedUntil: Date | null;
}

export interface UserListItem extends Omit<SessionUser, 'id'> {
  createdAt: Date;
  lastLoginAt: Date | null;
  lockedUntil: Date | null;
}

type UserRow = Omit<StoredUser, 'id' | 'lockedUntil'> & { id: number | string; lockedUntil: Date | string | null };

const toDate = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

export async function findUserByUsername(db: Queryable, username: string): Promise<StoredUser | undefined> {
  const row = (await db.query<UserRow>(sql('users/find-by-username'), [username])).rows[0];
  return row && { ...row, id: Number(row.id), lockedUntil: toDate(row.lockedUntil) };
}

/** undefined when the username is taken. */
export async function insertUser(
  db: Queryable,
  u: { username: string; role: Role; displayName: string; uscc: string | null; passwordHash: string },
): Promise<{ id: number; createdAt: Date } | undefined> {
  const row = (
    await db.query<{ id: number | string; createdAt: Date | string }>(sql('users/insert'), [u.username, u.role, u.displayName, u.uscc, u.passwordHash])
  ).rows[0];
  return row && { id: Number(row.id), createdAt: new Date(row.createdAt) };
}

export async function listUsers(db: Queryable): Promise<UserListItem[]> {
  const { rows } = await db.query<UserListItem>(sql('users/list'));
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt), lastLoginAt: toDate(r.lastLoginAt), lockedUntil: toDate(r.lockedUntil) }));
}

/**
 * Counts a login attempt BEFORE the password is verified, and locks the account when this attempt is
 * the `maxFailures`-th in a row. Counting first means parallel guesses cannot slip past the limit.
 * undefined when the account is locked already.
 */
export async function claimLoginAttempt(
  db: Queryable,
  userId: number,
  opts: { maxFailures: number; lockUntil: Date; now: Date },
): Promise<{ failedLogins: number; lockedNow: boolean } | undefined> {
  const row = (
    await db.query<{ failedLogins: number; lockedUntil: Date | string | null }>(sql('users/claim-login-attempt'), [
      userId,
      opts.maxFailures,
      opts.lockUntil.toISOString(),
      opts.now.toISOString(),
    ])
  ).rows[0];
  return row && { failedLogins: row.failedLogins, lockedNow: row.lockedUntil !== null };
}

/** A successful login: the failure count and any lock this attempt set are cleared. */
export async function recordLogin(db: Queryable, userId: number, at: Date): Promise<void> {
  await db.query(sql('users/record-login'), [userId, at.toISOString()]);
}
