import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, parseWeights, score } from '../../../server/src/evaluation/score';
import type { MetricResult } from '../../../server/src/evaluation/metric';

const m = (dimension: MetricResult['dimension'], value: number | null, over: Partial<MetricResult> = {}): MetricResult =>
  ({ key: `${dimension}-${value}`, dimension, value, numerator: null, denominator: value === null ? 0 : 1, noData: value === null, unit: 'ratio', better: 'higher', scored: true, ...over }) as MetricResult;

describe('the quarterly score S = Σ w·D', () => {
  const metrics = [
    m('completeness', 1),
    m('completeness', 0.5),
    m('completeness', null),
    m('consistency', 0.8),
    m('timeliness', 0.6),
    // An overdue share of 20 % counts as 80 %.
    m('timeliness', 0.2, { better: 'lower', key: 'overdue' }),
    // Durations are shown, not scored.
    m('timeliness', 12, { unit: 'workdays', scored: false, better: 'lower', key: 'avg' }),
  ];

  it('averages each dimension (75, 80, 70) and weighs them 0.3/0.4/0.3: 22.5 + 32 + 21 = 75.5', () => {
    const s = score(metrics);
    expect(s.dimensions.map((d) => [d.dimension, d.score, d.metricsWithData])).toEqual([
      ['completeness', 75, 2],
      ['consistency', 80, 1],
      ['timeliness', 70, 2],
    ]);
    expect(s.overall).toBeCloseTo(75.5, 10);
  });

  it('leaves a dimension without data out and renormalises: (22.5 + 32) / 0.7', () => {
    const s = score(metrics.filter((x) => x.dimension !== 'timeliness'));
    expect(s.dimensions[2]).toMatchObject({ score: null, metricsWithData: 0 });
    expect(s.overall).toBeCloseTo(54.5 / 0.7, 10);
  });

  it('is null, not NaN, when nothing has data', () => {
    expect(score([m('completeness', null)]).overall).toBeNull();
    expect(score([]).overall).toBeNull();
  });

  it('reads weights from configuration text and refuses nonsense', () => {
    expect(parseWeights('completeness=0.2, consistency=0.5,timeliness=0.3')).toEqual({ completeness: 0.2, consistency: 0.5, timeliness: 0.3 });
    expect(parseWeights('timeliness=1')).toEqual({ ...DEFAULT_WEIGHTS, timeliness: 1 });
    expect(() => parseWeights('speed=1')).toThrow(/EVALUATION_WEIGHTS/);
    expect(() => parseWeights('completeness=0,consistency=0,timeliness=0')).toThrow(/positive/);
    expect(() => parseWeights('completeness=-1')).toThrow(/EVALUATION_WEIGHTS/);
  });
});
