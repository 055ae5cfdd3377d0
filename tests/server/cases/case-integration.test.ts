// A case against the outside world: the investment platform's filing status on opening, item statuses
// delivered to the engineering approval platform through the outbox (fake peers on real HTTP servers),
// the printable receipt and result notice, and a deadline past the calendar's data (422).
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/src/app';
import { casesRouter } from '../../../server/src/cases/cases.routes';
import { errorHandler } from '../../../server/src/http/error-handler';
import { createLogger } from '../../../server/src/logger';
import { deliverDueMessages } from '../../../server/src/outbox/outbox-delivery';
import { sessionMiddleware } from '../../../server/src/users/session.middleware';
import { sessionRouter } from '../../../server/src/users/session.routes';
import { interconnectTo, startFakeApprovalPlatform, startFakeInvestmentPlatform, type FakeInvestmentPlatform, type FakeReceiver } from '../../support/fake-peers';
import { TEST_PASSWORD } from '../../support/staff-session';
import { ENGINES } from '../../support/test-db';
import { HAS_POPPLER, POPPLER_MISSING, compact, decodeQr, pdfPages, renderPagePng, saveArtifact } from '../pdf/poppler';
import { casesContext, hallCase, USCC } from './case-fixtures';

const FILED = '2026-140702-39-03-000123';

describe.each(ENGINES)('agency cases and the outside world on $name', (engine) => {
  const ctx = casesContext(engine);
  let investment: FakeInvestmentPlatform;
  let approval: FakeReceiver;

  beforeAll(async () => {
    investment = await startFakeInvestmentPlatform([
      { code: FILED, name: '精密轴承生产线项目', uscc: USCC, industryCode: '39', filingStatus: 'filed', filedAt: '2026-09-20' },
    ]);
    approval = await startFakeApprovalPlatform();
  });
  afterAll(async () => {
    await investment?.close();
    await approval?.close();
  });

  const connectedApp = () =>
    createApp({ db: ctx.db, config: { PUBLIC_URL: 'https://atlas.example.cn' }, log: createLogger('silent'), interconnect: interconnectTo({ investment, approval }) });

  it('stores the project’s filing status from the investment platform when a case opens', async () => {
    const app = connectedApp();
    const agent = request.agent(app);
    const session = await agent.post('/api/session').send({ username: 'test-agent', password: TEST_PASSWORD }).expect(200);
    const open = (extra: object) => agent.post('/api/cases').set('X-CSRF-Token', session.body.csrfToken).send(hallCase('2026-10-12T09:00:00+08:00', extra));
    const filed = await open({}).expect(201);
    expect(filed.body.project).toMatchObject({ code: FILED, filingStatus: 'filed' });
    expect(filed.body.url).toBe(`https://atlas.example.cn/cases/${filed.body.code}`);
    expect(filed.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['case_created', 'filing_checked']);
    expect(investment.requests.at(-1)).toMatchObject({ method: 'GET', path: `/projects/${FILED}` });
    const unknown = await open({ projectCode: '2026-140702-39-03-999999' }).expect(201);
    expect(unknown.body.project.filingStatus).toBe('not_found');
    // Without a configured platform the case still opens; the status says it was not checked.
    expect((await ctx.agent.post('/api/cases').send(hallCase('2026-10-12T09:00:00+08:00')).expect(201)).body.project.filingStatus).toBe('not_checked');
  });

  it('delivers each item status to the engineering approval platform, at least once', async () => {
    const { body } = await ctx.agent.post('/api/cases').send(hallCase('2026-10-13T09:00:00+08:00', { items: ['YDGH'] })).expect(201);
    await ctx.agent.post(`/api/cases/${body.code}/items/YDGH/transitions`).set('If-Match', '"1"').send({ to: 'submitted', occurredAt: '2026-10-13T10:00:00+08:00' }).expect(200);
    const run = await deliverDueMessages(ctx.db, interconnectTo({ approval }).targets);
    expect(run.delivered).toBeGreaterThanOrEqual(1);
    const mine = approval.stored.filter((m) => (m.body.event as { caseCode: string }).caseCode === body.code);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body.event).toMatchObject({ caseCode: body.code, itemCode: 'YDGH', status: 'submitted', channel: 'HALL_WINDOW', projectCode: FILED, uscc: USCC });
  });

  it('prints the receipt and the result notice from the same case, with its QR code', async () => {
    const { body } = await ctx.agent.post('/api/cases').send(hallCase('2026-10-14T09:00:00+08:00', { items: ['YDGH', 'GCGH'] })).expect(201);
    await ctx.agent.post(`/api/cases/${body.code}/items/YDGH/transitions`).set('If-Match', '"1"').send({ to: 'submitted', occurredAt: '2026-10-14T10:00:00+08:00' }).expect(200);
    const receipt = await request(ctx.app).get(`/api/cases/${body.code}/receipt.pdf`).expect(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(receipt.headers['content-disposition']).toContain(`receipt-${body.code}.pdf`);
    expect(Buffer.from(receipt.body).subarray(0, 5).toString()).toBe('%PDF-');
    const notice = await ctx.agent.get(`/api/cases/${body.code}/result-notice.pdf`).expect(200);
    expect(notice.headers['content-type']).toBe('application/pdf');
    if (!HAS_POPPLER) {
      console.warn(POPPLER_MISSING);
      return;
    }
    const text = compact(pdfPages(Buffer.from(receipt.body)).join(''));
    expect(text).toContain(body.code);
    expect(text).toContain('建设用地规划许可证核发');
    expect(text).toContain('电子证照库');
    expect(text).toContain('建设工程设计方案（总平面图）'); // still to supply for GCGH
    const qr = decodeQr(renderPagePng(Buffer.from(receipt.body), 1));
    expect(qr).toMatch(new RegExp(`/cases/${body.code}$`));
    saveArtifact('case-receipt-http.pdf', receipt.body);
    expect(compact(pdfPages(Buffer.from(notice.body)).join(''))).toContain('办理中');
  });

  it('answers 422 CALENDAR_NOT_COVERED when a deadline falls in a year without holiday data', async () => {
    // The same router on a clock at the end of the last covered year: 5 working days run into the next year.
    const app = express();
    app.use(express.json());
    app.use(sessionMiddleware(ctx.db));
    app.use('/api/session', sessionRouter(ctx.db));
    app.use('/api/cases', casesRouter(ctx.db, { now: () => new Date('2026-12-29T02:00:00Z') }));
    app.use(errorHandler(createLogger('silent')));
    const agent = request.agent(app);
    const session = await agent.post('/api/session').send({ username: 'test-agent', password: TEST_PASSWORD }).expect(200);
    const csrf = session.body.csrfToken as string;
    const { body } = await agent.post('/api/cases').set('X-CSRF-Token', csrf).send(hallCase('2026-12-28T09:00:00+08:00', { items: ['YDGH'] })).expect(201);
    await agent.post(`/api/cases/${body.code}/items/YDGH/transitions`).set('X-CSRF-Token', csrf).set('If-Match', '"1"').send({ to: 'submitted' }).expect(200);
    const res = await agent.post(`/api/cases/${body.code}/items/YDGH/transitions`).set('X-CSRF-Token', csrf).set('If-Match', '"2"').send({ to: 'accepted_with_deficiency', supplementDueOn: '2027-01-15' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'CALENDAR_NOT_COVERED', year: 2027 });
    // Nothing half-written: the item is still submitted.
    expect((await agent.get(`/api/cases/${body.code}`).expect(200)).body.items[0].status).toBe('submitted');
  });
});
