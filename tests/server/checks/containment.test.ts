// Containment is measured (what sticks out, and how far), never turf.booleanWithin.
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CONTAINMENT_TOLERANCE_M } from '../../../server/src/checks/limits';
import { runChecks } from '../../../server/src/checks/run-checks';
import { feature, lonLatPolygon, parcel, plan, rect, type Rings } from './plan-builder';

function containmentOf(parcelRings: Rings, ...footprints: Rings[]) {
  const outcome = runChecks(
    parcel([], lonLatPolygon(parcelRings)),
    plan(...footprints.map((rings, i) => feature(`F${i}`, rings, { kind: 'building', floors: 1 }))),
  );
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.report.results.find((r) => r.key === 'containment');
}

const square = rect(0, 0, 200, 200);

describe('containment', () => {
  it(`accepts a footprint that sticks out by less than ${CONTAINMENT_TOLERANCE_M} m`, () => {
    expect(containmentOf(square, rect(150, 20, 200.04, 120))?.status).toBe('pass');
  });

  it(`rejects a footprint that sticks out by more than ${CONTAINMENT_TOLERANCE_M} m`, () => {
    const result = containmentOf(square, rect(150, 20, 200.06, 120));
    expect(result).toMatchObject({ status: 'fail', features: ['F0'] });
    expect(result?.details[0]?.actual).toBeCloseTo(0.06 * 100, 6);
  });

  it('accepts a footprint that shares the parcel edge exactly', () => {
    expect(containmentOf(square, rect(100, 0, 200, 50))?.status).toBe('pass');
  });

  it('rejects a corner that pokes out even when the area outside is tiny', () => {
    const poke: Position[] = [[150, 150], [200.2, 200.2], [150, 190], [150, 150]];
    expect(containmentOf(square, [poke])?.status).toBe('fail');
  });

  it('rejects a footprint that bridges the notch of a U-shaped parcel although all its corners are inside', () => {
    const u: Rings = [[[0, 0], [300, 0], [300, 200], [200, 200], [200, 150], [100, 150], [100, 200], [0, 200], [0, 0]]];
    const result = containmentOf(u, rect(50, 160, 250, 190));
    expect(result?.status).toBe('fail');
    expect(result?.details[0]?.actual).toBeCloseTo(100 * 30, 4);
  });

  it('rejects a footprint that covers a hole of the parcel', () => {
    const withHole: Rings = [...square, [[90, 90], [90, 110], [110, 110], [110, 90], [90, 90]]];
    const result = containmentOf(withHole, rect(50, 50, 150, 150));
    expect(result?.status).toBe('fail');
    expect(result?.details[0]?.actual).toBeCloseTo(400, 4);
  });

  it('accepts a footprint in the arm of an L-shaped parcel whose bounding box covers the notch', () => {
    const l: Rings = [[[0, 0], [200, 0], [200, 100], [100, 100], [100, 200], [0, 200], [0, 0]]];
    const stepped: Rings = [[[10, 10], [190, 10], [190, 90], [90, 90], [90, 190], [10, 190], [10, 10]]];
    expect(containmentOf(l, stepped)?.status).toBe('pass');
  });
});
