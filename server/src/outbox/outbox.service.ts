// The administrators' view of the outbox: counts per topic and state, whether each topic's platform is
// configured, a page of messages, and "retry now" for a waiting message (audited).
import type { AuditActor } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import { TOPIC_PLATFORMS } from '../interconnect/interconnect';
import { OUTBOX_STATES, OUTBOX_TOPICS, type OutboxState, type OutboxTopic } from './outbox';
import { countByState, findMessage, listMessages, makeDue, type OutboxMessage } from './outbox.repository';
import type { OutboxTargets } from './outbox-target';

export const OUTBOX_AUDIT_ACTIONS = { retryRequested: 'outbox.retry-requested' } as const;

type Counts = Record<OutboxState, number>;
const zeroCounts = (): Counts => ({ pending: 0, failing: 0, delivered: 0 });

export interface OutboxOverview {
  counts: Counts;
  topics: {
    topic: OutboxTopic;
    platform: { zh: string; en: string };
    configured: boolean;
    /** The target's origin (scheme, host, port), never its path or credentials. */
    target: string | null;
    /** The env var that configures it, for the "not configured" hint. */
    env: string;
    counts: Counts;
    /** Creation time of the oldest message not yet delivered. */
    oldestUndeliveredAt: Date | null;
  }[];
  total: number;
  limit: number;
  offset: number;
  items: OutboxMessage[];
}

const originOf = (url: string): string => new URL(url).origin;

export async function outboxOverview(
  db: Db,
  targets: OutboxTargets,
  filter: { topic?: OutboxTopic; state?: OutboxState; limit: number; offset: number },
): Promise<OutboxOverview> {
  const rows = await countByState(db, filter.topic);
  const topics = OUTBOX_TOPICS.filter((t) => !filter.topic || t === filter.topic).map((topic) => {
    const mine = rows.filter((r) => r.topic === topic);
    const counts = zeroCounts();
    for (const r of mine) counts[r.state] = r.count;
    const waiting = mine.filter((r) => r.state !== 'delivered').map((r) => r.oldestAt.getTime());
    const target = targets[topic];
    const { env, zh, en } = TOPIC_PLATFORMS[topic];
    return {
      topic,
      platform: { zh, en },
      configured: target !== undefined,
      target: target ? originOf(target.url) : null,
      env,
      counts,
      oldestUndeliveredAt: waiting.length > 0 ? new Date(Math.min(...waiting)) : null,
    };
  });
  const counts = zeroCounts();
  for (const t of topics) for (const s of OUTBOX_STATES) counts[s] += t.counts[s];
  const total = filter.state ? counts[filter.state] : OUTBOX_STATES.reduce((n, s) => n + counts[s], 0);
  const items = await listMessages(db, filter);
  return { counts, topics, total, limit: filter.limit, offset: filter.offset, items };
}

/** Makes a pending or failing message due now, so the next delivery run sends it. */
export async function retryNow(db: Db, id: number, actor: AuditActor, now: Date): Promise<OutboxMessage> {
  return db.transaction(async (tx) => {
    const before = await findMessage(tx, id);
    if (!before) throw new HttpError(404, 'OUTBOX_MESSAGE_NOT_FOUND', `No outbox message ${id} (消息不存在).`);
    if (before.state === 'delivered') {
      throw new HttpError(409, 'OUTBOX_ALREADY_DELIVERED', `Outbox message ${id} was delivered at ${before.deliveredAt?.toISOString()} (已送达，无需重试).`);
    }
    const after = (await makeDue(tx, id, now)) as OutboxMessage;
    await appendAudit(tx, {
      ...actor,
      action: OUTBOX_AUDIT_ACTIONS.retryRequested,
      entityType: 'outbox-message',
      entityId: String(id),
      before: { state: before.state, attempts: before.attempts, nextAttemptAt: before.nextAttemptAt, lastError: before.lastError },
      after: { nextAttemptAt: after.nextAttemptAt },
      at: now,
    });
    return after;
  });
}
