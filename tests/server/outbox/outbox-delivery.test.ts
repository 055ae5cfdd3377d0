// At-least-once delivery of the transactional outbox against real local HTTP servers standing in for
// the peer platforms: a failure is retried and never lost, a duplicate is stored once by the receiver,
// backoff grows, and a rolled-back business change leaves no message.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { enqueueOutbox } from '../../../server/src/outbox/outbox';
import { claimDueMessages, findMessage } from '../../../server/src/outbox/outbox.repository';
import { deliverDueMessages, type DeliveryOptions } from '../../../server/src/outbox/outbox-delivery';
import { interconnectTo, startFakeApprovalPlatform, startFakeCreditPlatform, type FakeReceiver } from '../../support/fake-peers';
import { ENGINES } from '../../support/test-db';
import { approvalItemStatus, creditRecord } from './outbox-fixtures';

const SECOND = 1000;

describe.each(ENGINES)('outbox delivery on $name', (engine) => {
  let db: Db;
  let credit: FakeReceiver;
  let approval: FakeReceiver;
  // A hand-moved clock, ahead of the database's now() so freshly enqueued messages are due.
  let clock: number;
  const options = (extra: DeliveryOptions = {}): DeliveryOptions => ({ now: () => new Date(clock), random: () => 1, timeoutMs: 2 * SECOND, ...extra });
  const enqueueCredit = (recordId: string, payload = creditRecord(recordId)) =>
    db.transaction((tx) => enqueueOutbox(tx, { topic: 'credit-record', messageId: recordId, payload }));
  const idOf = async (messageId: string) =>
    Number((await db.query<{ id: number }>('SELECT id FROM outbox_messages WHERE message_id = $1', [messageId])).rows[0]?.id);

  beforeAll(async () => {
    db = await engine.open('empty');
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    credit = await startFakeCreditPlatform();
    approval = await startFakeApprovalPlatform();
    clock = Date.now() + 5 * SECOND;
    await db.query('DELETE FROM outbox_messages');
  });
  afterEach(async () => {
    await credit.close();
    await approval.close();
  });

  it('posts a committed message with its Idempotency-Key and topic headers and records when it was delivered', async () => {
    await enqueueCredit('CR-1001');
    const run = await deliverDueMessages(db, interconnectTo({ credit }).targets, options());
    expect(run).toMatchObject({ claimed: 1, delivered: 1, failed: 0 });

    expect(credit.requests).toHaveLength(1);
    const req = credit.requests[0]!;
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['idempotency-key']).toBe('CR-1001');
    expect(req.headers['x-outbox-topic']).toBe('credit-record');
    expect(req.headers['x-outbox-attempt']).toBe('1');
    expect(req.body).toEqual({
      source: 'standard-land-atlas',
      schema: 'credit-record/v1',
      messageId: 'CR-1001',
      sentAt: new Date(clock).toISOString(),
      record: {
        recordId: 'CR-1001',
        subject: { uscc: '91140100MA0K2Y1X5F', name: '山西智造装备有限公司' },
        kind: 'broken',
        kindZh: '失信',
        basis: { commitmentId: 'C-2026-0007', parcelCode: '140702-2025-0001', indicatorKey: 'investmentIntensity', committedValue: 300, actualValue: 262.5, margin: -37.5 },
        reason: '竣工验收时固定资产投资强度低于承诺值',
        decidedAt: '2026-07-01T09:30:00+08:00',
      },
    });

    const row = await findMessage(db, await idOf('CR-1001'));
    expect(row).toMatchObject({ state: 'delivered', attempts: 1, lastStatus: 201, lastError: null, receiptId: 'SXCR-000001' });
    expect(row?.deliveredAt?.getTime()).toBe(clock);
    expect(row!.deliveredAt!.getTime() - row!.createdAt.getTime()).toBeLessThan(24 * 3600 * SECOND);
  });

  it('leaves no message when the business transaction rolls back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueueOutbox(tx, { topic: 'credit-record', messageId: 'CR-ROLLBACK', payload: creditRecord('CR-ROLLBACK') });
        throw new Error('the business change failed after enqueueing');
      }),
    ).rejects.toThrow('the business change failed');
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages');
    expect(rows[0]?.n).toBe(0);
    expect((await deliverDueMessages(db, interconnectTo({ credit }).targets, options())).claimed).toBe(0);
    expect(credit.requests).toHaveLength(0);
  });

  it('treats a second enqueue of the same topic and message id as a no-op that keeps the first payload', async () => {
    await enqueueCredit('CR-1002');
    await enqueueCredit('CR-1002', creditRecord('CR-1002', { reason: '另一个原因' }));
    const { rows } = await db.query<{ payload: { reason: string } }>("SELECT payload FROM outbox_messages WHERE message_id = 'CR-1002'");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.payload.reason).toBe('竣工验收时固定资产投资强度低于承诺值');
    // The same id on another topic is another message.
    await db.transaction((tx) => enqueueOutbox(tx, { topic: 'approval-item-status', messageId: 'CR-1002', payload: approvalItemStatus() }));
    expect((await db.query('SELECT 1 FROM outbox_messages')).rows).toHaveLength(2);
  });

  it('retries a failing delivery with growing backoff until the peer accepts it, and never loses it', async () => {
    await enqueueCredit('CR-1003');
    credit.failNext(3, 500);
    const targets = interconnectTo({ credit }).targets;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const run = await deliverDueMessages(db, targets, options());
      expect(run).toMatchObject({ claimed: 1, delivered: 0, failed: 1 });
      const row = await findMessage(db, await idOf('CR-1003'));
      expect(row).toMatchObject({ state: 'failing', attempts: attempt, lastStatus: 500 });
      expect(row?.lastError).toContain('HTTP 500');
      waits.push(row!.nextAttemptAt.getTime() - clock);
      // Not due before its time.
      clock = row!.nextAttemptAt.getTime() - 1;
      expect((await deliverDueMessages(db, targets, options())).claimed).toBe(0);
      clock += 1;
    }
    // base 30 s doubling (random = 1 gives the full, un-jittered delay).
    expect(waits).toEqual([30 * SECOND, 60 * SECOND, 120 * SECOND]);

    const last = await deliverDueMessages(db, targets, options());
    expect(last).toMatchObject({ claimed: 1, delivered: 1 });
    expect(credit.requests.map((r) => r.answeredWith)).toEqual([500, 500, 500, 201]);
    expect(credit.stored).toHaveLength(1);
    expect(await findMessage(db, await idOf('CR-1003'))).toMatchObject({ state: 'delivered', attempts: 4, lastError: null });
  });

  it('counts a peer that does not answer in time as a failure and tries again later', async () => {
    await enqueueCredit('CR-1004');
    credit.failNext(1, 'hang');
    const targets = interconnectTo({ credit }).targets;
    const started = Date.now();
    const first = await deliverDueMessages(db, targets, options({ timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(5 * SECOND);
    expect(first.outcomes[0]).toMatchObject({ delivered: false, status: null });
    expect(first.outcomes[0]?.error).toMatch(/^timeout: no answer within 300 ms/);
    clock = first.outcomes[0]!.nextAttemptAt!.getTime();
    expect(await deliverDueMessages(db, targets, options({ timeoutMs: 300 }))).toMatchObject({ delivered: 1 });
    expect(credit.stored.map((s) => s.idempotencyKey)).toEqual(['CR-1004']);
  });

  it('records a refused connection and keeps the message when the peer is down', async () => {
    await enqueueCredit('CR-1005');
    const targets = interconnectTo({ credit }).targets;
    await credit.close();
    const run = await deliverDueMessages(db, targets, options());
    expect(run.outcomes[0]?.error).toMatch(/^network: .*ECONNREFUSED/);
    expect(await findMessage(db, await idOf('CR-1005'))).toMatchObject({ state: 'failing', attempts: 1, deliveredAt: null });
    credit = await startFakeCreditPlatform();
  });

  it('sends again when the acknowledgement was lost, and the receiver stores the record once (200 or 409 both count)', async () => {
    const targets = interconnectTo({ credit }).targets;
    for (const [key, duplicateStatus] of [['CR-1006', 200], ['CR-1007', 409]] as const) {
      credit.answerDuplicatesWith(duplicateStatus);
      await enqueueCredit(key);
      await deliverDueMessages(db, targets, options());
      // As if the process had died between the peer's answer and recording it.
      await db.query("UPDATE outbox_messages SET state = 'pending', delivered_at = NULL, next_attempt_at = $2 WHERE message_id = $1", [key, new Date(clock).toISOString()]);
      const again = await deliverDueMessages(db, targets, options());
      expect(again.outcomes[0]).toMatchObject({ messageId: key, delivered: true, status: duplicateStatus });
      expect(credit.requests.filter((r) => r.headers['idempotency-key'] === key)).toHaveLength(2);
      expect(credit.storedFor(key)).toMatchObject({ times: 2 });
    }
    expect(credit.stored).toHaveLength(2);
  });

  it('keeps a message that fails again and again as failing, visible, with the wait capped at one hour', async () => {
    await enqueueCredit('CR-1008');
    const targets = interconnectTo({ credit }).targets;
    credit.failNext(25, 503);
    for (let i = 0; i < 25; i++) {
      const run = await deliverDueMessages(db, targets, options({ random: () => 0.5 }));
      expect(run.failed).toBe(1);
      clock = run.outcomes[0]!.nextAttemptAt!.getTime();
    }
    const row = await findMessage(db, await idOf('CR-1008'));
    expect(row).toMatchObject({ state: 'failing', attempts: 25, lastStatus: 503 });
    // random = 0.5 → ¾ of the capped delay.
    const waited = row!.nextAttemptAt.getTime() - row!.lastAttemptAt!.getTime();
    expect(waited).toBe(0.75 * 3600 * SECOND);
    expect(await deliverDueMessages(db, targets, options())).toMatchObject({ delivered: 1 });
  });

  it('honours a Retry-After longer than its own backoff', async () => {
    await enqueueCredit('CR-1009');
    credit.failNext(1, 429);
    const run = await deliverDueMessages(db, interconnectTo({ credit }).targets, options({ backoff: { baseMs: 100, capMs: 3600 * SECOND } }));
    // The fake sends Retry-After: 1 (second), longer than the 100 ms backoff.
    expect(run.outcomes[0]!.nextAttemptAt!.getTime() - clock).toBe(SECOND);
  });

  it('leaves messages of an unconfigured platform pending and untouched', async () => {
    await enqueueCredit('CR-1010');
    await db.transaction((tx) => enqueueOutbox(tx, { topic: 'approval-item-status', messageId: 'DB140702202600012G/SGXK/v1', payload: approvalItemStatus() }));
    const run = await deliverDueMessages(db, interconnectTo({ credit }).targets, options());
    expect(run.outcomes.map((o) => o.messageId)).toEqual(['CR-1010']);
    expect(await findMessage(db, await idOf('DB140702202600012G/SGXK/v1'))).toMatchObject({ state: 'pending', attempts: 0, lastAttemptAt: null });
    expect(approval.requests).toHaveLength(0);
    // Once configured, it goes out.
    expect(await deliverDueMessages(db, interconnectTo({ credit, approval }).targets, options())).toMatchObject({ delivered: 1 });
    expect(approval.stored[0]?.body).toMatchObject({ schema: 'approval-item-status/v1', event: { caseCode: 'DB140702202600012G', status: 'accepted', channel: 'HALL_WINDOW' } });
  });

  it('keeps a malformed payload failing with the adapter’s reason, without sending it', async () => {
    await enqueueCredit('CR-1011', creditRecord('CR-1011', { uscc: '91140100MA0K2Y1X5A' }));
    const run = await deliverDueMessages(db, interconnectTo({ credit }).targets, options());
    expect(run.outcomes[0]?.error).toMatch(/^payload rejected by the adapter: .*unified social credit code/);
    expect(credit.requests).toHaveLength(0);
    expect(await findMessage(db, await idOf('CR-1011'))).toMatchObject({ state: 'failing', attempts: 1 });
  });

  it('sends the shared token, and a peer that refuses it keeps the message failing', async () => {
    await enqueueCredit('CR-1012');
    credit.requireToken('jin-2026');
    const withoutToken = await deliverDueMessages(db, interconnectTo({ credit }).targets, options());
    expect(withoutToken.outcomes[0]).toMatchObject({ delivered: false, status: 401 });
    clock = withoutToken.outcomes[0]!.nextAttemptAt!.getTime();
    const withToken = await deliverDueMessages(db, interconnectTo({ credit, token: 'jin-2026' }).targets, options());
    expect(withToken.outcomes[0]).toMatchObject({ delivered: true, status: 201 });
    expect(credit.requests[1]?.headers.authorization).toBe('Bearer jin-2026');
  });

  it('does not let two concurrent runs send the same message', async () => {
    for (let i = 0; i < 6; i++) await enqueueCredit(`CR-2${i}`);
    const targets = interconnectTo({ credit }).targets;
    const runs = await Promise.all([deliverDueMessages(db, targets, options()), deliverDueMessages(db, targets, options())]);
    expect(runs[0].claimed + runs[1].claimed).toBe(6);
    expect(credit.requests).toHaveLength(6);
    expect(credit.stored).toHaveLength(6);
  });

  it('makes a message whose sender died mid-delivery due again when its lease ends', async () => {
    await enqueueCredit('CR-1013');
    // A worker takes it and dies before answering.
    const leaseUntil = new Date(clock + 60 * SECOND);
    expect(await claimDueMessages(db, { now: new Date(clock), leaseUntil, topics: ['credit-record'], limit: 10 })).toHaveLength(1);
    const targets = interconnectTo({ credit }).targets;
    expect((await deliverDueMessages(db, targets, options())).claimed).toBe(0);
    clock = leaseUntil.getTime();
    expect(await deliverDueMessages(db, targets, options())).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await findMessage(db, await idOf('CR-1013'))).toMatchObject({ state: 'delivered', attempts: 2 });
  });
});
