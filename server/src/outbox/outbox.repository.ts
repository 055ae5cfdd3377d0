// SQL for the outbox (sql/queries/outbox/*.sql), mapped to typed rows.
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { OutboxState, OutboxTopic } from './outbox';

/** A message taken for one delivery attempt; `attempts` already counts this attempt. */
export interface ClaimedMessage {
  id: number;
  topic: OutboxTopic;
  messageId: string;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
}

export interface OutboxMessage extends ClaimedMessage {
  state: OutboxState;
  nextAttemptAt: Date;
  lastAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  receiptId: string | null;
  deliveredAt: Date | null;
}

type Row = Record<string, unknown>;
const date = (v: unknown): Date => new Date(v as string | Date);
const dateOrNull = (v: unknown): Date | null => (v === null || v === undefined ? null : date(v));

const toClaimed = (r: Row): ClaimedMessage => ({
  id: Number(r.id),
  topic: r.topic as OutboxTopic,
  messageId: String(r.messageId),
  payload: r.payload as Record<string, unknown>,
  attempts: Number(r.attempts),
  createdAt: date(r.createdAt),
});

const toMessage = (r: Row): OutboxMessage => ({
  ...toClaimed(r),
  state: r.state as OutboxState,
  nextAttemptAt: date(r.nextAttemptAt),
  lastAttemptAt: dateOrNull(r.lastAttemptAt),
  lastStatus: r.lastStatus === null || r.lastStatus === undefined ? null : Number(r.lastStatus),
  lastError: (r.lastError as string | null) ?? null,
  receiptId: (r.receiptId as string | null) ?? null,
  deliveredAt: dateOrNull(r.deliveredAt),
});

export async function claimDueMessages(
  db: Queryable,
  claim: { now: Date; leaseUntil: Date; topics: readonly OutboxTopic[]; limit: number },
): Promise<ClaimedMessage[]> {
  if (claim.topics.length === 0) return [];
  const { rows } = await db.query<Row>(sql('outbox/claim-due'), [claim.now.toISOString(), claim.leaseUntil.toISOString(), claim.topics, claim.limit]);
  return rows.map(toClaimed).sort((a, b) => a.id - b.id);
}

export async function markDelivered(db: Queryable, id: number, at: Date, status: number, receiptId: string | null): Promise<void> {
  await db.query(sql('outbox/mark-delivered'), [id, at.toISOString(), status, receiptId]);
}

export async function markFailed(db: Queryable, id: number, nextAttemptAt: Date, status: number | null, error: string): Promise<void> {
  await db.query(sql('outbox/mark-failed'), [id, nextAttemptAt.toISOString(), status, error]);
}

export async function makeDue(db: Queryable, id: number, at: Date): Promise<OutboxMessage | undefined> {
  const { rows } = await db.query<Row>(sql('outbox/make-due'), [id, at.toISOString()]);
  return rows[0] ? findMessage(db, id) : undefined;
}

export async function findMessage(db: Queryable, id: number): Promise<OutboxMessage | undefined> {
  const row = (await db.query<Row>(sql('outbox/find-by-id'), [id])).rows[0];
  return row ? toMessage(row) : undefined;
}

export async function listMessages(
  db: Queryable,
  filter: { topic?: OutboxTopic; state?: OutboxState; limit: number; offset: number },
): Promise<OutboxMessage[]> {
  const { rows } = await db.query<Row>(sql('outbox/list-page'), [filter.topic ?? null, filter.state ?? null, filter.limit, filter.offset]);
  return rows.map(toMessage);
}

export interface StateCount {
  topic: OutboxTopic;
  state: OutboxState;
  count: number;
  oldestAt: Date;
}

export async function countByState(db: Queryable, topic?: OutboxTopic): Promise<StateCount[]> {
  const { rows } = await db.query<Row>(sql('outbox/count-by-state'), [topic ?? null]);
  return rows.map((r) => ({ topic: r.topic as OutboxTopic, state: r.state as OutboxState, count: Number(r.count), oldestAt: date(r.oldestAt) }));
}
