// The quarterly score S = Σ w·D over the dimensions with data (domain.md §5: S = wC·C + wK·K + wT·T,
// weights in configuration). A dimension's score D is the mean of its scored metrics with data, each
// turned so that larger is better (an overdue share of 10 % counts as 90 %), on a 0–100 scale. Pure.
import { DIMENSION_CODES, type Dimension, type MetricResult } from './metric';

export type Weights = Readonly<Record<Dimension, number>>;

/** domain.md §5's example weights (an assumption: the operator sets them in EVALUATION_WEIGHTS). */
export const DEFAULT_WEIGHTS: Weights = { completeness: 0.3, consistency: 0.4, timeliness: 0.3 };

export interface DimensionScore {
  dimension: Dimension;
  weight: number;
  /** 0–100, null when none of its metrics has data. */
  score: number | null;
  metricsWithData: number;
}

export interface Score {
  /** 0–100, null when no dimension has data. */
  overall: number | null;
  dimensions: DimensionScore[];
}

/** A scored metric's value with larger = better, 0–1. */
export function orientedValue(m: Pick<MetricResult, 'value' | 'better'>): number | null {
  if (m.value === null) return null;
  return m.better === 'higher' ? m.value : 1 - m.value;
}

export function score(metrics: readonly MetricResult[], weights: Weights = DEFAULT_WEIGHTS): Score {
  const dimensions = DIMENSION_CODES.map((dimension): DimensionScore => {
    const values = metrics
      .filter((m) => m.dimension === dimension && m.scored)
      .map(orientedValue)
      .filter((v): v is number => v !== null);
    const score = values.length === 0 ? null : (values.reduce((a, b) => a + b, 0) / values.length) * 100;
    return { dimension, weight: weights[dimension], score, metricsWithData: values.length };
  });
  const present = dimensions.filter((d) => d.score !== null && d.weight > 0);
  const totalWeight = present.reduce((a, d) => a + d.weight, 0);
  const overall = totalWeight === 0 ? null : present.reduce((a, d) => a + d.weight * (d.score as number), 0) / totalWeight;
  return { overall, dimensions };
}

/**
 * Weights from configuration, `completeness=0.3,consistency=0.4,timeliness=0.3`: each non-negative,
 * at least one positive. Throws with a message naming the problem; the server refuses to start then.
 */
export function parseWeights(text: string): Weights {
  const weights: Record<string, number> = { ...DEFAULT_WEIGHTS };
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z]+)\s*=\s*([0-9]*\.?[0-9]+)$/.exec(part);
    if (!m || !(DIMENSION_CODES as readonly string[]).includes(m[1] as string)) {
      throw new Error(`EVALUATION_WEIGHTS: "${part}" is not dimension=weight with a dimension of ${DIMENSION_CODES.join(', ')}.`);
    }
    weights[m[1] as string] = Number(m[2]);
  }
  if (!Object.values(weights).some((w) => w > 0)) throw new Error('EVALUATION_WEIGHTS: at least one weight must be positive.');
  return weights as Weights;
}
