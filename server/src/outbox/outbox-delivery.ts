// Delivers due outbox messages at least once: each is POSTed to its topic's target with the message id
// as Idempotency-Key. 2xx (and 409, "already have it") marks it delivered; anything else, a timeout or
// a refused connection records the error and schedules a retry with exponential backoff. Nothing is
// ever dropped: a message that keeps failing stays 'failing' and visible in GET /api/outbox.
import { ZodError } from 'zod';
import type { Queryable } from '../db/db';
import { peerRequest, retryAfterMs } from '../interconnect/peer-request';
import type { Logger } from '../logger';
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { OutboxTopic } from './outbox';
import { claimDueMessages, markDelivered, markFailed, type ClaimedMessage } from './outbox.repository';
import { configuredTopics, type OutboxTarget, type OutboxTargets } from './outbox-target';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const TOPIC_HEADER = 'X-Outbox-Topic';
export const ATTEMPT_HEADER = 'X-Outbox-Attempt';

export interface DeliveryOptions {
  now?: () => Date;
  /** Messages taken per call (default 20). */
  batchSize?: number;
  /** Per-request timeout unless the target sets its own (default 10 s). */
  timeoutMs?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  log?: Logger;
}

export interface DeliveryOutcome {
  id: number;
  topic: OutboxTopic;
  messageId: string;
  attempt: number;
  delivered: boolean;
  status: number | null;
  error: string | null;
  /** When a failed message is due again. */
  nextAttemptAt: Date | null;
}

export interface DeliveryRun {
  claimed: number;
  delivered: number;
  failed: number;
  outcomes: DeliveryOutcome[];
}

const DEFAULT_BATCH = 20;
const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_ERROR_CHARS = 500;

const describeEncodeError = (err: unknown): string =>
  err instanceof ZodError ? err.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ') : err instanceof Error ? err.message : String(err);

type AttemptResult = { delivered: true; status: number; receiptId: string | null } | { delivered: false; status: number | null; error: string; retryAfterMs?: number };

async function attempt(message: ClaimedMessage, target: OutboxTarget, sentAt: Date, timeoutMs: number): Promise<AttemptResult> {
  let body: unknown;
  try {
    body = target.encode(message, sentAt);
  } catch (err) {
    return { delivered: false, status: null, error: `payload rejected by the adapter: ${describeEncodeError(err)}` };
  }
  const res = await peerRequest({
    method: 'POST',
    url: target.url,
    headers: {
      ...target.headers,
      [IDEMPOTENCY_KEY_HEADER]: message.messageId,
      [TOPIC_HEADER]: message.topic,
      [ATTEMPT_HEADER]: String(message.attempts),
    },
    body,
    timeoutMs: target.timeoutMs ?? timeoutMs,
  });
  if (!res.ok) return { delivered: false, status: null, error: `${res.kind}: ${res.error}` };
  // 409: the receiver already holds this Idempotency-Key, which is what we wanted.
  if ((res.status >= 200 && res.status < 300) || res.status === 409) {
    return { delivered: true, status: res.status, receiptId: target.receiptOf?.(res.json) ?? null };
  }
  const wait = retryAfterMs(res.headers, sentAt);
  return {
    delivered: false,
    status: res.status,
    error: `HTTP ${res.status}${res.text ? `: ${res.text}` : ''}`,
    ...(wait === undefined ? {} : { retryAfterMs: wait }),
  };
}

/**
 * Sends every due message of the configured topics once. Messages are leased while in flight, so
 * concurrent callers (several servers on PostgreSQL) never send the same message at the same time;
 * a process that dies mid-send leaves the message due again when the lease ends.
 */
export async function deliverDueMessages(db: Queryable, targets: OutboxTargets, options: DeliveryOptions = {}): Promise<DeliveryRun> {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const topics = configuredTopics(targets);
  const start = now();
  const longestTimeout = Math.max(timeoutMs, ...topics.map((t) => targets[t]?.timeoutMs ?? 0));
  // Messages of one topic go one after another, so the lease covers a whole batch of timeouts.
  const leaseUntil = new Date(start.getTime() + batchSize * longestTimeout + 30_000);
  const claimed = await claimDueMessages(db, { now: start, leaseUntil, topics, limit: batchSize });

  const sendTopic = async (topic: OutboxTopic): Promise<DeliveryOutcome[]> => {
    const target = targets[topic] as OutboxTarget;
    const outcomes: DeliveryOutcome[] = [];
    for (const message of claimed.filter((m) => m.topic === topic)) {
      const sentAt = now();
      const result = await attempt(message, target, sentAt, timeoutMs);
      const base = { id: message.id, topic, messageId: message.messageId, attempt: message.attempts };
      if (result.delivered) {
        await markDelivered(db, message.id, now(), result.status, result.receiptId);
        outcomes.push({ ...base, delivered: true, status: result.status, error: null, nextAttemptAt: null });
        continue;
      }
      const delay = Math.max(backoffDelayMs(message.attempts, backoff, options.random), Math.min(result.retryAfterMs ?? 0, backoff.capMs));
      const nextAttemptAt = new Date(now().getTime() + delay);
      const error = result.error.slice(0, MAX_ERROR_CHARS);
      await markFailed(db, message.id, nextAttemptAt, result.status, error);
      options.log?.warn('outbox delivery failed', { id: message.id, topic, messageId: message.messageId, attempt: message.attempts, error, nextAttemptAt });
      outcomes.push({ ...base, delivered: false, status: result.status, error, nextAttemptAt });
    }
    return outcomes;
  };

  const outcomes = (await Promise.all([...new Set(claimed.map((m) => m.topic))].map(sendTopic))).flat().sort((a, b) => a.id - b.id);
  const delivered = outcomes.filter((o) => o.delivered).length;
  return { claimed: claimed.length, delivered, failed: outcomes.length - delivered, outcomes };
}
