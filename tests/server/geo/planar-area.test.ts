import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonalAreaM2, ringSignedAreaM2 } from '../../../server/src/geo/planar-area';

const square = (x: number, y: number, size: number) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

describe('planar area (shoelace)', () => {
  it('gives a positive area for counter-clockwise rings and negative for clockwise', () => {
    expect(ringSignedAreaM2(square(0, 0, 10))).toBe(100);
    expect(ringSignedAreaM2([...square(0, 0, 10)].reverse())).toBe(-100);
  });

  it('keeps full precision at Gauss-Krüger magnitudes (zone-prefixed eastings)', () => {
    // 300 m × 222.22 m at easting 38 387 967 m: 66 666 m² exactly, to the hundredth.
    const ring = [[38387967.47, 4172739.14], [38388267.47, 4172739.14], [38388267.47, 4172961.36], [38387967.47, 4172961.36], [38387967.47, 4172739.14]];
    expect(ringSignedAreaM2(ring)).toBeCloseTo(300 * 222.22, 6);
  });

  it('subtracts holes whatever their winding', () => {
    const hole = square(40, 40, 20);
    const withCwHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 100), [...hole].reverse()] };
    const withCcwHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 100), hole] };
    expect(polygonalAreaM2(withCwHole)).toBe(10000 - 400);
    expect(polygonalAreaM2(withCcwHole)).toBe(10000 - 400);
  });

  it('sums the parts of a multipolygon', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 100)], [square(150, 0, 50)]] };
    expect(polygonalAreaM2(geometry)).toBe(10000 + 2500);
  });

  it('measures an L-shaped (concave) ring', () => {
    const l = [[0, 0], [200, 0], [200, 100], [100, 100], [100, 200], [0, 200], [0, 0]];
    expect(ringSignedAreaM2(l)).toBe(30000);
  });
});
