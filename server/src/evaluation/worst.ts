// The weakest regions and approval items of an evaluation, for the report (guide §7: 反映各地存在的
// 主要问题和不足). Pure.
import type { Evaluation } from './evaluate';
import type { EvaluationContext } from './evaluation-context';
import type { CaseItemRecord } from './evaluation-records';
import type { MetricResult } from './metric';
import { itemsWithinLimit, overdueOpenItems } from './metrics/timeliness';
import { orientedValue } from './score';

/** The scored metric with data that does worst (lowest value once larger = better), if any. */
export function weakestMetric(metrics: readonly MetricResult[]): MetricResult | null {
  let worst: MetricResult | null = null;
  for (const m of metrics) {
    if (!m.scored) continue;
    const v = orientedValue(m);
    if (v === null) continue;
    if (worst === null || v < (orientedValue(worst) as number)) worst = m;
  }
  return worst;
}

export interface RankedRegion {
  code: string;
  name: string;
  overall: number | null;
  weakest: MetricResult | null;
}

/** Regions with a score, lowest first; at most `n`. */
export function worstRegions(regions: readonly { code: string; name: string; evaluation: Evaluation }[], n = 3): RankedRegion[] {
  return regions
    .filter((r) => r.evaluation.score.overall !== null)
    .sort((a, b) => (a.evaluation.score.overall as number) - (b.evaluation.score.overall as number))
    .slice(0, n)
    .map((r) => ({ code: r.code, name: r.name, overall: r.evaluation.score.overall, weakest: weakestMetric(r.evaluation.metrics) }));
}

export interface ItemPerformance {
  itemCode: string;
  itemName: string;
  finished: number;
  onTime: number;
  /** null when none finished. */
  onTimeRate: number | null;
  openItems: number;
  overdueOpen: number;
}

/** Approval items by how they did: lowest on-time rate first, then most overdue; at most `n`. */
export function worstItems(items: readonly CaseItemRecord[], ctx: EvaluationContext, n = 5): ItemPerformance[] {
  const codes = [...new Set(items.map((i) => i.itemCode))];
  const list = codes.map((itemCode): ItemPerformance => {
    const group = items.filter((i) => i.itemCode === itemCode);
    const within = itemsWithinLimit(group, ctx);
    const overdue = overdueOpenItems(group, ctx);
    return {
      itemCode,
      itemName: group[0]?.itemName ?? itemCode,
      finished: within.denominator,
      onTime: within.numerator ?? 0,
      onTimeRate: within.value,
      openItems: overdue.denominator,
      overdueOpen: overdue.numerator ?? 0,
    };
  });
  return list
    .filter((x) => x.finished > 0 || x.overdueOpen > 0)
    .sort((a, b) => (a.onTimeRate ?? 1) - (b.onTimeRate ?? 1) || b.overdueOpen - a.overdueOpen || a.itemCode.localeCompare(b.itemCode))
    .slice(0, n);
}
