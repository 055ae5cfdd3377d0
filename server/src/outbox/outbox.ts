// The transactional outbox (guide §6 interconnection): a feature records the message it owes a peer
// platform in the SAME transaction as its business change, so a rollback leaves no message and a
// commit always leaves one. Delivery happens later (outbox-delivery.ts), at least once; receivers
// deduplicate by the message id sent as Idempotency-Key.
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';

/** Message kinds, each delivered to one peer platform (server/src/interconnect/). Mirrored by migration 0005's CHECK. */
export const OUTBOX_TOPICS = ['credit-record', 'approval-item-status'] as const;
export type OutboxTopic = (typeof OUTBOX_TOPICS)[number];

/**
 * pending: not tried yet (or waiting for its target to be configured); failing: tried and not yet
 * accepted, retried with backoff and never dropped; delivered: the peer accepted it (2xx or 409).
 */
export const OUTBOX_STATES = ['pending', 'failing', 'delivered'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxMessageInput {
  topic: OutboxTopic;
  /** The receiver's idempotency key, stable for the business fact (e.g. the credit record id). */
  messageId: string;
  payload: Record<string, unknown>;
}

export const isOutboxTopic = (value: string): value is OutboxTopic => (OUTBOX_TOPICS as readonly string[]).includes(value);

/**
 * Call inside the caller's transaction, so the business change and its message commit together.
 * messageId is the receiver's idempotency key; enqueueing the same (topic, messageId) twice is a no-op
 * (the first payload is kept).
 */
export async function enqueueOutbox(tx: Queryable, message: OutboxMessageInput): Promise<void> {
  if (!isOutboxTopic(message.topic)) throw new Error(`Unknown outbox topic "${String(message.topic)}"; add it to OUTBOX_TOPICS and a migration.`);
  if (message.messageId.length < 1 || message.messageId.length > 200) throw new Error('An outbox messageId has 1 to 200 characters.');
  if (typeof message.payload !== 'object' || message.payload === null || Array.isArray(message.payload)) {
    throw new Error('An outbox payload is a JSON object.');
  }
  await tx.query(sql('outbox/insert'), [message.topic, message.messageId, JSON.stringify(message.payload)]);
}
