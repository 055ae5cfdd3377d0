// Creating accounts: the password policy, argon2id, the duplicate check and the audit row.
import type { AuditActor } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import { hashPassword } from './password-hash';
import { checkPassword } from './password-policy';
import { newUserSchema, type NewUser, type PublicUser } from './user';
import { USER_AUDIT_ACTIONS } from './user-audit-actions';
import { insertUser } from './users.repository';

/**
 * Throws ZodError for a malformed field, HttpError 400 WEAK_PASSWORD (with the policy's `reason`)
 * and HttpError 409 USERNAME_TAKEN; the API and the CLI show the same messages.
 */
export async function createUser(db: Db, input: NewUser, by: AuditActor, now: Date = new Date()): Promise<PublicUser & { createdAt: Date }> {
  const u = newUserSchema.parse(input);
  const policy = checkPassword(u.password, u.username);
  if (!policy.valid) throw new HttpError(400, 'WEAK_PASSWORD', policy.message, { param: 'password', reason: policy.reason });
  const user: PublicUser = { username: u.username, role: u.role, displayName: u.displayName ?? u.username, uscc: u.uscc ?? null };
  const passwordHash = await hashPassword(u.password);
  return db.transaction(async (tx) => {
    const created = await insertUser(tx, { ...user, passwordHash });
    if (!created) throw new HttpError(409, 'USERNAME_TAKEN', `The username "${user.username}" is taken.`, { param: 'username' });
    await appendAudit(tx, {
      ...by,
      action: USER_AUDIT_ACTIONS.USER_CREATED,
      entityType: 'user',
      entityId: user.username,
      after: user,
      at: now,
    });
    return { ...user, createdAt: created.createdAt };
  });
}
