// Opening and reading agency cases through HTTP: one case for the enterprise online and the agent at
// the hall, the same body on every channel (masked for the public), the desk list and bad input.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { maskCaseView } from '../../../server/src/cases/case-view';
import { validateCaseCode } from '../../../server/src/cases/case-code';
import { signIn } from '../../support/staff-session';
import { ENGINES } from '../../support/test-db';
import { casesContext, hallCase, OTHER_USCC, PARCEL, UNTRANSFERRED, USCC } from './case-fixtures';

// supertest serves each request on a new port, so the absolute URL differs by port only.
const samePage = (body: { url: string }) => ({ ...body, url: new URL(body.url).pathname });
const onlineCase = { parcelCode: PARCEL, projectName: '精密轴承生产线项目', contactName: '李晓东', contactPhone: '13803511234' };

describe.each(ENGINES)('agency cases on $name', (engine) => {
  const ctx = casesContext(engine);

  it('opens a case online from the standard-land bundle with a checked code and every item pending', async () => {
    const res = await ctx.enterprise.post('/api/cases').send(onlineCase).expect(201);
    const body = res.body;
    expect(validateCaseCode(body.code)).toMatchObject({ valid: true, parts: { divisionCode: '140702', year: Number(body.today.slice(0, 4)) } });
    expect(res.headers.location).toBe(`/api/cases/${body.code}`);
    expect(res.headers.etag).toBe('"1"');
    expect(body).toMatchObject({
      version: 1,
      status: 'open',
      originChannel: 'ONLINE_PORTAL',
      enterprise: { uscc: USCC, name: '山西汾河精密制造有限公司', legalRepresentative: '王建国' },
      parcel: { code: PARCEL, zoneCode: 'G140702', countyCode: '140702', status: 'transferred' },
      bundle: { code: 'standard-land' },
      confirmation: { method: 'online_account', confirmedBy: '测试enterprise' },
      assignedAgent: null,
      project: { code: null, filingStatus: 'not_checked' },
      progress: { total: 13, completed: 0, running: 0, overdue: 0 },
    });
    expect(body.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/cases/${body.code}$`));
    expect(body.items.map((i: { status: string }) => i.status)).toEqual(Array(13).fill('pending'));
    expect(body.timeline).toEqual([expect.objectContaining({ kind: 'case_created', channel: 'ONLINE_PORTAL', actor: 'case-ent', actorRole: 'enterprise', onBehalfOf: null })]);
    // The materials panel: shared sources are held; the licence never has to be uploaded.
    const ydgh = body.items.find((i: { itemCode: string }) => i.itemCode === 'YDGH');
    expect(ydgh.materials.map((m: { type: string; heldBy: string | null }) => [m.type, m.heldBy])).toEqual([
      ['business_licence', 'e-licence'], ['land_transfer_contract', 'parcel'], ['parcel_boundary_map', 'parcel'], ['commitment_letter', null],
    ]);
  });

  it('lets an agent record a case at the hall only with the applicant’s confirmation', async () => {
    const missing = await ctx.agent.post('/api/cases').send({ ...hallCase('2026-09-25T09:00:00+08:00'), confirmation: undefined }).expect(400);
    expect(missing.body).toMatchObject({ code: 'CONFIRMATION_REQUIRED', param: 'confirmation' });
    const res = await ctx.agent.post('/api/cases').send(hallCase('2026-09-25T09:00:00+08:00')).expect(201);
    expect(res.body).toMatchObject({
      originChannel: 'HALL_WINDOW',
      confirmation: { confirmedBy: '李晓东', method: 'signature_pad', confirmedAt: '2026-09-25T01:00:00.000Z' },
      assignedAgent: { username: 'test-agent', name: '测试agent' },
      createdAt: '2026-09-25T01:00:00.000Z',
      project: { code: '2026-140702-39-03-000123', filingStatus: 'not_checked' },
    });
    expect(res.body.timeline[0]).toMatchObject({ kind: 'case_created', channel: 'HALL_WINDOW', onBehalfOf: USCC });
    // The applicant sees the very same case, timeline included, in its portal.
    const mine = await ctx.enterprise.get(`/api/cases/${res.body.code}`).expect(200);
    expect(samePage(mine.body)).toEqual(samePage(res.body));
  });

  it('answers every channel with the same body, masking personal data for the public', async () => {
    const { body: created } = await ctx.agent.post('/api/cases').send(hallCase('2026-10-09T09:00:00+08:00', { contactName: '李晓东', contactPhone: '13803511234' })).expect(201);
    const asAgent = (await ctx.agent.get(`/api/cases/${created.code}`).expect(200)).body;
    const asPublic = (await request(ctx.app).get(`/api/cases/${created.code}`).expect(200)).body;
    const asOtherEnterprise = (await ctx.otherEnterprise.get(`/api/cases/${created.code}`).expect(200)).body;
    expect(samePage(asPublic)).toEqual(samePage(maskCaseView(asAgent)));
    expect(samePage(asOtherEnterprise)).toEqual(samePage(asPublic));
    expect(asPublic.contact).toEqual({ name: '李**', phone: '138****1234' });
    expect(asPublic.enterprise.legalRepresentative).toBeNull();
    expect(asPublic.confirmation.confirmedBy).toBe('李**');
    expect(asPublic.timeline[0].actor).toBeNull();
    // Everything else is identical: statuses, deadlines, timeline kinds and channels.
    expect(asPublic.items).toHaveLength(asAgent.items.length);
    expect(asPublic.timeline.map((e: { kind: string; channel: string }) => [e.kind, e.channel])).toEqual(asAgent.timeline.map((e: { kind: string; channel: string }) => [e.kind, e.channel]));
  });

  it('returns the same case for a repeated Idempotency-Key', async () => {
    const first = await ctx.agent.post('/api/cases').set('Idempotency-Key', 'hall-form-0001').send(hallCase('2026-10-12T09:00:00+08:00')).expect(201);
    const again = await ctx.agent.post('/api/cases').set('Idempotency-Key', 'hall-form-0001').send(hallCase('2026-10-12T09:00:00+08:00')).expect(200);
    expect(again.body.code).toBe(first.body.code);
    const reused = await ctx.enterprise.post('/api/cases').set('Idempotency-Key', 'hall-form-0001').send(onlineCase).expect(409);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses bad input with stable codes and writes nothing', async () => {
    const before = (await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]?.n;
    const cases: [object, number, string][] = [
      [{ ...hallCase('2026-10-12T09:00:00+08:00'), uscc: '91140700MA0L12B82A' }, 400, 'USCC_INVALID'],
      [{ ...hallCase('2026-10-12T09:00:00+08:00'), parcelCode: UNTRANSFERRED }, 409, 'PARCEL_NOT_TRANSFERRED'],
      [{ ...hallCase('2026-10-12T09:00:00+08:00'), parcelCode: '140702-2099-0001' }, 422, 'UNKNOWN_PARCEL'],
      [{ ...hallCase('2026-10-12T09:00:00+08:00'), uscc: '91140100MA0K3C7A04' }, 422, 'UNKNOWN_ENTERPRISE'],
      [{ ...hallCase('2026-10-12T09:00:00+08:00'), projectCode: '2026-140702-39-03' }, 400, 'INVALID_PROJECT_CODE'],
      [{ ...hallCase('2026-10-12T09:00:00+08:00'), items: ['YDGH', 'NOPE'] }, 400, 'UNKNOWN_APPROVAL_ITEM'],
      [{ ...hallCase('2026-10-12T09:00:00+08:00'), bundle: 'standard-land', items: ['YDGH'] }, 400, 'BUNDLE_OR_ITEMS'],
      [{ ...hallCase('2026-10-12T09:00:00+08:00'), channel: 'ONLINE_PORTAL' }, 400, 'CHANNEL_NOT_ALLOWED'],
      [{ ...hallCase('2099-01-01T09:00:00+08:00') }, 400, 'OCCURRED_AT_IN_FUTURE'],
      [{ ...hallCase('2026-10-12T09:00:00+08:00'), contactPhone: 'call me' }, 400, 'INVALID_PARAMETER'],
    ];
    for (const [body, status, code] of cases) {
      const res = await ctx.agent.post('/api/cases').send(body);
      expect([res.status, res.body.code], JSON.stringify(body)).toEqual([status, code]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const forOther = await ctx.enterprise.post('/api/cases').send({ ...onlineCase, uscc: OTHER_USCC }).expect(403);
    expect(forOther.body.code).toBe('NOT_OWN_ENTERPRISE');
    const backdated = await ctx.enterprise.post('/api/cases').send({ ...onlineCase, occurredAt: '2026-10-01T09:00:00+08:00' }).expect(400);
    expect(backdated.body.code).toBe('OCCURRED_AT_NOT_ALLOWED');
    expect((await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]?.n).toBe(before);
  });

  it('reads a case by a lower-case code and refuses a mistyped one by its check character', async () => {
    const { body } = await ctx.agent.post('/api/cases').send(hallCase('2026-10-13T09:00:00+08:00')).expect(201);
    await request(ctx.app).get(`/api/cases/${body.code.toLowerCase()}`).expect(200);
    const last = body.code.at(-1) === '0' ? '1' : '0';
    const typo = await request(ctx.app).get(`/api/cases/${body.code.slice(0, -1)}${last}`).expect(400);
    expect(typo.body).toMatchObject({ code: 'INVALID_CASE_CODE', reason: 'CASE_CODE_CHECK_CHARACTER', param: 'code' });
    expect((await request(ctx.app).get('/api/cases/DB1407022026999995').expect(404)).body.code).toBe('CASE_NOT_FOUND');
  });

  it('lets staff reassign a case and change its contact under If-Match, and keeps other enterprises out', async () => {
    const { body } = await ctx.agent.post('/api/cases').send(hallCase('2026-10-14T09:00:00+08:00')).expect(201);
    await signIn(ctx.app, ctx.db, 'agent', 'agent-two');
    const unknown = await ctx.agent.patch(`/api/cases/${body.code}`).set('If-Match', '"1"').send({ assignedAgent: 'nobody-here' }).expect(422);
    expect(unknown.body.code).toBe('UNKNOWN_AGENT');
    const res = await ctx.agent.patch(`/api/cases/${body.code}`).set('If-Match', '"1"').send({ assignedAgent: 'agent-two', contactPhone: '13912345678' }).expect(200);
    expect(res.body).toMatchObject({ version: 2, assignedAgent: { username: 'agent-two' }, contact: { phone: '13912345678' } });
    expect(res.body.timeline.at(-1)).toMatchObject({ kind: 'agent_assigned', data: { from: 'test-agent', to: 'agent-two' } });
    await ctx.agent.patch(`/api/cases/${body.code}`).set('If-Match', '"1"').send({ contactName: '王五' }).expect(412);
    expect((await ctx.enterprise.patch(`/api/cases/${body.code}`).set('If-Match', '"2"').send({ contactName: '王五' }).expect(403)).body.code).toBe('ROLE_FORBIDDEN');
    const foreign = await ctx.otherEnterprise.post(`/api/cases/${body.code}/items/XMBA/transitions`).set('If-Match', '"2"').send({ to: 'preparing' }).expect(403);
    expect(foreign.body.code).toBe('NOT_CASE_APPLICANT');
  });

  it('lists cases for the agent desk and an enterprise’s own cases only', async () => {
    const mine = await ctx.agent.get('/api/cases?mine=true&limit=2').expect(200);
    expect(mine.body.total).toBeGreaterThanOrEqual(4);
    expect(mine.body.items).toHaveLength(2);
    expect(mine.body.items.every((c: { assignedAgent: string }) => c.assignedAgent === 'test-agent')).toBe(true);
    const all = await ctx.agent.get('/api/cases?limit=200').expect(200);
    const online = all.body.items.find((c: { originChannel: string }) => c.originChannel === 'ONLINE_PORTAL');
    expect(online).toMatchObject({ uscc: USCC, enterpriseName: '山西汾河精密制造有限公司', zoneCode: 'G140702', items: { total: 13, completed: 0 } });
    expect((await ctx.agent.get('/api/cases?channel=ONLINE_PORTAL').expect(200)).body.total).toBe(1);
    expect((await ctx.agent.get('/api/cases?zone=S141002').expect(200)).body.total).toBe(0);
    expect((await ctx.agent.get(`/api/cases?parcel=${PARCEL}`).expect(200)).body.total).toBe(all.body.total);
    expect((await ctx.agent.get('/api/cases?parcel=140702-2025-0002').expect(200)).body.total).toBe(0);
    expect((await ctx.agent.get('/api/cases?q=汾河').expect(200)).body.total).toBe(all.body.total);
    expect((await ctx.otherEnterprise.get('/api/cases').expect(200)).body.total).toBe(0);
    expect((await ctx.enterprise.get(`/api/cases?uscc=${OTHER_USCC}`).expect(200)).body.total).toBe(all.body.total);
    expect((await ctx.agent.get('/api/cases?status=bogus').expect(400)).body.code).toBe('UNKNOWN_FILTER_VALUE');
    expect((await ctx.agent.get('/api/cases?colour=red').expect(400)).body.code).toBe('UNKNOWN_PARAMETER');
    await request(ctx.app).get('/api/cases').expect(401);
  });

  it('shows a parcel’s case progress to anyone, without the assigned agent', async () => {
    const staff = await ctx.agent.get(`/api/cases?parcel=${PARCEL}`).expect(200);
    const anon = await request(ctx.app).get(`/api/cases?parcel=${PARCEL}`).expect(200);
    expect(anon.body.total).toBe(staff.body.total);
    expect(anon.body.items.map((c: { code: string }) => c.code)).toEqual(staff.body.items.map((c: { code: string }) => c.code));
    expect(staff.body.items.some((c: { assignedAgent: string | null }) => c.assignedAgent !== null)).toBe(true);
    expect(anon.body.items.every((c: { assignedAgent: string | null; assignedAgentName: string | null }) => c.assignedAgent === null && c.assignedAgentName === null)).toBe(true);
    // Another enterprise looking at the parcel sees the same public progress, not just its own cases.
    expect((await ctx.otherEnterprise.get(`/api/cases?parcel=${PARCEL}`).expect(200)).body.total).toBe(staff.body.total);
  });
});
