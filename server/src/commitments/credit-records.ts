// 信用记录: a verification outcome becomes 守信 (kept) or 失信 (broken) records on the enterprise, and
// each record goes to the provincial credit platform through the outbox in the same transaction,
// so a record is never created without its message nor sent without being stored (issue #5 "Credit").
import { appendAudit } from '../audit/audit-log';
import type { AuditActor } from '../audit/audit-context';
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import { enqueueOutbox } from '../outbox/outbox';
import { nextCreditRecordId } from './commitments.repository';

export interface CreditRecordInput {
  kind: 'kept' | 'broken';
  uscc: string;
  enterpriseName: string;
  commitmentId: string;
  parcelCode: string;
  verificationId: number | null;
  indicatorKey?: string | null;
  committedValue?: number | null;
  actualValue?: number | null;
  margin?: number | null;
  reason: string;
}

export async function recordCredit(tx: Queryable, input: CreditRecordInput, actor: AuditActor): Promise<string> {
  const id = await nextCreditRecordId(tx);
  const { rows } = await tx.query<{ decidedAt: Date | string }>(sql('commitments/insert-credit-record'), [
    id, input.uscc, input.kind, input.commitmentId, input.parcelCode, input.verificationId, input.indicatorKey ?? null,
    input.committedValue ?? null, input.actualValue ?? null, input.margin ?? null, input.reason,
  ]);
  const decidedAt = new Date(rows[0]!.decidedAt).toISOString();
  const payload = {
    recordId: id,
    uscc: input.uscc,
    enterpriseName: input.enterpriseName,
    kind: input.kind,
    commitmentId: input.commitmentId,
    parcelCode: input.parcelCode,
    indicatorKey: input.indicatorKey ?? null,
    committedValue: input.committedValue ?? null,
    actualValue: input.actualValue ?? null,
    margin: input.margin ?? null,
    reason: input.reason,
    decidedAt,
  };
  await enqueueOutbox(tx, { topic: 'credit-record', messageId: id, payload });
  await appendAudit(tx, { ...actor, action: 'credit.recorded', entityType: 'enterprise', entityId: input.uscc, after: payload });
  return id;
}
