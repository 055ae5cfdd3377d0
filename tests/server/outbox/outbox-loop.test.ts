// The background loop main.ts starts: it delivers without being asked, retries on its own, and stops cleanly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { createLogger } from '../../../server/src/logger';
import { enqueueOutbox } from '../../../server/src/outbox/outbox';
import { startOutboxLoop } from '../../../server/src/outbox/outbox-loop';
import { interconnectTo, startFakeCreditPlatform, type FakeReceiver } from '../../support/fake-peers';
import { ENGINES } from '../../support/test-db';
import { creditRecord } from './outbox-fixtures';

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(ENGINES)('outbox delivery loop on $name', (engine) => {
  let db: Db;
  let credit: FakeReceiver;
  beforeAll(async () => {
    db = await engine.open('empty');
    credit = await startFakeCreditPlatform();
  });
  afterAll(async () => {
    await credit.close();
    await db.close();
  });

  it('does not start without a configured platform', () => {
    expect(startOutboxLoop(db, {}, { intervalMs: 50, log: createLogger('silent') })).toBeUndefined();
  });

  it('delivers enqueued messages by itself, retries a failure, and stops', async () => {
    credit.failNext(1, 500);
    const loop = startOutboxLoop(db, interconnectTo({ credit }).targets, {
      intervalMs: 50,
      log: createLogger('silent'),
      backoff: { baseMs: 100, capMs: 1000 },
    });
    expect(loop).toBeDefined();
    await db.transaction((tx) => enqueueOutbox(tx, { topic: 'credit-record', messageId: 'CR-LOOP-1', payload: creditRecord('CR-LOOP-1') }));
    await db.transaction((tx) => enqueueOutbox(tx, { topic: 'credit-record', messageId: 'CR-LOOP-2', payload: creditRecord('CR-LOOP-2') }));
    await until(() => credit.stored.length === 2);
    await loop?.stop();
    expect(credit.requests[0]?.answeredWith).toBe(500);
    expect(credit.stored.map((s) => s.idempotencyKey).sort()).toEqual(['CR-LOOP-1', 'CR-LOOP-2']);
    const { rows } = await db.query<{ state: string }>('SELECT DISTINCT state FROM outbox_messages');
    expect(rows).toEqual([{ state: 'delivered' }]);

    // Stopped: a new message stays pending.
    await db.transaction((tx) => enqueueOutbox(tx, { topic: 'credit-record', messageId: 'CR-LOOP-3', payload: creditRecord('CR-LOOP-3') }));
    await new Promise((r) => setTimeout(r, 200));
    expect(credit.stored).toHaveLength(2);
  });
});
