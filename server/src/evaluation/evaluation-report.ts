// The quarterly report of a scope (guide §7): score and metric table, the trend over the last four
// quarters, the regions one level down compared, the weakest regions and items, the quarter's
// findings, and the improvement actions due in it — with whether their targets were met.
import type { Db } from '../db/db';
import { listActions } from '../improvement-actions/improvement-actions.service';
import type { ImprovementAction } from '../improvement-actions/improvement-action';
import { DIMENSIONS, type Dimension, type MetricResult } from './metric';
import { evaluateRegions, evaluateScope, evaluateTrend, type EvaluationSettings } from './evaluation.service';
import { listFindings, type Finding } from './findings';
import { quartersBetween, shiftQuarter, type Quarter } from './quarter';
import type { Scope, ScopeKind } from './scope';
import type { Score } from './score';
import { type ItemPerformance, weakestMetric, worstItems, worstRegions } from './worst';

export const REPORT_TITLE = '线上线下融合评估报告';
/** Quarters the report's trend covers, ending with its own. */
export const REPORT_TREND_QUARTERS = 4;

const QUARTER_ZH = ['', '第一季度', '第二季度', '第三季度', '第四季度'];
export const quarterLabelZh = (q: Quarter) => `${q.year}年${QUARTER_ZH[q.q]}`;

export interface ScoreSummary {
  overall: number | null;
  dimensions: Record<Dimension, number | null>;
}

export const summaryOf = (score: Score): ScoreSummary => ({
  overall: score.overall,
  dimensions: Object.fromEntries(score.dimensions.map((d) => [d.dimension, d.score])) as Record<Dimension, number | null>,
});

export interface WeakestMetric {
  key: string;
  nameZh: string;
  value: number | null;
  unit: MetricResult['unit'];
}

const weakestOf = (m: MetricResult | null): WeakestMetric | null => (m === null ? null : { key: m.key, nameZh: m.nameZh, value: m.value, unit: m.unit });

export interface RegionRow extends ScoreSummary {
  code: string;
  name: string;
  kind: ScopeKind;
  weakest: WeakestMetric | null;
  metrics: Record<string, { value: number | null; numerator: number | null; denominator: number }>;
}

export interface EvaluationReport {
  title: string;
  quarter: string;
  quarterLabelZh: string;
  scope: { code: string; kind: ScopeKind; name: string };
  asOf: string;
  /** The quarter is still running: figures may change. */
  provisional: boolean;
  generatedAt: string;
  weights: Record<Dimension, number>;
  score: ScoreSummary;
  metrics: MetricResult[];
  trend: ({ quarter: string } & ScoreSummary)[];
  regions: RegionRow[];
  worstRegions: { code: string; name: string; overall: number | null; weakest: WeakestMetric | null }[];
  worstItems: ItemPerformance[];
  findings: Finding[];
  /** Actions whose target falls in this quarter, and actions from this quarter's findings. */
  actions: ImprovementAction[];
}

export const metricMap = (metrics: readonly MetricResult[]) =>
  Object.fromEntries(metrics.map((m) => [m.key, { value: m.value, numerator: m.numerator, denominator: m.denominator }]));

export async function buildReport(db: Db, quarter: Quarter, scope: Scope, name: string, settings: EvaluationSettings): Promise<EvaluationReport> {
  const { ctx, records, evaluation } = await evaluateScope(db, quarter, scope, settings);
  const [regions, trend, findings, due, fromFindings] = await Promise.all([
    evaluateRegions(db, ctx, scope, records, settings),
    evaluateTrend(db, quartersBetween(shiftQuarter(quarter, 1 - REPORT_TREND_QUARTERS), quarter), scope, settings),
    listFindings(db, quarter.code, scope.code),
    listActions(db, { targetQuarter: quarter.code, scope: scope.code, findingId: null, statuses: null }, settings),
    listActions(db, { targetQuarter: null, scope: scope.code, findingId: null, statuses: null }, settings),
  ]);
  const actions = [...due, ...fromFindings.filter((a) => a.findingQuarter === quarter.code && a.targetQuarter !== quarter.code)];
  return {
    title: REPORT_TITLE,
    quarter: quarter.code,
    quarterLabelZh: quarterLabelZh(quarter),
    scope: { code: scope.code, kind: scope.kind, name },
    asOf: ctx.asOf,
    provisional: settings.now().getTime() < quarter.end.getTime(),
    generatedAt: settings.now().toISOString(),
    weights: { ...settings.weights },
    score: summaryOf(evaluation.score),
    metrics: evaluation.metrics,
    trend: trend.map((p) => ({ quarter: p.quarter, ...summaryOf(p.evaluation.score) })),
    regions: regions.map((r) => ({
      code: r.code,
      name: r.name,
      kind: r.kind,
      ...summaryOf(r.evaluation.score),
      weakest: weakestOf(weakestMetric(r.evaluation.metrics)),
      metrics: metricMap(r.evaluation.metrics),
    })),
    worstRegions: worstRegions(regions).map((r) => ({ code: r.code, name: r.name, overall: r.overall, weakest: weakestOf(r.weakest) })),
    worstItems: worstItems(records.caseItems, ctx),
    findings,
    actions,
  };
}

export const DIMENSION_LABELS = Object.fromEntries(DIMENSIONS.map((d) => [d.code, d.labelZh])) as Record<Dimension, string>;
