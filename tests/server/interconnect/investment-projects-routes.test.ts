// GET /api/investment-projects/:code through the real application, against a fake platform.
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { createLogger } from '../../../server/src/logger';
import { interconnectTo, startFakeInvestmentPlatform, type FakeInvestmentPlatform } from '../../support/fake-peers';
import { signIn, type Session } from '../../support/staff-session';
import { ENGINES } from '../../support/test-db';

describe.each(ENGINES)('investment project look-up API on $name', (engine) => {
  let db: Db;
  let platform: FakeInvestmentPlatform;
  let app: Express;
  let agent: Session;

  beforeAll(async () => {
    db = await engine.open('empty');
    platform = await startFakeInvestmentPlatform();
    app = createApp({ db, config: { PUBLIC_URL: undefined }, log: createLogger('silent'), interconnect: interconnectTo({ investment: platform, timeoutMs: 500 }) });
    agent = await signIn(app, db, 'agent');
  });
  afterAll(async () => {
    await platform.close();
    await db.close();
  });

  it('answers the project with its code parts', async () => {
    const res = await agent.get('/api/investment-projects/2026-140105-34-03-123456').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({
      code: '2026-140105-34-03-123456',
      name: '山西智能装备制造产业园项目',
      uscc: '91140100MA0K2Y1X5F',
      industryCode: '34',
      filingStatus: 'filed',
      filedAt: '2026-03-02T10:15:00+08:00',
      parts: { year: 2026, divisionCode: '140105', industryCode: '34', projectType: '03', serial: '123456' },
    });
  });

  it('refuses a malformed code with 400 PROJECT_CODE_INVALID and the reason', async () => {
    const res = await agent.get('/api/investment-projects/2026-140105-34-07-123456').expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'PROJECT_CODE_INVALID', param: 'code', reason: 'PROJECT_CODE_TYPE' });
    expect(res.body.detail).toContain('项目代码');
  });

  it('answers 404 PROJECT_NOT_FOUND for an unknown project', async () => {
    expect((await agent.get('/api/investment-projects/2026-140105-34-03-999999').expect(404)).body).toMatchObject({ code: 'PROJECT_NOT_FOUND' });
  });

  it('answers 503 PLATFORM_UNAVAILABLE, never 500, when the platform fails or hangs', async () => {
    for (const mode of [500, 'hang', 'reset'] as const) {
      platform.failNext(1, mode);
      const res = await agent.get('/api/investment-projects/2026-140105-34-03-123456').expect(503);
      expect(res.body.code).toBe('PLATFORM_UNAVAILABLE');
      expect(res.body.detail).toContain('投资项目在线审批监管平台');
      expect(res.headers['retry-after']).toBe('30');
    }
  });

  it('answers 503 PLATFORM_NOT_CONFIGURED without INVESTMENT_PLATFORM_URL', async () => {
    const bare = createApp({ db, config: { PUBLIC_URL: undefined }, log: createLogger('silent') });
    const res = await (await signIn(bare, db, 'publisher')).get('/api/investment-projects/2026-140105-34-03-123456').expect(503);
    expect(res.body).toMatchObject({ code: 'PLATFORM_NOT_CONFIGURED' });
    expect(res.body.detail).toContain('INVESTMENT_PLATFORM_URL');
  });

  it('is described in the OpenAPI document with the outbox endpoints', async () => {
    const paths = (await request(app).get('/api/openapi.json').expect(200)).body.paths;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/investment-projects/{code}', '/api/outbox', '/api/outbox/{id}/retry']));
    expect(paths['/api/outbox'].get.parameters.find((p: { name: string }) => p.name === 'state').schema.enum).toEqual(['pending', 'failing', 'delivered']);
  });

  it('needs a signed-in role other than evaluator', async () => {
    await request(app).get('/api/investment-projects/2026-140105-34-03-123456').expect(401);
    expect((await (await signIn(app, db, 'evaluator')).get('/api/investment-projects/2026-140105-34-03-123456').expect(403)).body.code).toBe('ROLE_FORBIDDEN');
  });
});
