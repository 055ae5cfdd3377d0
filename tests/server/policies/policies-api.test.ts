// Policy disclosure and consultation (guide §6) through the real app on the small catalog: staff
// publish policies linked to zones and parcels, anyone searches them, an investor sees what applies
// to a parcel; enterprises ask online, agents record questions at the hall, staff answer, and every
// channel reads the same record.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { smallCatalogApp } from '../../support/small-catalog';
import { type Session, signIn } from '../../support/staff-session';
import { ENGINES } from '../../support/test-db';
import type { Express } from 'express';

const OWN_USCC = '91140100MA0K3C7A04';
const OTHER_USCC = '91140700MA0L12B82Q';

const signInEnterprise = (app: Express, db: Db, username: string, uscc: string): Promise<Session> => signIn(app, db, 'enterprise', username, uscc);

const put = (s: Session, url: string) => s.agent.put(url).set('X-CSRF-Token', s.csrf);

const base = {
  issuer: '山西省财政厅',
  issuedOn: '2025-04-22',
  effectiveFrom: '2025-05-01',
  fullText: '第一条　标准地项目固定资产贷款按实际利息的30%贴息。',
};

describe.each(ENGINES)('policies and consultation on $name', (engine) => {
  const ctx = smallCatalogApp(engine);
  let publisher: Session;
  let agent: Session;
  let evaluator: Session;
  let enterprise: Session;
  let otherEnterprise: Session;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    publisher = await signIn(ctx.app, ctx.db, 'publisher');
    agent = await signIn(ctx.app, ctx.db, 'agent');
    evaluator = await signIn(ctx.app, ctx.db, 'evaluator');
    enterprise = await signInEnterprise(ctx.app, ctx.db, 'ent-own', OWN_USCC);
    otherEnterprise = await signInEnterprise(ctx.app, ctx.db, 'ent-other', OTHER_USCC);
  });

  it('lets a publisher disclose policies linked to a province, a zone and a parcel', async () => {
    const province = await publisher
      .post('/api/policies')
      .send({
        ...base,
        title: '山西省标准地项目贷款贴息办法',
        category: 'finance',
        documentNo: '晋财金〔2025〕31号',
        scopeDivision: '14',
        summary: '按承诺开工的标准地项目贷款贴息',
        attachments: [{ name: '政策原文', url: 'https://czt.shanxi.gov.cn/', mediaType: 'text/html' }],
      })
      .expect(201);
    expect(province.headers.location).toBe(`/api/policies/${province.body.id}`);
    expect(province.body).toMatchObject({
      title: '山西省标准地项目贷款贴息办法',
      category: 'finance',
      validity: 'current',
      scopeDivision: '14',
      exemptApplication: false,
      version: 1,
      attachments: [{ name: '政策原文', url: 'https://czt.shanxi.gov.cn/', mediaType: 'text/html', sizeBytes: null }],
      zones: [],
      parcels: [],
    });
    ids.province = province.body.id;

    const zone = await publisher
      .post('/api/policies')
      .send({ ...base, title: '晋中开发区英才计划', category: 'talent', issuer: '晋中开发区管委会', zoneCodes: ['G140702'], exemptApplication: true })
      .expect(201);
    expect(zone.body.zones).toEqual([{ code: 'G140702', name: '晋中开发区' }]);
    ids.zone = zone.body.id;

    const parcel = await publisher
      .post('/api/policies')
      .send({ ...base, title: '临汾物流地块专项补贴', category: 'subsidy', issuer: '临汾经开区管委会', parcelCodes: ['141002-2024-0001'] })
      .expect(201);
    expect(parcel.body.parcels).toEqual([{ code: '141002-2024-0001', name: '临汾开发区物流地块' }]);
    ids.parcel = parcel.body.id;

    const expired = await publisher
      .post('/api/policies')
      .send({ ...base, title: '2024年度稳岗返还', category: 'subsidy', issuedOn: '2024-03-01', effectiveFrom: '2024-03-01', effectiveUntil: '2024-12-31', scopeDivision: '1407' })
      .expect(201);
    expect(expired.body.validity).toBe('expired');
    ids.expired = expired.body.id;
  });

  it('searches by text, category, validity and 免申即享, newest first, with paging', async () => {
    const all = await request(ctx.app).get('/api/policies').expect(200);
    expect(all.body.total).toBe(4);
    // Newest issue date first; the first three share one, so the newest record leads.
    expect(all.body.items.map((p: { id: number }) => p.id)).toEqual([ids.parcel, ids.zone, ids.province, ids.expired]);
    const text = await request(ctx.app).get('/api/policies').query({ q: '30%贴息' }).expect(200);
    expect(text.body.total).toBe(4);
    const byTitle = await request(ctx.app).get('/api/policies').query({ q: '英才' }).expect(200);
    expect(byTitle.body.items.map((p: { title: string }) => p.title)).toEqual(['晋中开发区英才计划']);
    const subsidies = await request(ctx.app).get('/api/policies').query({ category: 'subsidy', validity: 'current' }).expect(200);
    expect(subsidies.body.items.map((p: { id: number }) => p.id)).toEqual([ids.parcel]);
    const exempt = await request(ctx.app).get('/api/policies').query({ exempt: 'true' }).expect(200);
    expect(exempt.body.items.map((p: { id: number }) => p.id)).toEqual([ids.zone]);
    const page = await request(ctx.app).get('/api/policies').query({ limit: 2, offset: 2 }).expect(200);
    expect(page.body).toMatchObject({ total: 4, limit: 2, offset: 2 });
    expect(page.body.items).toHaveLength(2);
  });

  it('gives each zone and parcel the policies that apply there', async () => {
    const titles = (body: { items: { title: string }[] }) => body.items.map((p) => p.title).sort();
    // 晋中 (140702): its own zone policy, the province-wide one, the expired 晋中 city one.
    const jinzhong = await request(ctx.app).get('/api/policies').query({ zone: 'G140702' }).expect(200);
    expect(titles(jinzhong.body)).toEqual(['2024年度稳岗返还', '山西省标准地项目贷款贴息办法', '晋中开发区英才计划'].sort());
    const parcelInJinzhong = await request(ctx.app).get('/api/policies').query({ parcel: '140702-2025-0001', validity: 'current' }).expect(200);
    expect(titles(parcelInJinzhong.body)).toEqual(['山西省标准地项目贷款贴息办法', '晋中开发区英才计划'].sort());
    const linfenParcel = await request(ctx.app).get('/api/policies').query({ parcel: '141002-2024-0001' }).expect(200);
    expect(titles(linfenParcel.body)).toEqual(['山西省标准地项目贷款贴息办法', '临汾物流地块专项补贴'].sort());
    // A draft parcel is not public: nothing applies to it from the outside.
    const draft = await request(ctx.app).get('/api/policies').query({ parcel: '140702-2026-0001' }).expect(200);
    expect(draft.body.total).toBe(0);
  });

  it('refuses bad filters and bad policies with stable codes', async () => {
    const badCategory = await request(ctx.app).get('/api/policies').query({ category: 'lottery' }).expect(400);
    expect(badCategory.body).toMatchObject({ code: 'UNKNOWN_FILTER_VALUE', param: 'category' });
    const typo = await request(ctx.app).get('/api/policies').query({ categroy: 'tax' }).expect(400);
    expect(typo.body.code).toBe('UNKNOWN_PARAMETER');
    expect((await request(ctx.app).get('/api/policies').query({ zone: 'x' }).expect(400)).body.param).toBe('zone');
    expect((await request(ctx.app).get('/api/policies/abc').expect(400)).body.param).toBe('id');
    expect((await request(ctx.app).get('/api/policies/999999').expect(404)).body.code).toBe('POLICY_NOT_FOUND');

    const dates = await publisher.post('/api/policies').send({ ...base, title: 't', category: 'tax', effectiveUntil: '2025-01-01' }).expect(400);
    expect(dates.body).toMatchObject({ code: 'INVALID_PARAMETER', param: 'effectiveUntil' });
    const link = await publisher.post('/api/policies').send({ ...base, title: 't', category: 'tax', zoneCodes: ['G149999'] }).expect(422);
    expect(link.body).toMatchObject({ code: 'ZONE_NOT_FOUND', param: 'zoneCodes' });
    const script = await publisher
      .post('/api/policies')
      .send({ ...base, title: 't', category: 'tax', attachments: [{ name: 'x', url: 'javascript:alert(1)' }] })
      .expect(400);
    expect(script.body.param).toBe('attachments.0.url');
    const otherHost = await publisher
      .post('/api/policies')
      .send({ ...base, title: 't', category: 'tax', attachments: [{ name: 'x', url: '//evil.example/x.pdf' }] })
      .expect(400);
    expect(otherHost.body.param).toBe('attachments.0.url');
    await request(ctx.app).post('/api/policies').send({ ...base, title: 't', category: 'tax' }).expect(401);
    expect((await evaluator.post('/api/policies').send({ ...base, title: 't', category: 'tax' }).expect(403)).body.code).toBe('ROLE_FORBIDDEN');
    expect((await request(ctx.app).get('/api/policies').query({ q: 'x' }).expect(200)).body.total).toBe(0);
  });

  it('replaces a policy under optimistic locking and audits it', async () => {
    const current = await request(ctx.app).get(`/api/policies/${ids.zone}`).expect(200);
    expect(current.headers.etag).toBe('"1"');
    const body = { ...base, title: '晋中开发区产业人才英才计划', category: 'talent', issuer: '晋中开发区管委会', zoneCodes: ['G140702', 'S141002'] };
    expect((await put(publisher, `/api/policies/${ids.zone}`).send(body).expect(428)).body.code).toBe('PRECONDITION_REQUIRED');
    const updated = await put(publisher, `/api/policies/${ids.zone}`).set('If-Match', '"1"').send(body).expect(200);
    expect(updated.body).toMatchObject({ version: 2, title: '晋中开发区产业人才英才计划', exemptApplication: false });
    expect(updated.body.zones.map((z: { code: string }) => z.code)).toEqual(['G140702', 'S141002']);
    expect((await put(publisher, `/api/policies/${ids.zone}`).set('If-Match', '"1"').send(body).expect(412)).body.code).toBe('VERSION_MISMATCH');
    const { rows } = await ctx.db.query<{ action: string; actor: string }>(
      `SELECT action, actor FROM audit_log WHERE entity_type = 'policy' AND entity_id = $1 ORDER BY id`,
      [String(ids.zone)],
    );
    expect(rows).toEqual([
      { action: 'policy.created', actor: 'test-publisher' },
      { action: 'policy.updated', actor: 'test-publisher' },
    ]);
  });

  it('keeps one consultation record that the enterprise online and the hall desk both read', async () => {
    const online = await enterprise.post('/api/policy-consultations').send({ policyId: ids.province, question: '贴息是按合同签订日还是开工日起算？' }).expect(201);
    expect(online.body).toMatchObject({ askerUscc: OWN_USCC, askerName: '测试enterprise', askedChannel: 'ONLINE_PORTAL', status: 'pending', answer: null, public: false });

    const hall = await agent
      .post('/api/policy-consultations')
      .send({ policyId: ids.zone, question: '外省引进的技师能否先申请生活补贴？', askerUscc: OWN_USCC, askerName: '山西示范制造有限公司' })
      .expect(201);
    expect(hall.body).toMatchObject({ askedChannel: 'HALL_WINDOW', askedBy: 'test-agent', askerUscc: OWN_USCC });

    // The enterprise sees both, whichever channel they came in on; another enterprise sees neither.
    const mine = await enterprise.get('/api/policy-consultations').expect(200);
    expect(mine.body.items.map((c: { id: number }) => c.id).sort()).toEqual([online.body.id, hall.body.id].sort());
    expect((await otherEnterprise.get('/api/policy-consultations').expect(200)).body.total).toBe(0);
    await otherEnterprise.get(`/api/policy-consultations/${online.body.id}`).expect(404);
    await request(ctx.app).get(`/api/policy-consultations/${online.body.id}`).expect(404);
    // Staff at the hall and the evaluator read every question.
    const pending = await agent.get('/api/policy-consultations').query({ status: 'pending' }).expect(200);
    expect(pending.body.total).toBe(2);
    expect((await evaluator.get('/api/policy-consultations').expect(200)).body.total).toBe(2);

    const answered = await agent
      .post(`/api/policy-consultations/${online.body.id}/answer`)
      .send({ answer: '自首笔贷款发放之日起算，但须按承诺日期开工。', public: true })
      .expect(200);
    expect(answered.body).toMatchObject({ status: 'answered', answeredBy: 'test-agent', answeredChannel: 'HALL_WINDOW', public: true });
    expect((await enterprise.get(`/api/policy-consultations/${online.body.id}`).expect(200)).body.answer).toBe('自首笔贷款发放之日起算，但须按承诺日期开工。');

    // Published answers are the policy's FAQ for everyone, without who asked.
    const policy = await request(ctx.app).get(`/api/policies/${ids.province}`).expect(200);
    expect(policy.body.faq).toHaveLength(1);
    expect(policy.body.faq[0]).toMatchObject({ question: '贴息是按合同签订日还是开工日起算？', status: 'answered' });
    expect(policy.body.faq[0].askerUscc).toBeUndefined();
    expect((await request(ctx.app).get('/api/policy-consultations').expect(200)).body.total).toBe(1);

    await enterprise.post(`/api/policy-consultations/${online.body.id}/close`).expect(200);
    expect((await agent.post(`/api/policy-consultations/${online.body.id}/answer`).send({ answer: '补充' }).expect(409)).body.code).toBe('INVALID_TRANSITION');
    await otherEnterprise.post(`/api/policy-consultations/${hall.body.id}/close`).expect(404);
    expect((await evaluator.post(`/api/policy-consultations/${hall.body.id}/answer`).send({ answer: 'x' }).expect(403)).body.code).toBe('ROLE_FORBIDDEN');
    const { rows } = await ctx.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_type = 'consultation' ORDER BY id`);
    expect(rows.map((r) => r.action)).toEqual(['consultation.asked', 'consultation.asked', 'consultation.answered', 'consultation.closed']);
  });

  it('refuses questions without an asker, with a wrong USCC or on a channel the role does not use', async () => {
    expect((await agent.post('/api/policy-consultations').send({ question: '没有提问人的问题' }).expect(400)).body.code).toBe('ASKER_REQUIRED');
    const bad = await agent.post('/api/policy-consultations').send({ question: '信用代码错误的问题', askerName: '某企业', askerUscc: '91140100MA0K3C7A05' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'USCC_INVALID', param: 'uscc' });
    expect((await enterprise.post('/api/policy-consultations').send({ question: '企业走窗口渠道？', channel: 'HALL_WINDOW' }).expect(400)).body.code).toBe('CHANNEL_NOT_ALLOWED');
    expect((await enterprise.post('/api/policy-consultations').send({ question: '不存在的政策', policyId: 999999 }).expect(422)).body.code).toBe('POLICY_NOT_FOUND');
    expect((await enterprise.post('/api/policy-consultations').send({ question: '短' }).expect(400)).body.param).toBe('question');
    expect((await evaluator.post('/api/policy-consultations').send({ question: '评估机构提问？', askerName: 'x' }).expect(403)).body.code).toBe('ROLE_FORBIDDEN');
  });
});
