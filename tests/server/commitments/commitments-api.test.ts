// Commitment letters end to end through HTTP (issue #5): written from a transferred parcel, never
// weaker than the parcel, one active per parcel (race), signed with SM2 by both parties, publicly
// verifiable (authentic / altered / revoked), verified at completion and output with the check engine,
// and closed with credit records that wait in the outbox for the credit platform.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { deliverDueMessages } from '../../../server/src/outbox/outbox-delivery';
import { compact, decodeQr, HAS_POPPLER, pdfPages, renderPagePng } from '../pdf/poppler';
import { interconnectTo, startFakeCreditPlatform } from '../../support/fake-peers';
import { gkRect, smallCatalogApp } from '../../support/small-catalog';
import { type Session, signIn } from '../../support/staff-session';
import { ENGINES } from '../../support/test-db';

const USCC = '91140700MA0L12B82Q';
const OTHER_USCC = '91140200MA0HXY2Q0H';
const PARCEL = '140702-2025-0001'; // 100 亩, listed; investment ≥ 300, FAR 1.0–2.5, green ≤ 15 %, tax ≥ 15
const SECOND = '140702-2025-0002'; // 300 亩, published; investment ≥ 200

const letterBody = (parcelCode: string, extra: object = {}) => ({
  parcelCode,
  enterprise: { uscc: USCC, name: '山西汾河精密制造有限公司', legalRepresentative: '王建国', contactName: '李晓东', contactPhone: '13803511234', address: '晋中市榆次区' },
  project: { code: '2026-140702-39-03-000123', name: '精密轴承生产线项目', industryCode: '39' },
  deadlines: { startBy: '2027-03-01', completeBy: '2028-03-01', outputBy: '2029-03-01' },
  ...extra,
});

const rect = (x: number, y: number, w: number, h: number) => gkRect(4547, x, y, w, h).coordinates[0];
const plan = (floors: number) => ({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'B1', geometry: { type: 'Polygon', coordinates: rect(387_050, 4_172_030, 200, 150) }, properties: { kind: 'building', floors, height_m: floors * 6 } },
    { type: 'Feature', id: 'G1', geometry: { type: 'Polygon', coordinates: rect(387_260, 4_172_030, 25, 120) }, properties: { kind: 'green' } },
  ],
});
// 100 亩 × 320 万元/亩: above the committed 300.
const asBuilt = { fixedAssetInvestmentWanYuan: 32_000 };
// 整改 deadlines must lie ahead of the day the suite runs.
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(ENGINES)('commitment letters on $name', (engine) => {
  const ctx = smallCatalogApp(engine);
  let publisher: Session;
  let agent: Session;
  let enterprise: Session;
  let otherEnterprise: Session;

  beforeAll(async () => {
    publisher = await signIn(ctx.app, ctx.db, 'publisher');
    agent = await signIn(ctx.app, ctx.db, 'agent');
    enterprise = await signIn(ctx.app, ctx.db, 'enterprise', 'test-ent', USCC);
    otherEnterprise = await signIn(ctx.app, ctx.db, 'enterprise', 'test-ent2', OTHER_USCC);
    await publisher.post(`/api/parcels/${PARCEL}/lifecycle`).send({ to: 'transferred' }).expect(200);
  });

  it('refuses a letter for land that is not transferred, a bad USCC and a weaker indicator', async () => {
    const notTransferred = await agent.post('/api/commitments').send(letterBody(SECOND)).expect(409);
    expect(notTransferred.body.code).toBe('PARCEL_NOT_TRANSFERRED');
    const badCode = await agent.post('/api/commitments').send(letterBody(PARCEL, { enterprise: { uscc: '91140700MA0L12B82A' } })).expect(400);
    expect(badCode.headers['content-type']).toContain('application/problem+json');
    expect(badCode.body).toMatchObject({ code: 'USCC_INVALID', reason: 'USCC_CHECK_DIGIT' });
    const weaker = await agent.post('/api/commitments').send(letterBody(PARCEL, { indicators: [{ key: 'investmentIntensity', value: 250 }] })).expect(422);
    expect(weaker.body.code).toBe('COMMITMENT_WEAKER_THAN_PARCEL');
    expect(weaker.body.problems).toEqual([expect.objectContaining({ key: 'investmentIntensity', reason: 'WEAKER_THAN_PARCEL' })]);
    const list = await request(ctx.app).get(`/api/commitments?parcel=${PARCEL}`).expect(200);
    expect(list.body.total).toBe(0);
  });

  let letterId = '';
  it('writes a draft from the transferred parcel with stricter commitments kept', async () => {
    const res = await agent
      .post('/api/commitments')
      .set('Idempotency-Key', 'letter-0001-first-try')
      .send(letterBody(PARCEL, { indicators: [{ key: 'taxPerMu', value: 18 }] }))
      .expect(201);
    letterId = res.body.id;
    expect(letterId).toMatch(/^CL\d{10}$/);
    expect(res.body).toMatchObject({ status: 'draft', parcel: { code: PARCEL }, enterprise: { uscc: USCC, legalRepresentative: '王建国' } });
    const tax = res.body.indicators.find((i: { key: string }) => i.key === 'taxPerMu');
    expect(tax).toMatchObject({ value: 18, parcelValue: 15, stage: 'output' });
    expect(res.body.indicators.find((i: { key: string }) => i.key === 'floorAreaRatio')).toMatchObject({ value: 1, valueMax: 2.5, stage: 'completion' });
    // A retried POST with the same key returns the same letter instead of a conflict.
    const again = await agent.post('/api/commitments').set('Idempotency-Key', 'letter-0001-first-try').send(letterBody(PARCEL)).expect(200);
    expect(again.body.id).toBe(letterId);
    const second = await agent.post('/api/commitments').send(letterBody(PARCEL)).expect(409);
    expect(second.body.code).toBe('COMMITMENT_EXISTS');
    // The public sees the letter without the legal representative and contact.
    const anon = await request(ctx.app).get(`/api/commitments/${letterId}`).expect(200);
    expect(anon.body.enterprise).toEqual({ uscc: USCC, name: '山西汾河精密制造有限公司' });
    // Only the masked copy may be kept by the offline cache; the full one is private to the reader.
    expect(anon.headers['cache-control']).toBe('no-cache');
    expect((await agent.get(`/api/commitments/${letterId}`).expect(200)).headers['cache-control']).toBe('private, no-cache');
  });

  it('lets only one of many parallel requests hold the parcel', async () => {
    await publisher.post(`/api/parcels/${SECOND}/lifecycle`).send({ to: 'listed' }).expect(200);
    await publisher.post(`/api/parcels/${SECOND}/lifecycle`).send({ to: 'transferred' }).expect(200);
    const results = await Promise.all(Array.from({ length: 6 }, () => agent.post('/api/commitments').send(letterBody(SECOND))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'COMMITMENT_EXISTS')).toBe(true);
    const { rows } = await ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM commitments WHERE parcel_code = $1", [SECOND]);
    expect(rows[0]?.n).toBe(1);
  });

  it('is signed by its own enterprise, countersigned by the authority and verifies as authentic', async () => {
    const unsigned = await request(ctx.app).get(`/verify/${letterId}`).set('Accept', 'application/json').expect(200);
    expect(unsigned.body.verdict).toBe('unsigned');
    const stranger = await otherEnterprise.post(`/api/commitments/${letterId}/sign`).expect(403);
    expect(stranger.body.code).toBe('NOT_YOUR_COMMITMENT');
    const early = await publisher.post(`/api/commitments/${letterId}/sign`).expect(409);
    expect(early.body.code).toBe('INVALID_TRANSITION');
    const signed = await enterprise.post(`/api/commitments/${letterId}/sign`).expect(200);
    expect(signed.body.status).toBe('signed');
    const stale = await publisher.post(`/api/commitments/${letterId}/sign`).set('If-Match', '"1"').expect(412);
    expect(stale.body.code).toBe('VERSION_MISMATCH');
    const inForce = await publisher.post(`/api/commitments/${letterId}/sign`).set('If-Match', `"${signed.body.version}"`).expect(200);
    expect(inForce.body.status).toBe('in_force');
    expect(inForce.body.signature.signatures.map((s: { role: string }) => s.role)).toEqual(['enterprise', 'authority']);
    expect(inForce.body.signature.digestSm3Hex).toMatch(/^[0-9a-f]{64}$/);

    const json = await request(ctx.app).get(`/verify/${letterId}`).set('Accept', 'application/json').expect(200);
    expect(json.body).toMatchObject({ verdict: 'authentic', letterStatus: 'in_force' });
    expect(json.body.verification.signatures).toEqual([
      { role: 'enterprise', keyId: `enterprise:${USCC}`, valid: true },
      { role: 'authority', keyId: 'authority:zone_G140702', valid: true },
    ]);
    const html = await request(ctx.app).get(`/verify/${letterId}`).set('Accept', 'text/html').expect(200);
    expect(html.text).toContain('真实有效');
    expect(html.text).toContain('data-verdict="authentic"');
    expect(html.text).not.toContain('王建国');
  });

  it('says altered when the stored letter was edited behind the system’s back', async () => {
    await ctx.db.query(`UPDATE commitments SET document = jsonb_set(document, '{deadlines,outputBy}', '"2031-03-01"') WHERE id = $1`, [letterId]);
    const res = await request(ctx.app).get(`/verify/${letterId}`).set('Accept', 'application/json').expect(200);
    expect(res.body.verdict).toBe('altered');
    expect(res.body.verification.reason).toBe('DOCUMENT_CHANGED');
    await ctx.db.query(`UPDATE commitments SET document = jsonb_set(document, '{deadlines,outputBy}', '"2029-03-01"') WHERE id = $1`, [letterId]);
    const restored = await request(ctx.app).get(`/verify/${letterId}`).set('Accept', 'application/json').expect(200);
    expect(restored.body.verdict).toBe('authentic');
  });

  it('verifies completion with the check engine: a failure opens rectification, a pass completes the parcel', async () => {
    const incomplete = await agent.post(`/api/commitments/${letterId}/verify`).send({ stage: 'completion', sitePlan: plan(4), figures: {} }).expect(422);
    expect(incomplete.body).toMatchObject({ code: 'VERIFICATION_INCOMPLETE', missing: ['investmentIntensity'] });
    // One storey: FAR 30 000 / 66 666 = 0.45 < 1.0.
    const noDeadline = await agent.post(`/api/commitments/${letterId}/verify`).send({ stage: 'completion', sitePlan: plan(1), figures: asBuilt }).expect(400);
    expect(noDeadline.body.code).toBe('RECTIFY_BY_REQUIRED');
    const failed = await agent
      .post(`/api/commitments/${letterId}/verify`)
      .send({ stage: 'completion', sitePlan: plan(1), figures: asBuilt, rectifyBy: inDays(20) })
      .expect(201);
    expect(failed.body.outcome).toMatchObject({ passed: false, status: 'in_force', rectifyBy: inDays(20) });
    const far = failed.body.commitment.verifications[0].results.find((r: { key: string }) => r.key === 'floorAreaRatio');
    expect(far.status).toBe('fail');
    expect(far.actual).toBeCloseTo(30_000 / 66_666, 2);
    expect(far.margin).toBeCloseTo(30_000 / 66_666 - 1, 2);
    const reminders = await publisher.get(`/api/commitments/reminders?parcel=${PARCEL}&within=30`).expect(200);
    expect(reminders.body.items.map((r: { milestone: string }) => r.milestone)).toContain('rectification');

    // Four storeys: FAR 1.8, green 3 000 / 66 666 = 4.5 %, investment 320 万元/亩.
    const passed = await agent.post(`/api/commitments/${letterId}/verify`).send({ stage: 'completion', sitePlan: plan(4), figures: asBuilt }).expect(201);
    expect(passed.body.outcome).toMatchObject({ passed: true, status: 'in_force', creditRecordIds: [] });
    const results = passed.body.commitment.verifications[1].results;
    expect(results.find((r: { key: string }) => r.key === 'floorAreaRatio').actual).toBeCloseTo(1.8, 2);
    expect(results.find((r: { key: string }) => r.key === 'greenRatio').actual).toBeCloseTo(4.5, 1);
    expect(results.find((r: { key: string }) => r.key === 'investmentIntensity').actual).toBeCloseTo(320, 1);
    const parcel = await request(ctx.app).get(`/api/parcels/${PARCEL}`).expect(200);
    expect(parcel.body.status).toBe('completed');
  });

  it('breaches when the output review fails again after rectification, with a broken credit record in the outbox', async () => {
    // 100 亩 × 17 万元 = 1 700 万元 tax: above the parcel's 15, below the committed 18.
    const first = await agent.post(`/api/commitments/${letterId}/verify`).send({ stage: 'output', figures: { annualTaxWanYuan: 1_700 }, rectifyBy: '2099-12-31' }).expect(201);
    expect(first.body.outcome).toMatchObject({ passed: false, status: 'in_force' });
    const second = await agent.post(`/api/commitments/${letterId}/verify`).send({ stage: 'output', figures: { annualTaxWanYuan: 1_750 } }).expect(201);
    expect(second.body.outcome).toMatchObject({ passed: false, status: 'breached' });
    expect(second.body.outcome.creditRecordIds).toHaveLength(1);

    const credit = await agent.get(`/api/enterprises/${USCC}/credit`).expect(200);
    expect(credit.body.summary).toEqual({ kept: 0, broken: 1, standing: 'broken' });
    expect(credit.body.records[0]).toMatchObject({ kind: 'broken', indicatorKey: 'taxPerMu', committedValue: 18, commitmentId: letterId, parcelCode: PARCEL });
    expect(credit.body.records[0].actualValue).toBeCloseTo(17.5, 2);
    expect(credit.body.records[0].margin).toBeCloseTo(-0.5, 2);
    const { rows } = await ctx.db.query<{ payload: { recordId: string; kind: string; uscc: string } }>(
      "SELECT payload FROM outbox_messages WHERE topic = 'credit-record'",
    );
    expect(rows.map((r) => r.payload)).toEqual([expect.objectContaining({ recordId: credit.body.records[0].id, kind: 'broken', uscc: USCC })]);

    const closed = await agent.post(`/api/commitments/${letterId}/verify`).send({ stage: 'output', figures: { annualTaxWanYuan: 2_000 } }).expect(409);
    expect(closed.body.code).toBe('INVALID_TRANSITION');
    const badUscc = await agent.get('/api/enterprises/91140700MA0L12B82A/credit').expect(400);
    expect(badUscc.body.code).toBe('USCC_INVALID');
    const foreign = await otherEnterprise.get(`/api/enterprises/${USCC}/credit`).expect(403);
    expect(foreign.body.code).toBe('NOT_YOUR_ENTERPRISE');
  });

  it('delivers the credit record to the credit platform at least once, retrying a failure without losing it', async () => {
    const platform = await startFakeCreditPlatform();
    try {
      const targets = interconnectTo({ credit: platform }).targets;
      platform.failNext(1, 503);
      await deliverDueMessages(ctx.db, targets);
      expect(platform.stored).toHaveLength(0);
      const { rows: failing } = await ctx.db.query<{ state: string; attempts: number }>("SELECT state, attempts FROM outbox_messages WHERE topic = 'credit-record'");
      expect(failing).toEqual([{ state: 'failing', attempts: 1 }]);
      const later = () => new Date(Date.now() + 24 * 3_600_000);
      await deliverDueMessages(ctx.db, targets, { now: later });
      await deliverDueMessages(ctx.db, targets, { now: later });
      expect(platform.stored).toHaveLength(1);
      expect(platform.stored[0]?.body).toMatchObject({ record: { kind: 'broken', subject: { uscc: USCC }, basis: { commitmentId: letterId, indicatorKey: 'taxPerMu' } } });
    } finally {
      await platform.close();
    }
  });

  it('terminates a letter, which the verify page then reports as revoked, and audits every step', async () => {
    const list = await request(ctx.app).get(`/api/commitments?parcel=${SECOND}`).expect(200);
    const id = list.body.items[0].id as string;
    await enterprise.post(`/api/commitments/${id}/sign`).expect(200);
    await publisher.post(`/api/commitments/${id}/sign`).expect(200);
    const bad = await publisher.post(`/api/commitments/${id}/terminate`).send({}).expect(400);
    expect(bad.body.code).toBe('INVALID_PARAMETER');
    const res = await publisher.post(`/api/commitments/${id}/terminate`).send({ reason: '经双方协商解除' }).expect(200);
    expect(res.body.status).toBe('terminated');
    expect(res.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['created', 'signed', 'in_force', 'terminated']);
    const verify = await request(ctx.app).get(`/verify/${id}`).set('Accept', 'application/json').expect(200);
    expect(verify.body.verdict).toBe('revoked');
    const { rows } = await ctx.db.query<{ action: string }>('SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id', [id]);
    expect(rows.map((r) => r.action)).toEqual(['commitment.created', 'commitment.signed', 'commitment.countersigned', 'commitment.terminated']);
    // The parcel is free again for a new letter.
    await agent.post('/api/commitments').send(letterBody(SECOND)).expect(201);
  });

  it('serves the letter PDF to the parties and staff only', async () => {
    await request(ctx.app).get(`/api/commitments/${letterId}/letter.pdf`).expect(401);
    const foreign = await otherEnterprise.get(`/api/commitments/${letterId}/letter.pdf`).expect(403);
    expect(foreign.body.code).toBe('NOT_YOUR_COMMITMENT');
    const pdf = await enterprise.get(`/api/commitments/${letterId}/letter.pdf`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = pdf.body as Buffer;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (!HAS_POPPLER) return;
    const text = compact(pdfPages(bytes).join(''));
    for (const expected of ['企业投资项目标准地承诺书', letterId, '山西汾河精密制造有限公司', '王建国', PARCEL, '固定资产投资强度', '2029-03-01']) {
      expect(text).toContain(compact(expected));
    }
    // The QR code on the first page opens the public verification page of this very letter.
    expect(decodeQr(renderPagePng(bytes, 1))).toMatch(new RegExp(`/verify/${letterId}$`));
  });
});
