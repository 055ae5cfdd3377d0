// The report in its download formats: the PDF renderer's model (server/src/pdf) and spreadsheet
// sheets (server/src/spreadsheet) for xlsx and CSV. Pure mapping, no database.
import { FINDING_SEVERITIES } from './finding';
import type { EvaluationMetricRow, EvaluationReportPdfModel, ImprovementActionRow } from '../pdf';
import type { SpreadsheetCell, SpreadsheetSheet } from '../spreadsheet';
import { metricSpec } from './metric-catalog';
import { DIMENSION_CODES, type MetricResult } from './metric';
import { DIMENSION_LABELS, type EvaluationReport, type WeakestMetric } from './evaluation-report';
import type { ImprovementAction } from '../improvement-actions/improvement-action';

export const NO_DATA = '无数据';

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** A metric value as people read it: 87.5%, 3.25 个工作日, 无数据. */
export function formatMetricValue(value: number | null, unit: MetricResult['unit']): string {
  if (value === null) return NO_DATA;
  return unit === 'ratio' ? `${round(value * 100, 1)}%` : `${round(value, 2)} 个工作日`;
}

const formatScore = (score: number | null) => (score === null ? NO_DATA : String(round(score, 1)));
const weakestText = (w: WeakestMetric | null) => (w === null ? '—' : `${w.nameZh} ${formatMetricValue(w.value, w.unit)}`);

/** "承诺时限内办结率 ≥ 95%（2026Q4，晋中市）" */
export function targetText(a: Pick<ImprovementAction, 'metricKey' | 'targetValue' | 'targetQuarter' | 'scope'>, scopeName?: string): string {
  const spec = metricSpec(a.metricKey);
  if (!spec) return `${a.metricKey} ${a.targetValue}`;
  const sign = spec.better === 'higher' ? '≥' : '≤';
  return `${spec.nameZh} ${sign} ${formatMetricValue(a.targetValue, spec.unit)}（${a.targetQuarter}，${scopeName ?? a.scope}）`;
}

const severityZh = (code: string) => FINDING_SEVERITIES.find((s) => s.code === code)?.labelZh ?? code;

function metricRow(m: MetricResult): EvaluationMetricRow {
  if (m.unit === 'ratio') return { dimension: m.dimension, name: m.nameZh, value: { kind: 'ratio', numerator: m.numerator ?? 0, denominator: m.denominator } };
  return { dimension: m.dimension, name: m.nameZh, value: { kind: 'quantity', value: m.value, unit: '个工作日', basis: `${m.denominator} 件` } };
}

export function toPdfModel(report: EvaluationReport, evaluator?: string): EvaluationReportPdfModel {
  const actions: ImprovementActionRow[] = report.actions.map((a) => ({
    target: targetText(a, a.scope === report.scope.code ? report.scope.name : undefined),
    measures: a.measures,
    owner: a.owner,
    deadline: a.deadline,
    status: a.status,
    targetMet: a.result?.final ? a.result.met : null,
  }));
  return {
    generatedAt: new Date(report.generatedAt),
    scopeName: report.scope.name,
    quarter: report.quarter,
    ...(evaluator ? { evaluator } : {}),
    overallScore: report.score.overall,
    dimensionScores: report.score.dimensions,
    metrics: report.metrics.map(metricRow),
    trend: {
      quarters: report.trend.map((t) => t.quarter),
      series: [
        { name: '综合得分', values: report.trend.map((t) => t.overall) },
        ...DIMENSION_CODES.map((d) => ({ name: DIMENSION_LABELS[d], values: report.trend.map((t) => t.dimensions[d]) })),
      ],
    },
    regionScores: [...report.regions].sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1)).map((r) => ({ region: r.name, score: r.overall })),
    worstRegions: report.worstRegions.map((r) => ({
      region: r.name,
      score: r.overall,
      weakestMetric: r.weakest?.nameZh ?? '—',
      weakestValue: r.weakest ? formatMetricValue(r.weakest.value, r.weakest.unit) : '—',
    })),
    findings: report.findings.map((f) => `【${severityZh(f.severity)}】${f.title}：${f.description}（${f.scope}）`),
    actions,
  };
}

const valueCell = (value: number | null, unit: MetricResult['unit']): SpreadsheetCell => (value === null ? NO_DATA : unit === 'ratio' ? round(value * 100, 2) : round(value, 2));
const unitText = (unit: MetricResult['unit']) => (unit === 'ratio' ? '%' : '工作日');
const scoreCell = (score: number | null): SpreadsheetCell => (score === null ? NO_DATA : round(score, 2));

/** The metric table with the scores on top: the CSV export and the xlsx's first sheet. */
export function metricsSheet(report: EvaluationReport): SpreadsheetSheet {
  const rows: SpreadsheetCell[][] = [
    ['综合', '综合得分 S', '各维度得分按权重加权', `Σ 权重×维度得分`, null, null, scoreCell(report.score.overall), '分'],
    ...DIMENSION_CODES.map((d): SpreadsheetCell[] => [DIMENSION_LABELS[d], `${DIMENSION_LABELS[d]}得分`, `权重 ${report.weights[d]}`, '计分指标的平均值', null, null, scoreCell(report.score.dimensions[d]), '分']),
    ...report.metrics.map((m): SpreadsheetCell[] => [DIMENSION_LABELS[m.dimension], m.nameZh, m.definitionZh, m.formulaZh, m.numerator, m.denominator, valueCell(m.value, m.unit), unitText(m.unit)]),
  ];
  return {
    name: '指标得分',
    columns: [
      { header: '维度', width: 8 },
      { header: '指标', width: 28 },
      { header: '定义', width: 60 },
      { header: '计算公式', width: 36 },
      { header: '分子' },
      { header: '分母' },
      { header: '数值' },
      { header: '单位', width: 8 },
    ],
    rows,
  };
}

export function reportSheets(report: EvaluationReport): SpreadsheetSheet[] {
  return [
    metricsSheet(report),
    {
      name: '季度趋势',
      columns: [{ header: '季度' }, { header: '综合得分' }, ...DIMENSION_CODES.map((d) => ({ header: DIMENSION_LABELS[d] }))],
      rows: report.trend.map((t) => [t.quarter, scoreCell(t.overall), ...DIMENSION_CODES.map((d) => scoreCell(t.dimensions[d]))]),
    },
    {
      name: '地区对比',
      columns: [{ header: '地区代码' }, { header: '地区', width: 24 }, { header: '综合得分' }, ...DIMENSION_CODES.map((d) => ({ header: DIMENSION_LABELS[d] })), { header: '最弱指标', width: 36 }],
      rows: report.regions.map((r) => [r.code, r.name, scoreCell(r.overall), ...DIMENSION_CODES.map((d) => scoreCell(r.dimensions[d])), weakestText(r.weakest)]),
    },
    {
      name: '问题事项',
      columns: [{ header: '事项编码' }, { header: '事项', width: 28 }, { header: '办结数' }, { header: '按时办结数' }, { header: '按时办结率(%)' }, { header: '在办数' }, { header: '超期在办数' }],
      rows: report.worstItems.map((i) => [i.itemCode, i.itemName, i.finished, i.onTime, i.onTimeRate === null ? NO_DATA : round(i.onTimeRate * 100, 2), i.openItems, i.overdueOpen]),
    },
    {
      name: '评估发现',
      columns: [{ header: '编号' }, { header: '季度' }, { header: '范围' }, { header: '程度' }, { header: '问题', width: 30 }, { header: '说明', width: 60 }, { header: '提出人' }],
      rows: report.findings.map((f) => [f.id, f.quarter, f.scope, severityZh(f.severity), f.title, f.description, f.createdBy]),
    },
    {
      name: '改进措施',
      columns: [{ header: '编号' }, { header: '改进目标', width: 40 }, { header: '措施', width: 50 }, { header: '责任单位', width: 20 }, { header: '时限' }, { header: '状态' }, { header: '目标季度实际值' }, { header: '是否达成' }],
      rows: report.actions.map((a) => [
        a.id,
        targetText(a),
        a.measures,
        a.owner,
        a.deadline,
        ({ planned: '计划中', in_progress: '推进中', done: '已完成', overdue: '已逾期' } as const)[a.status],
        a.result === null ? '待评估' : formatMetricValue(a.result.value, metricSpec(a.metricKey)?.unit ?? 'ratio'),
        a.result === null || a.result.met === null ? '待评估' : a.result.met ? (a.result.final ? '已达成' : '已达成（季度未结束）') : a.result.final ? '未达成' : '未达成（季度未结束）',
      ]),
    },
  ];
}
