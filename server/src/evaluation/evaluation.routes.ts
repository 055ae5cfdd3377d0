// /api/evaluation: metrics, drill-down, trend, region comparison, quarterly reports (JSON, PDF, xlsx,
// CSV) and findings. Staff and the third-party evaluator read everything; writing is limited to
// findings (route-roles.ts).
import { Router } from 'express';
import { auditActorOf } from '../audit/audit-context';
import type { Db } from '../db/db';
import { badParam, HttpError } from '../http/http-error';
import { intParam, rejectUnknownParams, stringParam, type RawQuery } from '../http/query-params';
import { renderEvaluationReportPdf } from '../pdf';
import { CSV_CONTENT_TYPE, writeCsv, writeXlsx, XLSX_CONTENT_TYPE } from '../spreadsheet';
import { assertRole, requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import { buildReport, metricMap, summaryOf } from './evaluation-report';
import { evaluateRegions, evaluateScope, evaluateTrend, type EvaluationSettings, quarterParam, scopeParam } from './evaluation.service';
import { addFinding, findingBodySchema, listFindings } from './findings';
import { definitionOf, METRICS, metricSpec } from './metric-catalog';
import { parseQuarter, quarterAt, quartersBetween, shiftQuarter } from './quarter';
import { childKind } from './scope';
import { metricsSheet, reportSheets, toPdfModel } from './report-formats';

/** Quarters the dashboard's trend shows by default, ending with the current one. */
export const TREND_DEFAULT_QUARTERS = 5;
const TREND_MAX_QUARTERS = 12;

const REPORT_FILE = /^(\d{4}Q[1-4])(?:\.(json|pdf|xlsx|csv))?$/;

export function evaluationRouter(db: Db, settings: EvaluationSettings): Router {
  const router = Router();
  const readers = ROUTE_ROLES['GET /api/evaluation/metrics'];

  router.get('/metrics', requireRole(...readers), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['quarter', 'scope']);
    const quarter = quarterParam(stringParam(query, 'quarter'), settings.now());
    const { scope, name } = await scopeParam(db, stringParam(query, 'scope'));
    const { ctx, evaluation } = await evaluateScope(db, quarter, scope, settings);
    res.json({
      quarter: quarter.code,
      scope: { ...scope, name },
      asOf: ctx.asOf,
      provisional: settings.now().getTime() < quarter.end.getTime(),
      weights: settings.weights,
      score: evaluation.score,
      metrics: evaluation.metrics,
    });
  });

  router.get('/metrics/:key/records', requireRole(...ROUTE_ROLES['GET /api/evaluation/metrics/:key/records']), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['quarter', 'scope', 'passed', 'limit', 'offset']);
    const spec = metricSpec(String(req.params.key));
    if (!spec) throw new HttpError(404, 'METRIC_NOT_FOUND', `No metric is called "${String(req.params.key)}".`, { param: 'key' });
    const quarter = quarterParam(stringParam(query, 'quarter'), settings.now());
    const { scope, name } = await scopeParam(db, stringParam(query, 'scope'));
    const passedText = stringParam(query, 'passed');
    if (passedText !== undefined && passedText !== 'true' && passedText !== 'false') throw badParam('passed', '"passed" must be true or false.');
    const limit = intParam(query, 'limit', 1, 500, 'LIMIT_OUT_OF_RANGE') ?? 100;
    const offset = intParam(query, 'offset', 0, 1_000_000) ?? 0;
    const { evaluation } = await evaluateScope(db, quarter, scope, settings);
    const metric = evaluation.metrics.find((m) => m.key === spec.key);
    const all = evaluation.drill.get(spec.key) ?? [];
    const rows = passedText === undefined ? all : all.filter((r) => r.passed === (passedText === 'true'));
    res.json({ quarter: quarter.code, scope: { ...scope, name }, metric, total: rows.length, limit, offset, items: rows.slice(offset, offset + limit) });
  });

  router.get('/trend', requireRole(...ROUTE_ROLES['GET /api/evaluation/trend']), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['scope', 'from', 'to']);
    const { scope, name } = await scopeParam(db, stringParam(query, 'scope'));
    const to = quarterParam(stringParam(query, 'to'), settings.now(), 'to');
    const fromText = stringParam(query, 'from');
    const from = fromText === undefined ? shiftQuarter(to, 1 - TREND_DEFAULT_QUARTERS) : quarterParam(fromText, settings.now(), 'from');
    const quarters = quartersBetween(from, to);
    if (quarters.length === 0) throw badParam('from', '"from" must not be after "to".');
    if (quarters.length > TREND_MAX_QUARTERS) throw badParam('from', `A trend covers at most ${TREND_MAX_QUARTERS} quarters.`);
    const points = await evaluateTrend(db, quarters, scope, settings);
    res.json({
      scope: { ...scope, name },
      quarters: points.map((p) => ({ quarter: p.quarter, ...summaryOf(p.evaluation.score), metrics: metricMap(p.evaluation.metrics) })),
    });
  });

  router.get('/regions', requireRole(...ROUTE_ROLES['GET /api/evaluation/regions']), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['quarter', 'scope']);
    const quarter = quarterParam(stringParam(query, 'quarter'), settings.now());
    const { scope, name } = await scopeParam(db, stringParam(query, 'scope'));
    const { ctx, records } = await evaluateScope(db, quarter, scope, settings);
    const regions = await evaluateRegions(db, ctx, scope, records, settings);
    res.json({
      quarter: quarter.code,
      scope: { ...scope, name },
      childKind: childKind(scope),
      regions: regions.map((r) => ({ code: r.code, name: r.name, kind: r.kind, ...summaryOf(r.evaluation.score), metrics: metricMap(r.evaluation.metrics) })),
    });
  });

  router.get('/metric-definitions', requireRole(...readers), (_req, res) => {
    res.json({ items: METRICS.map(definitionOf) });
  });

  router.get('/reports/:file', requireRole(...ROUTE_ROLES['GET /api/evaluation/reports/:quarter']), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['scope']);
    const m = REPORT_FILE.exec(String(req.params.file));
    if (!m || !parseQuarter(m[1] as string)) {
      throw new HttpError(404, 'REPORT_NOT_FOUND', 'Reports are named like 2026Q3, 2026Q3.pdf, 2026Q3.xlsx or 2026Q3.csv.', { param: 'quarter' });
    }
    const quarter = parseQuarter(m[1] as string) ?? quarterAt(settings.now());
    const format = m[2] ?? 'json';
    const { scope, name } = await scopeParam(db, stringParam(query, 'scope'));
    const report = await buildReport(db, quarter, scope, name, settings);
    const fileName = `${name}-${quarter.code}-线上线下融合评估报告`;
    res.setHeader('Cache-Control', 'private, no-store');
    if (format === 'json') {
      res.json(report);
    } else if (format === 'pdf') {
      const evaluator = req.user?.role === 'evaluator' ? req.user.displayName : undefined;
      res.type('application/pdf').attachment(`${fileName}.pdf`).send(await renderEvaluationReportPdf(toPdfModel(report, evaluator)));
    } else if (format === 'xlsx') {
      res.type(XLSX_CONTENT_TYPE).attachment(`${fileName}.xlsx`).send(Buffer.from(writeXlsx(reportSheets(report), { modifiedAt: new Date(report.generatedAt) })));
    } else {
      res.type(CSV_CONTENT_TYPE).attachment(`${fileName}.csv`).send(writeCsv(metricsSheet(report)));
    }
  });

  router.get('/findings', requireRole(...ROUTE_ROLES['GET /api/evaluation/findings']), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['quarter', 'scope']);
    const quarterText = stringParam(query, 'quarter');
    const quarter = quarterText === undefined ? null : quarterParam(quarterText, settings.now()).code;
    const scopeText = stringParam(query, 'scope');
    const scope = scopeText === undefined ? null : (await scopeParam(db, scopeText)).scope.code;
    res.json({ items: await listFindings(db, quarter, scope) });
  });

  router.post('/findings', async (req, res) => {
    const user = assertRole(req, ROUTE_ROLES['POST /api/evaluation/findings']);
    const body = findingBodySchema.parse(req.body ?? {});
    await scopeParam(db, body.scope);
    const finding = await addFinding(db, body, user, auditActorOf(req));
    res.status(201).setHeader('Location', `/api/evaluation/findings/${finding.id}`).json(finding);
  });

  return router;
}
