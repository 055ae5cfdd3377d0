// The evaluation through the real app on both engines: the small catalog plus evaluation-data.ts,
// every metric for 2026Q3 against hand-counted values, scopes, drill-down, trend, regions, reports in
// every format, findings by the evaluator, improvement actions and the evaluator's read-only role.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../server/src/evaluation/score';
import { smallCatalogApp } from '../../support/small-catalog';
import { type Session, signIn } from '../../support/staff-session';
import { ENGINES } from '../../support/test-db';
import { HAS_POPPLER, pdfPages } from '../pdf/poppler';
import { loadEvaluationData } from './evaluation-data';

type Metric = { key: string; numerator: number | null; denominator: number; value: number | null; noData: boolean };
const byKey = (metrics: Metric[]) => Object.fromEntries(metrics.map((m) => [m.key, m]));

const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

// Hand-counted 2026Q3, province-wide (see evaluation-data.ts):
const C = (1 / 3 + 13 / 13 + 1 / 2) / 3;
const K = (12 / 13 + 2 / 2 + 3 / 3 + 1 / 2) / 4;
// items within limit 1/2, overdue share 1/1 counts as 0, publish 1/2, credit 1/2, freshness 7/8.
const T = (1 / 2 + 0 + 1 / 2 + 1 / 2 + 7 / 8) / 5;
const S = DEFAULT_WEIGHTS.completeness * C * 100 + DEFAULT_WEIGHTS.consistency * K * 100 + DEFAULT_WEIGHTS.timeliness * T * 100;

describe.each(ENGINES)('evaluation on $name', (engine) => {
  const ctx = smallCatalogApp(engine);
  let publisher: Session;
  let evaluator: Session;
  let agent: Session;

  beforeAll(async () => {
    await loadEvaluationData(ctx.db);
    publisher = await signIn(ctx.app, ctx.db, 'publisher');
    evaluator = await signIn(ctx.app, ctx.db, 'evaluator');
    agent = await signIn(ctx.app, ctx.db, 'agent');
  });

  it('computes every metric of 2026Q3 for the province as counted by hand', async () => {
    const res = await evaluator.get('/api/evaluation/metrics?quarter=2026Q3&scope=14').expect(200);
    expect(res.body).toMatchObject({ quarter: '2026Q3', scope: { kind: 'province', code: '14', name: '山西省' }, asOf: '2026-09-30', provisional: false });
    const m = byKey(res.body.metrics);
    const share = (key: string, numerator: number, denominator: number) =>
      expect(m[key], key).toMatchObject({ numerator, denominator, value: numerator / denominator, noData: false });
    share('parcel_record_complete', 1, 3);
    share('item_catalog_complete', 13, 13);
    share('case_materials_reused', 1, 2);
    share('item_channel_consistency', 12, 13);
    share('case_status_consistency', 2, 2);
    share('parcel_publication_consistency', 3, 3);
    share('commitment_indicator_consistency', 1, 2);
    share('items_within_limit', 1, 2);
    share('overdue_open_items', 1, 1);
    share('parcel_publish_within_limit', 1, 2);
    share('credit_delivered_within_day', 1, 2);
    share('shared_data_freshness', 7, 8);
    expect(m.item_average_workdays).toMatchObject({ numerator: 9, denominator: 2, value: 4.5 });
    expect(m.item_p90_workdays).toMatchObject({ numerator: null, denominator: 2, value: 8 });
    expect(m.parcel_publish_average_workdays).toMatchObject({ numerator: 10, denominator: 2, value: 5 });
    const dims = Object.fromEntries(res.body.score.dimensions.map((d: { dimension: string; score: number }) => [d.dimension, d.score]));
    expect(dims.completeness).toBeCloseTo(C * 100, 9);
    expect(dims.consistency).toBeCloseTo(K * 100, 9);
    expect(dims.timeliness).toBeCloseTo(T * 100, 9);
    expect(res.body.score.overall).toBeCloseTo(S, 9);
    expect(res.body.metrics[0]).toMatchObject({ dimension: 'completeness', definitionZh: expect.stringContaining('已公开'), formulaZh: '信息完整的已公开地块数 ÷ 已公开地块数' });
  });

  it('narrows to a city, a county and a zone', async () => {
    const jinzhong = byKey((await publisher.get('/api/evaluation/metrics?quarter=2026Q3&scope=1407').expect(200)).body.metrics);
    expect(jinzhong.parcel_record_complete).toMatchObject({ numerator: 1, denominator: 2 });
    expect(jinzhong.item_channel_consistency).toMatchObject({ numerator: 13, denominator: 13 });
    expect(jinzhong.overdue_open_items).toMatchObject({ denominator: 0, value: null, noData: true });
    expect(jinzhong.shared_data_freshness).toMatchObject({ numerator: 5, denominator: 6 });
    const county = byKey((await publisher.get('/api/evaluation/metrics?quarter=2026Q3&scope=140702').expect(200)).body.metrics);
    expect(county.parcel_record_complete).toMatchObject({ numerator: 1, denominator: 2 });
    const linfen = await publisher.get('/api/evaluation/metrics?quarter=2026Q3&scope=S141002').expect(200);
    expect(linfen.body.scope).toEqual({ kind: 'zone', code: 'S141002', name: '临汾经济开发区' });
    const l = byKey(linfen.body.metrics);
    expect(l.parcel_record_complete).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    expect(l.case_materials_reused).toMatchObject({ numerator: 0, denominator: 1 });
    expect(l.items_within_limit).toMatchObject({ value: null, noData: true });
    expect(l.overdue_open_items).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('shows "no data" rather than dividing by zero for a quarter with nothing in it', async () => {
    const res = await evaluator.get('/api/evaluation/metrics?quarter=2025Q4&scope=14').expect(200);
    for (const m of res.body.metrics as Metric[]) {
      if (m.key === 'item_catalog_complete' || m.key === 'item_channel_consistency') continue; // the province-wide catalog
      expect(m, m.key).toMatchObject({ value: null, noData: true, denominator: 0 });
    }
    const dims = Object.fromEntries(res.body.score.dimensions.map((d: { dimension: string; score: number | null }) => [d.dimension, d.score]));
    expect(dims.timeliness).toBeNull();
    expect(res.body.score.overall).toBe(100);
  });

  it('documents its paths in the OpenAPI document', async () => {
    const res = await request(ctx.app).get('/api/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/evaluation/metrics', '/api/evaluation/metrics/{key}/records', '/api/evaluation/trend', '/api/evaluation/regions',
        '/api/evaluation/reports/{quarter}', '/api/evaluation/findings', '/api/improvement-actions', '/api/improvement-actions/{id}',
        '/api/policies', '/api/policies/{id}', '/api/policy-consultations',
      ]),
    );
  });

  it('refuses bad quarters and scopes with stable codes', async () => {
    expect((await evaluator.get('/api/evaluation/metrics?quarter=2026Q5').expect(400)).body).toMatchObject({ code: 'INVALID_QUARTER', param: 'quarter' });
    expect((await evaluator.get('/api/evaluation/metrics?scope=abc').expect(400)).body).toMatchObject({ code: 'INVALID_SCOPE', param: 'scope' });
    expect((await evaluator.get('/api/evaluation/metrics?scope=1401').expect(404)).body.code).toBe('SCOPE_NOT_FOUND');
    expect((await evaluator.get('/api/evaluation/metrics?quarter=2099Q1').expect(422)).body.code).toBe('QUARTER_NOT_STARTED');
    expect((await evaluator.get('/api/evaluation/metrics?quater=2026Q3').expect(400)).body.code).toBe('UNKNOWN_PARAMETER');
    expect((await evaluator.get('/api/evaluation/metrics/nope/records').expect(404)).body.code).toBe('METRIC_NOT_FOUND');
  });

  it('drills down to the records behind a metric, filtered by pass or fail', async () => {
    const res = await evaluator.get('/api/evaluation/metrics/items_within_limit/records?quarter=2026Q3&scope=14').expect(200);
    expect(res.body.metric).toMatchObject({ key: 'items_within_limit', numerator: 1, denominator: 2 });
    expect(res.body.total).toBe(2);
    const late = await evaluator.get('/api/evaluation/metrics/items_within_limit/records?quarter=2026Q3&scope=14&passed=false').expect(200);
    expect(late.body.items).toEqual([
      expect.objectContaining({
        label: 'DB1407022026000011 建设用地规划许可证核发',
        zoneCode: 'G140702',
        passed: false,
        value: 8,
        noteZh: '2026-07-01 受理，2026-07-13 办结，用时 8 个工作日，承诺 5 日（应于 2026-07-08 前）',
      }),
    ]);
    const commitments = await evaluator.get('/api/evaluation/metrics/commitment_indicator_consistency/records?quarter=2026Q3&passed=false').expect(200);
    expect(commitments.body.items.map((r: { id: string; noteZh: string }) => [r.id, r.noteZh])).toEqual([['CL2026000001', '绿地率承诺值弱于地块指标']]);
    const channels = await evaluator.get('/api/evaluation/metrics/item_channel_consistency/records?quarter=2026Q3&passed=false').expect(200);
    expect(channels.body.items[0]).toMatchObject({ id: 'YDGH', noteZh: '渠道不一致：政务服务网 承诺/法定 5/20 日；大厅窗口 承诺/法定 7/20 日' });
    const sample = await evaluator.get('/api/evaluation/metrics/parcel_publication_consistency/records?quarter=2026Q3').expect(200);
    expect(sample.body.items.map((r: { id: string }) => r.id)).toEqual(['140702-2025-0001', '140702-2025-0002', '141002-2024-0001']);
    expect(sample.body.items.every((r: { noteZh: string }) => r.noteZh === '目录、OGC API、矢量瓦片一致')).toBe(true);
  });

  it('follows the score over quarters and compares the cities', async () => {
    const trend = await evaluator.get('/api/evaluation/trend?scope=14&from=2026Q2&to=2026Q3').expect(200);
    expect(trend.body.quarters.map((q: { quarter: string }) => q.quarter)).toEqual(['2026Q2', '2026Q3']);
    expect(trend.body.quarters[1].overall).toBeCloseTo(S, 9);
    // By 2026Q2's end only the Linfen parcel was published (incomplete).
    expect(trend.body.quarters[0].metrics.parcel_record_complete).toEqual({ value: 0, numerator: 0, denominator: 1 });
    const regions = await evaluator.get('/api/evaluation/regions?quarter=2026Q3&scope=14').expect(200);
    expect(regions.body.childKind).toBe('city');
    expect(regions.body.regions.map((r: { code: string; name: string }) => [r.code, r.name])).toEqual([['1407', '晋中市'], ['1410', '临汾市']]);
    expect(regions.body.regions[0].metrics.parcel_record_complete).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    const zones = await evaluator.get('/api/evaluation/regions?quarter=2026Q3&scope=140702').expect(200);
    expect(zones.body.regions.map((r: { code: string }) => r.code)).toEqual(['G140702']);
    expect((await evaluator.get('/api/evaluation/regions?quarter=2026Q3&scope=G140702').expect(200)).body.regions).toEqual([]);
  });

  it('lets the evaluator add findings and nothing else', async () => {
    const finding = await evaluator
      .post('/api/evaluation/findings')
      .send({ quarter: '2026Q3', scope: '1407', metricKey: 'items_within_limit', severity: 'high', title: '规划许可超时', description: '建设用地规划许可证办理用时 8 个工作日，超过承诺 5 日。' })
      .expect(201);
    expect(finding.body).toMatchObject({ quarter: '2026Q3', scope: '1407', createdBy: 'test-evaluator', createdRole: 'evaluator', actionCount: 0 });
    expect((await evaluator.post('/api/evaluation/findings').send({ quarter: '2026Q3', scope: '1407', severity: 'x', title: 't', description: 'd' }).expect(400)).body.param).toBe(
      'severity',
    );
    expect((await evaluator.post('/api/evaluation/findings').send({ quarter: '2026Q3', scope: '1401', severity: 'low', title: 't', description: 'd' }).expect(404)).body.code).toBe(
      'SCOPE_NOT_FOUND',
    );
    const body = { findingId: finding.body.id, targetValue: 0.9, measures: '增设窗口', owner: '晋中开发区行政审批局', deadline: '2026-12-31' };
    for (const [method, url] of [
      ['post', '/api/improvement-actions'],
      ['patch', '/api/improvement-actions/1'],
      ['post', '/api/policies'],
      ['post', '/api/parcels/140702-2025-0001/lifecycle'],
    ] as const) {
      const res = await (method === 'post' ? evaluator.post(url) : evaluator.patch(url)).send(body);
      expect(res.status, url).toBe(403);
      expect(res.body.code).toBe('ROLE_FORBIDDEN');
    }
    // The evaluator reads findings, actions and reports; an enterprise or anonymous visitor does not.
    expect((await evaluator.get('/api/evaluation/findings?quarter=2026Q3&scope=14').expect(200)).body.items).toHaveLength(1);
    await request(ctx.app).get('/api/evaluation/metrics').expect(401);
    await request(ctx.app).get('/api/evaluation/reports/2026Q3').expect(401);
  });

  it('tracks improvement actions from a finding to whether the next report shows the target met', async () => {
    const finding = (await evaluator.get('/api/evaluation/findings?scope=1407').expect(200)).body.items[0];
    const next = await publisher
      .post('/api/improvement-actions')
      .send({ findingId: finding.id, targetValue: 0.9, measures: '规划许可并联审查', owner: '晋中开发区行政审批局', deadline: '2026-12-31' })
      .expect(201);
    // Defaults from the finding: its metric and scope, and the quarter after it.
    expect(next.body).toMatchObject({ metricKey: 'items_within_limit', scope: '1407', targetQuarter: '2026Q4', status: 'planned', version: 1 });
    expect(next.body.result).toMatchObject({ quarter: '2026Q4', final: false });

    const same = await publisher
      .post('/api/improvement-actions')
      .send({ findingId: finding.id, targetValue: 0.5, targetQuarter: '2026Q3', measures: '复盘本季度', owner: '评估办', deadline: '2026-09-30' })
      .expect(201);
    // Past its deadline and not done: overdue; 2026Q3's value 1/2 meets the target 0.5.
    expect(same.body).toMatchObject({ status: 'overdue', storedStatus: 'planned', result: { quarter: '2026Q3', value: 0.5, met: true, final: true } });

    expect((await publisher.post('/api/improvement-actions').send({ findingId: finding.id, targetValue: 95, measures: 'x', owner: 'y', deadline: '2026-12-31' }).expect(400)).body.code).toBe(
      'TARGET_OUT_OF_RANGE',
    );
    expect((await publisher.post('/api/improvement-actions').send({ findingId: 999999, targetValue: 0.9, measures: 'x', owner: 'y', deadline: '2026-12-31' }).expect(422)).body.code).toBe(
      'FINDING_NOT_FOUND',
    );

    const url = `/api/improvement-actions/${next.body.id}`;
    await agent.patch(url).send({ status: 'in_progress' }).expect(428);
    const moving = await agent.patch(url).set('If-Match', '"1"').send({ status: 'in_progress' }).expect(200);
    expect(moving.body).toMatchObject({ status: 'in_progress', version: 2 });
    expect((await agent.patch(url).set('If-Match', '"1"').send({ status: 'done' }).expect(412)).body.code).toBe('VERSION_MISMATCH');
    const done = await agent.patch(url).set('If-Match', '"2"').send({ status: 'done' }).expect(200);
    expect(done.body.status).toBe('done');
    expect(done.body.doneAt).not.toBeNull();
    expect((await agent.patch(url).set('If-Match', '"3"').send({ owner: '别人' }).expect(409)).body.code).toBe('ACTION_DONE');

    const overdue = await evaluator.get('/api/improvement-actions?status=overdue').expect(200);
    expect(overdue.body.items.map((a: { id: number }) => a.id)).toEqual([same.body.id]);
    const { rows } = await ctx.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_type IN ('evaluation_finding', 'improvement_action') ORDER BY id`);
    expect(rows.map((r) => r.action)).toEqual([
      'evaluation.finding_added',
      'improvement_action.created',
      'improvement_action.created',
      'improvement_action.updated',
      'improvement_action.updated',
    ]);

    // The 2026Q3 report of Jinzhong lists the finding and both actions, the one due in Q3 as met.
    const report = await evaluator.get('/api/evaluation/reports/2026Q3?scope=1407').expect(200);
    expect(report.body.findings.map((f: { id: number }) => f.id)).toEqual([finding.id]);
    expect(report.body.actions.map((a: { id: number; result: { met: boolean | null } }) => [a.id, a.result?.met])).toEqual([
      [same.body.id, true],
      [next.body.id, null],
    ]);
  });

  it('writes the quarterly report as JSON, PDF, xlsx and CSV', async () => {
    const json = await evaluator.get('/api/evaluation/reports/2026Q3?scope=14').expect(200);
    expect(json.body).toMatchObject({ title: '线上线下融合评估报告', quarter: '2026Q3', quarterLabelZh: '2026年第三季度', scope: { name: '山西省' }, provisional: false });
    expect(json.body.trend.map((t: { quarter: string }) => t.quarter)).toEqual(['2025Q4', '2026Q1', '2026Q2', '2026Q3']);
    expect(json.body.score.overall).toBeCloseTo(S, 9);
    expect(json.body.regions).toHaveLength(2);
    expect(json.body.worstRegions[0]).toMatchObject({ name: expect.any(String), weakest: expect.objectContaining({ key: expect.any(String) }) });
    expect(json.body.worstItems[0]).toMatchObject({ itemCode: 'YDGH', finished: 1, onTime: 0, onTimeRate: 0, openItems: 1, overdueOpen: 1 });

    const pdf = await evaluator.get('/api/evaluation/reports/2026Q3.pdf?scope=14').buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('filename*=');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    if (HAS_POPPLER) {
      const text = pdfPages(pdf.body as Buffer).join('\n');
      expect(text).toContain('线上线下融合评估报告');
      expect(text).toContain('2026 年第三季度');
      expect(text).toContain('承诺时限内办结率');
      expect(text).toContain('评估机构');
      expect(text).toContain('测试evaluator');
    }

    const xlsx = await publisher.get('/api/evaluation/reports/2026Q3.xlsx?scope=14').buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');

    const csv = await publisher.get('/api/evaluation/reports/2026Q3.csv?scope=14').buffer(true).parse(binary).expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF维度,指标,定义,计算公式,分子,分母,数值,单位\r\n')).toBe(true);
    expect(text).toContain('及时性,承诺时限内办结率,');
    expect(text).toContain(',1,2,50,%');
    expect((await evaluator.get('/api/evaluation/reports/2026Q3.docx').expect(404)).body.code).toBe('REPORT_NOT_FOUND');
  });
});
