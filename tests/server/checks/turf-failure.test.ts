// security.md: turf throwing ("Unable to complete output ring") is caught at the check boundary
// and becomes an error result, never an exception.
import { describe, expect, it, vi } from 'vitest';
import { runChecks } from '../../../server/src/checks/run-checks';
import { feature, indicator, parcel, plan, rect } from './plan-builder';

vi.mock('@turf/turf', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@turf/turf')>()),
  union: () => {
    throw new Error('Unable to complete output ring starting at point [1, 2].');
  },
}));

describe('when turf throws', () => {
  it('turns the failed measure into an error result and an error verdict', () => {
    const outcome = runChecks(
      parcel([indicator('buildingCoverage', 'min', 30), indicator('heightLimit', 'max', 24)]),
      // Two overlapping footprints, so the union really goes through turf.
      plan(
        feature('B1', rect(20, 20, 120, 110), { kind: 'building', floors: 1, height_m: 7 }),
        feature('B2', rect(100, 20, 150, 120), { kind: 'building', floors: 1, height_m: 7 }),
      ),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.results[0]).toMatchObject({ key: 'buildingCoverage', status: 'error', reason: 'GEOMETRY_OPERATION_FAILED', features: ['B1', 'B2'] });
    expect(outcome.report.results[1]).toMatchObject({ key: 'heightLimit', status: 'pass' });
    expect(outcome.report.areas.coverageFootprintM2).toBeNull();
    expect(outcome.report.verdict).toBe('error');
  });
});
