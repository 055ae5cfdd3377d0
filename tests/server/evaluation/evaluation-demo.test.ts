// The embedded demo gives the evaluation something to show: four finished quarters with data,
// zones that differ, the evaluator's findings with actions, and the policy library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { Db } from '../../../server/src/db/db';
import { POLICY_CATEGORY_CODES } from '../../../server/src/policies/policy-categories';
import { type Session, signIn } from '../../support/staff-session';
import { testApp } from '../../support/test-app';
import { ENGINES } from '../../support/test-db';
import request from 'supertest';

type Metric = { key: string; value: number | null; denominator: number };

describe.each(ENGINES)('the demo evaluation on $name', (engine) => {
  let db: Db;
  let app: Express;
  let evaluator: Session;

  beforeAll(async () => {
    db = await engine.open('demo');
    app = testApp(db);
    evaluator = await signIn(app, db, 'evaluator');
  });
  afterAll(() => db?.close());

  const metrics = async (quarter: string, scope: string) => {
    const res = await evaluator.get(`/api/evaluation/metrics?quarter=${quarter}&scope=${scope}`).expect(200);
    return { score: res.body.score.overall as number | null, byKey: Object.fromEntries((res.body.metrics as Metric[]).map((m) => [m.key, m])) };
  };

  it('has data in each of the four quarters 2025Q4–2026Q3', async () => {
    const trend = await evaluator.get('/api/evaluation/trend?scope=14&from=2025Q4&to=2026Q3').expect(200);
    expect(trend.body.quarters).toHaveLength(4);
    for (const q of trend.body.quarters) {
      expect(q.overall, q.quarter).not.toBeNull();
      expect(q.metrics.items_within_limit.denominator, q.quarter).toBeGreaterThan(0);
      expect(q.metrics.parcel_record_complete.denominator, q.quarter).toBeGreaterThan(0);
    }
    // Publication history reaches back before the window: parcels approved and published in the quarters.
    expect(trend.body.quarters.some((q: { metrics: Record<string, Metric> }) => (q.metrics.parcel_publish_within_limit?.denominator ?? 0) > 0)).toBe(true);
  });

  it('shows the zones differing: 晋中 finishes on time more often and reuses more than 临汾', async () => {
    const jinzhong = await metrics('2026Q3', 'G140702');
    const linfen = await metrics('2026Q3', 'S141002');
    expect(jinzhong.byKey.items_within_limit?.value).toBeGreaterThan(linfen.byKey.items_within_limit?.value ?? 1);
    expect(jinzhong.score).toBeGreaterThan(linfen.score ?? 100);
    const regions = await evaluator.get('/api/evaluation/regions?quarter=2026Q3&scope=14').expect(200);
    expect(regions.body.regions.length).toBeGreaterThanOrEqual(9);
    const scores = regions.body.regions.map((r: { overall: number | null }) => r.overall).filter((s: number | null) => s !== null);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(5);
  });

  it('carries the evaluator\'s findings and the actions set from them into the reports', async () => {
    const findings = await evaluator.get('/api/evaluation/findings').expect(200);
    expect(findings.body.items.length).toBeGreaterThanOrEqual(4);
    const report = await evaluator.get('/api/evaluation/reports/2026Q3?scope=S141002').expect(200);
    const due = report.body.actions.find((a: { targetQuarter: string }) => a.targetQuarter === '2026Q3');
    expect(due).toMatchObject({ metricKey: 'items_within_limit', status: 'done', result: { quarter: '2026Q3', final: true } });
    expect(typeof due.result.met).toBe('boolean');
  });

  it('discloses policies in every category, some granted without application', async () => {
    const all = await request(app).get('/api/policies?limit=100').expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(20);
    expect(new Set(all.body.items.map((p: { category: string }) => p.category))).toEqual(new Set(POLICY_CATEGORY_CODES));
    expect(all.body.items.some((p: { exemptApplication: boolean }) => p.exemptApplication)).toBe(true);
    expect(all.body.items.some((p: { validity: string }) => p.validity === 'expired')).toBe(true);
    const forParcel = await request(app).get('/api/policies?parcel=140981-2026-0002&validity=current').expect(200);
    expect(forParcel.body.items.map((p: { title: string }) => p.title)).toContain('原平经济技术开发区标准厂房租金补贴办法');
    const faq = await request(app).get('/api/policy-consultations').expect(200);
    expect(faq.body.total).toBe(3);
  });
});
