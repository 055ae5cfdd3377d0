// 线上线下融合评估报告: the quarterly evaluation of online/offline integration for one scope
// (issue 8; GB/T 40756 framing in domain.md §5): scores, metrics with numerator and denominator,
// trend and region charts, the weakest regions, findings and improvement actions.
import { createA4Document, finishDocument } from './a4-document';
import { barChartHeight, drawBarChart } from './charts/bar-chart';
import { drawLineChart } from './charts/line-chart';
import { NO_DATA, formatBeijingTime, formatShare, quarterLabelZh } from './format';
import { drawKeyValueBlock } from './key-value-block';
import { decoratePages } from './page-decorations';
import { contentWidth, ensureSpace, moveBelow } from './page-layout';
import { drawTable } from './table';
import { documentTitle, note, numberedList, sectionHeading } from './text-blocks';

export const EVALUATION_REPORT_TITLE = '线上线下融合评估报告';

export type EvaluationDimension = 'completeness' | 'consistency' | 'timeliness';

export const EVALUATION_DIMENSION_LABELS: Record<EvaluationDimension, string> = {
  completeness: '完整性',
  consistency: '一致性',
  timeliness: '及时性',
};

/**
 * A share (printed as a percentage, 无数据 when the denominator is 0) or a quantity such as
 * 平均办理工作日 (null value → 无数据; basis e.g. "42 件").
 */
export type EvaluationMetricValue =
  | { kind: 'ratio'; numerator: number; denominator: number }
  | { kind: 'quantity'; value: number | null; unit: string; basis?: string };

export interface EvaluationMetricRow {
  dimension: EvaluationDimension;
  /** 按承诺时限办结率 */
  name: string;
  value: EvaluationMetricValue;
}

export type ImprovementActionStatus = 'planned' | 'in_progress' | 'done' | 'overdue';

export const IMPROVEMENT_ACTION_STATUS_LABELS: Record<ImprovementActionStatus, string> = {
  planned: '计划中',
  in_progress: '进行中',
  done: '已完成',
  overdue: '已逾期',
};

export interface ImprovementActionRow {
  /** Metric and value: 按承诺时限办结率 ≥ 95% */
  target: string;
  measures: string;
  owner: string;
  /** Already formatted (2026-12-31). */
  deadline: string;
  status: ImprovementActionStatus;
  /** Whether this quarter's value meets the target; null until it has been evaluated. */
  targetMet: boolean | null;
}

export interface EvaluationReportPdfModel {
  /** Printed in the footer and used as the PDF's creation date. */
  generatedAt: Date;
  /** 山西省太原市 or 山西转型综合改革示范区 */
  scopeName: string;
  /** 2026Q3 */
  quarter: string;
  /** 第三方评估机构, when one took part. */
  evaluator?: string;
  /** Scores 0–100; null = no data. */
  overallScore: number | null;
  dimensionScores: Record<EvaluationDimension, number | null>;
  metrics: readonly EvaluationMetricRow[];
  /** Scores over quarters: one series per line (综合, 完整性 …), values aligned with quarters. */
  trend: { quarters: readonly string[]; series: readonly { name: string; values: readonly (number | null)[] }[] };
  /** One bar per region (sub-division or zone), in the order given. */
  regionScores: readonly { region: string; score: number | null }[];
  worstRegions: readonly { region: string; score: number | null; weakestMetric: string; weakestValue: string }[];
  findings: readonly string[];
  actions: readonly ImprovementActionRow[];
}

const TREND_HEIGHT = 210;
const BARS_PER_CHART = 24;
const GOOD = '#1e7b34';
const BAD = '#b03a2e';

const score = (value: number | null) => (value === null ? NO_DATA : `${value.toFixed(1)} 分`);

function metricValue(value: EvaluationMetricValue): { shown: string; basis: string } {
  if (value.kind === 'ratio') return { shown: formatShare(value.numerator, value.denominator), basis: `${value.numerator} / ${value.denominator}` };
  return { shown: value.value === null ? NO_DATA : `${Number(value.value.toFixed(2))} ${value.unit}`, basis: value.basis ?? '—' };
}

function targetMetCell(met: boolean | null) {
  if (met === null) return '待评估';
  return met ? { text: '已达成', color: GOOD } : { text: '未达成', color: BAD };
}

export async function renderEvaluationReportPdf(model: EvaluationReportPdfModel): Promise<Buffer> {
  const period = quarterLabelZh(model.quarter);
  const doc = createA4Document({
    title: `${model.scopeName} ${period} ${EVALUATION_REPORT_TITLE}`,
    subject: '完整性、一致性、及时性评估',
    keywords: ['评估报告', model.quarter, model.scopeName],
    generatedAt: model.generatedAt,
  });

  documentTitle(doc, EVALUATION_REPORT_TITLE, `${model.scopeName} · ${period}`);

  sectionHeading(doc, '一、总体情况');
  drawKeyValueBlock(
    doc,
    [
      { label: '评估范围', value: model.scopeName },
      { label: '评估期', value: period },
      { label: '综合得分', value: score(model.overallScore) },
      ...(['completeness', 'consistency', 'timeliness'] as const).map((d) => ({ label: `${EVALUATION_DIMENSION_LABELS[d]}得分`, value: score(model.dimensionScores[d]) })),
      ...(model.evaluator ? [{ label: '评估机构', value: model.evaluator, wide: true }] : []),
    ],
    { pairsPerRow: 2 },
  );

  sectionHeading(doc, '二、指标得分');
  drawTable(doc, {
    columns: [
      { header: '维度', weight: 0.8, align: 'center' },
      { header: '指标', weight: 3 },
      { header: '取值', weight: 1.2, align: 'right' },
      { header: '分子 / 分母', weight: 1.4, align: 'right' },
    ],
    rows: model.metrics.map((m) => {
      const { shown, basis } = metricValue(m.value);
      return [EVALUATION_DIMENSION_LABELS[m.dimension], m.name, shown === NO_DATA ? { text: shown, color: '#777777' } : shown, basis];
    }),
    emptyText: NO_DATA,
  });

  sectionHeading(doc, '三、季度趋势', TREND_HEIGHT);
  const trendTop = doc.y;
  drawLineChart(doc, {
    x: doc.page.margins.left,
    y: trendTop,
    width: contentWidth(doc),
    height: TREND_HEIGHT,
    categories: model.trend.quarters,
    series: model.trend.series,
    yAxisTitle: '得分（分）',
    xAxisTitle: '季度',
    yMax: 100,
  });
  moveBelow(doc, trendTop + TREND_HEIGHT, 6);

  sectionHeading(doc, '四、地区对比', barChartHeight({ labels: model.regionScores.slice(0, BARS_PER_CHART).map((r) => r.region) }));
  if (model.regionScores.length === 0) note(doc, `各地区${NO_DATA}。`);
  for (let start = 0; start < model.regionScores.length; start += BARS_PER_CHART) {
    const regions = model.regionScores.slice(start, start + BARS_PER_CHART);
    const labels = regions.map((r) => r.region);
    const height = barChartHeight({ labels });
    ensureSpace(doc, height);
    const top = doc.y;
    drawBarChart(doc, { x: doc.page.margins.left, y: top, width: contentWidth(doc), labels, values: regions.map((r) => r.score), valueAxisTitle: '综合得分（分）', max: 100 });
    moveBelow(doc, top + height, 8);
  }
  drawTable(doc, {
    columns: [
      { header: '得分较低的地区', weight: 2 },
      { header: '综合得分', weight: 1, align: 'right' },
      { header: '最弱指标', weight: 2.6 },
      { header: '最弱指标取值', weight: 1.2, align: 'right' },
    ],
    rows: model.worstRegions.map((r) => [r.region, score(r.score), r.weakestMetric, r.weakestValue]),
    emptyText: NO_DATA,
  });

  sectionHeading(doc, '五、发现的问题');
  if (model.findings.length === 0) note(doc, '本期未发现问题。');
  else numberedList(doc, model.findings);

  sectionHeading(doc, '六、整改措施');
  drawTable(doc, {
    columns: [
      { header: '整改目标', weight: 1.8 },
      { header: '措施', weight: 2.6 },
      { header: '责任单位', weight: 1.3 },
      { header: '完成期限', weight: 1.1, align: 'center' },
      { header: '状态', weight: 0.8, align: 'center' },
      { header: '目标达成', weight: 0.9, align: 'center' },
    ],
    rows: model.actions.map((a) => [
      a.target,
      a.measures,
      a.owner,
      a.deadline,
      a.status === 'overdue' ? { text: IMPROVEMENT_ACTION_STATUS_LABELS[a.status], color: BAD } : IMPROVEMENT_ACTION_STATUS_LABELS[a.status],
      targetMetCell(a.targetMet),
    ]),
    emptyText: '（本期无整改措施）',
  });

  decoratePages(doc, {
    headerLeft: '标准地一张图 · 线上线下融合评估',
    headerRight: `${model.scopeName} ${model.quarter}`,
    footerLeft: `生成时间 ${formatBeijingTime(model.generatedAt)}`,
  });
  return finishDocument(doc);
}
