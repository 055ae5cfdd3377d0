import { describe, expect, it } from 'vitest';
import { evaluate, recordsIn } from '../../../server/src/evaluation/evaluate';
import { NO_RECORDS } from '../../../server/src/evaluation/evaluation-records';
import { METRIC_KEYS } from '../../../server/src/evaluation/metric-catalog';
import { DIMENSION_CODES } from '../../../server/src/evaluation/metric';
import { parseScope } from '../../../server/src/evaluation/scope';
import { CTX, JZ, LF } from './eval-fixtures';

describe('one evaluation over every metric', () => {
  it('gives every metric "no data" and a null score for an empty scope, without dividing by zero', () => {
    const e = evaluate(NO_RECORDS, CTX);
    expect(e.metrics.map((x) => x.key)).toEqual(METRIC_KEYS);
    for (const x of e.metrics) {
      expect(x, x.key).toMatchObject({ value: null, noData: true, denominator: 0 });
      expect(Number.isNaN(x.numerator)).toBe(false);
    }
    expect(e.score.overall).toBeNull();
    expect([...e.drill.values()].every((rows) => rows.length === 0)).toBe(true);
  });

  it('defines every metric with a dimension, texts, a formula and a unique key', () => {
    expect(new Set(METRIC_KEYS).size).toBe(METRIC_KEYS.length);
    for (const x of evaluate(NO_RECORDS, CTX).metrics) {
      expect(DIMENSION_CODES).toContain(x.dimension);
      for (const field of ['nameZh', 'nameEn', 'definitionZh', 'definitionEn', 'formulaZh', 'formulaEn', 'numeratorZh', 'denominatorZh'] as const) {
        expect(x[field].length, `${x.key}.${field}`).toBeGreaterThan(0);
      }
      expect(x.key).toMatch(/^[a-z][a-z0-9_]{1,60}$/);
    }
    // Each dimension has at least one scored metric.
    const metrics = evaluate(NO_RECORDS, CTX).metrics;
    for (const d of DIMENSION_CODES) expect(metrics.some((x) => x.dimension === d && x.scored)).toBe(true);
  });

  it('narrows located records to a scope and keeps the province-wide catalog whole', () => {
    const records = {
      ...NO_RECORDS,
      parcels: [
        { ...JZ, code: 'a', name: 'a', landUseCode: '100101', geometryComplete: true, indicatorKeys: [], validAssessments: 1, infrastructure: ['water'] },
        { ...LF, code: 'b', name: 'b', landUseCode: '110101', geometryComplete: true, indicatorKeys: [], validAssessments: 1, infrastructure: ['water'] },
      ],
      catalogItems: [{ code: 'XMBA', nameZh: 'x', textFields: {}, legalLimitDays: 2, committedLimitDays: 1, materialCount: 1, channels: ['ONLINE_PORTAL'] }],
    };
    const jinzhong = recordsIn(parseScope('1407')!, records);
    expect(jinzhong.parcels.map((p) => p.code)).toEqual(['a']);
    expect(jinzhong.catalogItems).toHaveLength(1);
    expect(recordsIn(parseScope('S141002')!, records).parcels.map((p) => p.code)).toEqual(['b']);
    expect(recordsIn(parseScope('140105')!, records).parcels).toEqual([]);
    const e = evaluate(recordsIn(parseScope('1401')!, records), CTX);
    expect(e.metrics.find((x) => x.key === 'parcel_record_complete')).toMatchObject({ value: null, noData: true });
    expect(e.metrics.find((x) => x.key === 'item_catalog_complete')).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
  });
});
