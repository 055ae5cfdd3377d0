// SQL for server-side sessions (sql/queries/users/*-session*.sql). Rows are keyed by the SHA-256 of
// the session id; the id itself never reaches the database.
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { Role } from './roles';
import type { SessionUser } from './user';

export interface StoredSession {
  idHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  csrfToken: string;
  user: SessionUser;
}

interface SessionRow {
  idHash: string;
  createdAt: Date | string;
  lastSeenAt: Date | string;
  expiresAt: Date | string;
  csrfToken: string;
  userId: number | string;
  username: string;
  role: Role;
  displayName: string;
  uscc: string | null;
}

export async function findSession(db: Queryable, idHash: string): Promise<StoredSession | undefined> {
  const row = (await db.query<SessionRow>(sql('users/find-session'), [idHash])).rows[0];
  if (!row) return undefined;
  return {
    idHash: row.idHash,
    createdAt: new Date(row.createdAt),
    lastSeenAt: new Date(row.lastSeenAt),
    expiresAt: new Date(row.expiresAt),
    csrfToken: row.csrfToken,
    user: { id: Number(row.userId), username: row.username, role: row.role, displayName: row.displayName, uscc: row.uscc },
  };
}

export async function insertSession(
  db: Queryable,
  s: { idHash: string; userId: number; createdAt: Date; expiresAt: Date; csrfToken: string; userAgent: string },
): Promise<void> {
  await db.query(sql('users/insert-session'), [s.idHash, s.userId, s.createdAt.toISOString(), s.expiresAt.toISOString(), s.csrfToken, s.userAgent]);
}

export async function touchSession(db: Queryable, idHash: string, at: Date): Promise<void> {
  await db.query(sql('users/touch-session'), [idHash, at.toISOString()]);
}

export async function deleteSession(db: Queryable, idHash: string): Promise<void> {
  await db.query(sql('users/delete-session'), [idHash]);
}

/** Removes sessions past their absolute end or idle since `idleSince`; run at each login. */
export async function deleteExpiredSessions(db: Queryable, now: Date, idleSince: Date): Promise<void> {
  await db.query(sql('users/delete-expired-sessions'), [now.toISOString(), idleSince.toISOString()]);
}
