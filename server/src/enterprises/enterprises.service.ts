// Enterprises (企业), identified by the unified social credit code: registered when a letter names
// them, read by the credit look-up the investment-approval side uses before accepting a commitment.
import { appendAudit } from '../audit/audit-log';
import type { AuditActor } from '../audit/audit-context';
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import { HttpError } from '../http/http-error';
import { validateUscc } from './uscc';

export interface Enterprise {
  uscc: string;
  name: string;
  legalRepresentative: string;
  contactName: string;
  contactPhone: string;
  address: string;
  createdAt: string;
  updatedAt: string;
}

export type EnterpriseInput = Pick<Enterprise, 'uscc' | 'name' | 'legalRepresentative' | 'contactName' | 'contactPhone' | 'address'>;

/** The normalised code, or 400 USCC_INVALID naming what is wrong (GB 32100-2015). */
export function validUscc(input: string): string {
  const checked = validateUscc(input);
  if (!checked.valid) {
    throw new HttpError(400, 'USCC_INVALID', `“${input}” is not a valid unified social credit code (${checked.reason}).`, { param: 'uscc', reason: checked.reason });
  }
  return checked.code;
}

export const enterpriseNotFound = (uscc: string) => new HttpError(404, 'ENTERPRISE_NOT_FOUND', `No enterprise with the code ${uscc} is registered.`);

export async function findEnterprise(db: Queryable, uscc: string): Promise<Enterprise | undefined> {
  return (await db.query<Enterprise>(sql('enterprises/get'), [uscc])).rows[0];
}

export async function requireEnterprise(db: Queryable, uscc: string): Promise<Enterprise> {
  const enterprise = await findEnterprise(db, uscc);
  if (!enterprise) throw enterpriseNotFound(uscc);
  return enterprise;
}

/** Registers the enterprise or updates its details; audited when anything changed. */
export async function registerEnterprise(tx: Queryable, input: EnterpriseInput, actor: AuditActor): Promise<Enterprise> {
  const before = await findEnterprise(tx, input.uscc);
  await tx.query(sql('enterprises/upsert'), [input.uscc, input.name, input.legalRepresentative, input.contactName, input.contactPhone, input.address]);
  const after = (await findEnterprise(tx, input.uscc)) as Enterprise;
  if (!before || before.updatedAt !== after.updatedAt) {
    await appendAudit(tx, { ...actor, action: before ? 'enterprise.updated' : 'enterprise.registered', entityType: 'enterprise', entityId: input.uscc, before: before ?? null, after });
  }
  return after;
}
