// Project look-up against a fake 投资项目在线审批监管平台: found, not found, and every way the platform
// can fail becomes "unavailable" — the call itself never throws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupInvestmentProject, projectUrl, readProjectAnswer } from '../../../server/src/interconnect/investment-platform';
import { startFakeInvestmentPlatform, type FakeInvestmentPlatform } from '../../support/fake-peers';

const FILED = '2026-140105-34-03-123456';

describe('investment platform look-up', () => {
  let platform: FakeInvestmentPlatform;
  const settings = (extra: { token?: string; timeoutMs?: number } = {}) => ({ baseUrl: platform.url, timeoutMs: 2000, ...extra });

  beforeAll(async () => {
    platform = await startFakeInvestmentPlatform();
  });
  afterAll(async () => {
    await platform.close();
  });

  it('finds a filed project and drops fields outside the interface', async () => {
    expect(await lookupInvestmentProject(FILED, settings())).toEqual({
      ok: true,
      project: {
        code: FILED,
        name: '山西智能装备制造产业园项目',
        uscc: '91140100MA0K2Y1X5F',
        industryCode: '34',
        filingStatus: 'filed',
        filedAt: '2026-03-02T10:15:00+08:00',
      },
    });
    const req = platform.requests.at(-1);
    expect(req).toMatchObject({ method: 'GET', path: `/projects/${FILED}` });
    expect(req?.headers.accept).toBe('application/json');
  });

  it('reports a revoked project as found, with its status', async () => {
    expect(await lookupInvestmentProject('2025-140702-39-03-000871', settings())).toMatchObject({ ok: true, project: { filingStatus: 'revoked', filedAt: '2025-08-20' } });
  });

  it('says not found for a well-formed code the platform does not know', async () => {
    expect(await lookupInvestmentProject('2026-140105-34-03-999999', settings())).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('checks the code before asking the platform', async () => {
    const before = platform.requests.length;
    expect(await lookupInvestmentProject('2026-140105-34-3-123456', settings())).toMatchObject({ ok: false, reason: 'invalid-code' });
    expect(platform.requests).toHaveLength(before);
  });

  it('says not configured without settings', async () => {
    expect(await lookupInvestmentProject(FILED, undefined)).toMatchObject({ ok: false, reason: 'not-configured' });
  });

  it.each([
    [500, /HTTP 500/],
    [503, /HTTP 503/],
    ['reset', /无法连接/],
    ['hang', /响应超时/],
  ] as const)('turns a platform failure (%s) into "unavailable"', async (mode, detail) => {
    platform.failNext(1, mode);
    const result = await lookupInvestmentProject(FILED, settings({ timeoutMs: 300 }));
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(result.ok ? '' : result.detail).toMatch(detail);
  });

  it('turns a refused connection into "unavailable"', async () => {
    expect(await lookupInvestmentProject(FILED, { baseUrl: 'http://127.0.0.1:9', timeoutMs: 2000 })).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('sends the shared token', async () => {
    platform.requireToken('jin-2026');
    try {
      expect(await lookupInvestmentProject(FILED, settings())).toMatchObject({ ok: false, reason: 'unavailable' });
      expect(await lookupInvestmentProject(FILED, settings({ token: 'jin-2026' }))).toMatchObject({ ok: true });
      expect(platform.requests.at(-1)?.headers.authorization).toBe('Bearer jin-2026');
    } finally {
      platform.requireToken(undefined);
    }
  });
});

describe('reading the platform answer', () => {
  const good = { code: FILED, name: '项目', uscc: '91140100MA0K2Y1X5F', industryCode: '34', filingStatus: 'approved', filedAt: null };

  it('accepts a project without a filing time yet', () => {
    expect(readProjectAnswer(FILED, 200, good)).toEqual({ ok: true, project: good });
  });

  it.each([
    ['an unknown filing status', { ...good, filingStatus: 'archived' }, /filingStatus/],
    ['a USCC with a wrong check digit', { ...good, uscc: '91140100MA0K2Y1X5A' }, /uscc/],
    ['a body that is not JSON', undefined, /body/],
    ['another project', { ...good, code: '2026-140105-34-03-000001' }, /另一个项目/],
  ])('treats %s as unavailable', (_what, body, detail) => {
    const result = readProjectAnswer(FILED, 200, body);
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(result.ok ? '' : result.detail).toMatch(detail);
  });

  it('builds the project URL under the base path, with or without a trailing slash', () => {
    expect(projectUrl('https://tzxm.shanxi.gov.cn/api/v1/', FILED)).toBe(`https://tzxm.shanxi.gov.cn/api/v1/projects/${FILED}`);
    expect(projectUrl('https://tzxm.shanxi.gov.cn/api/v1', FILED)).toBe(`https://tzxm.shanxi.gov.cn/api/v1/projects/${FILED}`);
  });
});
