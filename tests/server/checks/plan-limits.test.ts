// A plan generated near the input limits: it must be accepted, measured correctly and fast.
import { describe, expect, it } from 'vitest';
import { CHECK_ERROR_CODES as E } from '../../../server/src/checks/input-errors';
import { MAX_PLAN_VERTICES } from '../../../server/src/checks/limits';
import { runChecks } from '../../../server/src/checks/run-checks';
import { feature, indicator, lonLatPolygon, parcel, plan, rect } from './plan-builder';

/** `count` buildings of 2 m × 2 m on a 10 m grid, 50 per row, starting 20 m from the parcel edge. */
function grid(count: number) {
  return plan(
    ...Array.from({ length: count }, (_, i) => {
      const x = 20 + (i % 50) * 10;
      const y = 20 + Math.floor(i / 50) * 10;
      return feature(`B${i}`, rect(x, y, x + 2, y + 2), { kind: 'building', floors: 1, height_m: 5 });
    }),
  );
}

// 600 m × 500 m = 300 000 m² = 450 亩.
const bigParcel = parcel(
  [indicator('floorAreaRatio', 'min', 0.01), indicator('buildingCoverage', 'min', 2), indicator('setback', 'min', 10, { unit: 'm' })],
  lonLatPolygon(rect(0, 0, 600, 500)),
);

describe('plans near the limits', () => {
  it(`checks ${MAX_PLAN_VERTICES / 5} rectangles (${MAX_PLAN_VERTICES} positions) within seconds`, () => {
    const started = performance.now();
    const outcome = runChecks(bigParcel, grid(MAX_PLAN_VERTICES / 5));
    const elapsedMs = performance.now() - started;
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { areas, results, verdict } = outcome.report;
    // 2000 × 4 m² = 8000 m²; coverage 8000 / 300 000 = 2.666…%; FAR 8000 / 300 000.
    expect(areas.parcelM2).toBeCloseTo(300_000, 3);
    expect(areas.buildingFootprintM2).toBeCloseTo(8000, 4);
    expect(results.find((r) => r.key === 'buildingCoverage')?.actual).toBeCloseTo((8000 / 300_000) * 100, 8);
    expect(results.find((r) => r.key === 'floorAreaRatio')?.actual).toBeCloseTo(8000 / 300_000, 10);
    expect(results.find((r) => r.key === 'setback')?.actual).toBeCloseTo(20, 6);
    expect(results.find((r) => r.key === 'overlaps')?.status).toBe('pass');
    expect(verdict).toBe('pass');
    expect(elapsedMs).toBeLessThan(15_000);
  }, 60_000);

  it('rejects one rectangle more as PLAN_TOO_MANY_VERTICES', () => {
    const outcome = runChecks(bigParcel, grid(MAX_PLAN_VERTICES / 5 + 1));
    expect(outcome.ok ? null : outcome.error.code).toBe(E.PLAN_TOO_MANY_VERTICES);
  });

  it('rejects 5001 features as PLAN_TOO_MANY_FEATURES', () => {
    const outcome = runChecks(bigParcel, grid(5001));
    expect(outcome.ok ? null : outcome.error.code).toBe(E.PLAN_TOO_MANY_FEATURES);
  });
});
