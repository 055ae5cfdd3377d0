// Appending to the tamper-evident audit log (security.md "Data integrity" and "Access": who, when,
// what, before and after; 等保 2.0 安全审计 keeps records at least 6 months and protects them from
// deletion and change). The table is append-only in the database (triggers in migration 0003).
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import { auditRowHash, type AuditRowContent } from './audit-hash';

export interface AuditEntry {
  /** A username, or 'system' for the CLI, start-up and jobs. */
  actor: string;
  actorRole: string | null;
  /** A dotted verb such as `user.created` or `session.login`; each feature exports its own list. */
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  /** Defaults to the current time; features with an injected clock pass theirs. */
  at?: Date;
}

/** undefined and Date values become what jsonb gives back, so the hash is the same after reading. */
const asStoredJson = (value: unknown): unknown => (value === undefined || value === null ? null : JSON.parse(JSON.stringify(value)));

/**
 * Appends one row, chained to the previous one. Call it INSIDE the transaction that makes the change,
 * so the change and its record commit together. It locks the one-row `audit_head` until that
 * transaction ends (this keeps the chain from forking), so append as the transaction's last step.
 */
export async function appendAudit(tx: Queryable, entry: AuditEntry): Promise<{ id: number; hash: string }> {
  const { rows } = await tx.query<{ lastId: number | string; lastHash: string }>(sql('audit/lock-head'));
  const head = rows[0];
  if (!head) throw new Error('audit_head is missing its row; migration 0003 creates it.');
  const row: AuditRowContent = {
    id: Number(head.lastId) + 1,
    at: (entry.at ?? new Date()).toISOString(),
    actor: entry.actor,
    actorRole: entry.actorRole,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: asStoredJson(entry.before),
    after: asStoredJson(entry.after),
    requestId: entry.requestId ?? null,
    prevHash: head.lastHash,
  };
  const hash = auditRowHash(row);
  await tx.query(sql('audit/insert'), [
    row.id,
    row.at,
    row.actor,
    row.actorRole,
    row.action,
    row.entityType,
    row.entityId,
    row.before === null ? null : JSON.stringify(row.before),
    row.after === null ? null : JSON.stringify(row.after),
    row.requestId,
    row.prevHash,
    hash,
  ]);
  return { id: row.id, hash };
}
