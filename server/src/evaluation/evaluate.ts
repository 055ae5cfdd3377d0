// One evaluation: every metric over the records of a scope, with its drill-down rows and the score.
// Region comparison and trends are this, repeated over child scopes and quarters. Pure.
import type { EvaluationContext } from './evaluation-context';
import type { EvaluationRecords } from './evaluation-records';
import { definitionOf, METRICS } from './metric-catalog';
import type { DrillRow, MetricResult } from './metric';
import { inScope, type Scope } from './scope';
import { score, type Score, type Weights } from './score';

export interface Evaluation {
  metrics: MetricResult[];
  drill: Map<string, DrillRow[]>;
  score: Score;
}

export function evaluate(records: EvaluationRecords, ctx: EvaluationContext, weights?: Weights): Evaluation {
  const drill = new Map<string, DrillRow[]>();
  const metrics = METRICS.map((spec): MetricResult => {
    const { rows, ...value } = spec.compute(records, ctx);
    drill.set(spec.key, rows);
    return { ...definitionOf(spec), ...value, noData: value.value === null };
  });
  return { metrics, drill, score: score(metrics, weights) };
}

/** The records of a scope: located records filtered by zone or division; the item catalog is kept whole (province-wide). */
export function recordsIn(scope: Scope, r: EvaluationRecords): EvaluationRecords {
  const keep = <T extends { divisionCode: string; zoneCode: string | null }>(list: readonly T[]) => list.filter((x) => inScope(scope, x));
  return {
    parcels: keep(r.parcels),
    catalogItems: r.catalogItems,
    appliedLimits: keep(r.appliedLimits),
    caseTimelines: keep(r.caseTimelines),
    caseMaterials: keep(r.caseMaterials),
    commitments: keep(r.commitments),
    caseItems: keep(r.caseItems),
    publishes: keep(r.publishes),
    credits: keep(r.credits),
    sharedEvents: keep(r.sharedEvents),
    samples: keep(r.samples),
  };
}
