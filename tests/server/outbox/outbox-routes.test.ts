// GET /api/outbox and POST /api/outbox/:id/retry through the real application.
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { createLogger } from '../../../server/src/logger';
import { enqueueOutbox } from '../../../server/src/outbox/outbox';
import { deliverDueMessages } from '../../../server/src/outbox/outbox-delivery';
import { interconnectTo, startFakeCreditPlatform, type FakeReceiver } from '../../support/fake-peers';
import { signIn, type Session } from '../../support/staff-session';
import { ENGINES } from '../../support/test-db';
import { approvalItemStatus, creditRecord } from './outbox-fixtures';

describe.each(ENGINES)('outbox staff API on $name', (engine) => {
  let db: Db;
  let credit: FakeReceiver;
  let app: Express;
  let admin: Session;
  const later = () => new Date(Date.now() + 5000);
  const targets = () => interconnectTo({ credit }).targets;

  beforeAll(async () => {
    db = await engine.open('empty');
    credit = await startFakeCreditPlatform();
    app = createApp({ db, config: { PUBLIC_URL: undefined }, log: createLogger('silent'), interconnect: interconnectTo({ credit }) });
    admin = await signIn(app, db, 'admin');
    await db.transaction(async (tx) => {
      for (const id of ['CR-1', 'CR-2', 'CR-3']) await enqueueOutbox(tx, { topic: 'credit-record', messageId: id, payload: creditRecord(id) });
      await enqueueOutbox(tx, { topic: 'approval-item-status', messageId: 'DB140702202600012G/SGXK/v1', payload: approvalItemStatus() });
    });
    // CR-1 delivered; CR-2 and CR-3 then fail once each.
    await deliverDueMessages(db, targets(), { now: later, batchSize: 1 });
    credit.failNext(2, 503);
    await deliverDueMessages(db, targets(), { now: later });
  });
  afterAll(async () => {
    await credit.close();
    await db.close();
  });

  it('counts messages per state and topic and says which platforms are configured', async () => {
    const res = await admin.get('/api/outbox').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.counts).toEqual({ pending: 1, failing: 2, delivered: 1 });
    expect(res.body.total).toBe(4);
    expect(res.body.topics).toEqual([
      expect.objectContaining({
        topic: 'credit-record',
        platform: { zh: '山西省信用信息共享平台', en: 'Shanxi credit information sharing platform' },
        configured: true,
        target: credit.url,
        env: 'CREDIT_PLATFORM_URL',
        counts: { pending: 0, failing: 2, delivered: 1 },
      }),
      expect.objectContaining({ topic: 'approval-item-status', configured: false, target: null, env: 'APPROVAL_PLATFORM_URL', counts: { pending: 1, failing: 0, delivered: 0 } }),
    ]);
    expect(typeof res.body.topics[1].oldestUndeliveredAt).toBe('string');
    expect(res.body.items.map((m: { messageId: string }) => m.messageId)).toEqual(['DB140702202600012G/SGXK/v1', 'CR-3', 'CR-2', 'CR-1']);
  });

  it('filters by state and topic and pages', async () => {
    const failing = await admin.get('/api/outbox?state=failing&limit=1&offset=1').expect(200);
    expect(failing.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(failing.body.items).toHaveLength(1);
    expect(failing.body.items[0]).toMatchObject({ messageId: 'CR-2', state: 'failing', attempts: 1, lastStatus: 503, deliveredAt: null });
    expect(failing.body.items[0].lastError).toContain('HTTP 503');
    const approval = await admin.get('/api/outbox?topic=approval-item-status').expect(200);
    expect(approval.body.counts).toEqual({ pending: 1, failing: 0, delivered: 0 });
    expect(approval.body.topics.map((t: { topic: string }) => t.topic)).toEqual(['approval-item-status']);
    expect(approval.body.items[0]).toMatchObject({ topic: 'approval-item-status', state: 'pending', attempts: 0, payload: { caseCode: 'DB140702202600012G' } });
  });

  it('refuses unknown filters with a stable code', async () => {
    expect((await admin.get('/api/outbox?state=lost').expect(400)).body).toMatchObject({ code: 'INVALID_PARAMETER', param: 'state' });
    expect((await admin.get('/api/outbox?limit=0').expect(400)).body).toMatchObject({ code: 'INVALID_PARAMETER', param: 'limit' });
    expect((await admin.get('/api/outbox?color=red').expect(400)).body).toMatchObject({ code: 'UNKNOWN_PARAMETER', param: 'color' });
  });

  it('makes a failing message due now on retry, audits it, and the next run delivers it', async () => {
    const id = (await admin.get('/api/outbox?state=failing').expect(200)).body.items.find((m: { messageId: string }) => m.messageId === 'CR-2').id;
    const before = Date.now();
    const res = await admin.post(`/api/outbox/${id}/retry`).expect(200);
    expect(res.body).toMatchObject({ id, messageId: 'CR-2', state: 'failing' });
    const due = Date.parse(res.body.nextAttemptAt);
    expect(due).toBeGreaterThanOrEqual(before - 1000);
    expect(due).toBeLessThanOrEqual(Date.now());

    const audit = await db.query<{ actor: string; action: string; before: { state: string; attempts: number } }>(
      "SELECT actor, action, before FROM audit_log WHERE entity_type = 'outbox-message' AND entity_id = $1",
      [String(id)],
    );
    expect(audit.rows).toEqual([expect.objectContaining({ actor: 'test-admin', action: 'outbox.retry-requested', before: expect.objectContaining({ state: 'failing', attempts: 1 }) })]);

    const run = await deliverDueMessages(db, targets());
    expect(run.outcomes.map((o) => [o.messageId, o.delivered])).toEqual([['CR-2', true]]);
  });

  it('answers 409 for a delivered message and 404 for an unknown one', async () => {
    const delivered = (await admin.get('/api/outbox?state=delivered').expect(200)).body.items[0];
    expect((await admin.post(`/api/outbox/${delivered.id}/retry`).expect(409)).body.code).toBe('OUTBOX_ALREADY_DELIVERED');
    expect((await admin.post('/api/outbox/987654/retry').expect(404)).body.code).toBe('OUTBOX_MESSAGE_NOT_FOUND');
    expect((await admin.post('/api/outbox/abc/retry').expect(400)).body).toMatchObject({ code: 'INVALID_PARAMETER', param: 'id' });
  });

  it('is for administrators only', async () => {
    await request(app).get('/api/outbox').expect(401);
    const publisher = await signIn(app, db, 'publisher');
    expect((await publisher.get('/api/outbox').expect(403)).body.code).toBe('ROLE_FORBIDDEN');
  });

  it('says every platform is not configured when no URL is set', async () => {
    const bare = createApp({ db, config: { PUBLIC_URL: undefined }, log: createLogger('silent') });
    const res = await (await signIn(bare, db, 'admin')).get('/api/outbox').expect(200);
    expect(res.body.topics.map((t: { topic: string; configured: boolean }) => [t.topic, t.configured])).toEqual([
      ['credit-record', false],
      ['approval-item-status', false],
    ]);
  });
});
