import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gkSridFor, gkSridForGeometry } from '../../../server/src/geo/gk-zone';
import { polygonalAreaM2 } from '../../../server/src/geo/planar-area';
import { reprojectGeometry, reprojectPosition } from '../../../server/src/geo/reproject';

const parcelGk: Polygon = {
  type: 'Polygon',
  coordinates: [[[387000, 4172000], [387300, 4172000], [387300, 4172200], [387000, 4172200], [387000, 4172000]]],
};

describe('reprojection', () => {
  it('round-trips GK → 4490 → GK within a micrometre', () => {
    const lonLat = reprojectGeometry(parcelGk, 4547, 4490);
    const back = reprojectGeometry(lonLat, 4490, 4547);
    back.coordinates[0]?.forEach((p, i) => {
      const original = parcelGk.coordinates[0]?.[i] ?? [];
      expect(Math.abs((p[0] ?? 0) - (original[0] ?? 0))).toBeLessThan(1e-6);
      expect(Math.abs((p[1] ?? 0) - (original[1] ?? 0))).toBeLessThan(1e-6);
    });
    expect(polygonalAreaM2(back)).toBeCloseTo(60000, 6);
  });

  it('puts the domain sample point (easting 387 967.47 on CM 114°E) near 112.73°E, 37.68°N', () => {
    const [lon = 0, lat = 0] = reprojectPosition([387967.47, 4172739.14], 4547, 4490);
    expect(lon).toBeCloseTo(112.73, 3);
    expect(lat).toBeCloseTo(37.68, 3);
  });

  it('shifts exactly between the prefixed and unprefixed planes of one central meridian', () => {
    expect(reprojectPosition([387967.47, 4172739.14], 4547, 4526)).toEqual([38387967.47, 4172739.14]);
    expect(reprojectPosition([37547000, 3993000], 4525, 4546)).toEqual([547000, 3993000]);
  });

  it('goes across central meridians through lon/lat', () => {
    const p = reprojectPosition([547000, 3993000], 4546, 4547);
    const back = reprojectPosition(p, 4547, 4546);
    expect(back[0]).toBeCloseTo(547000, 6);
    expect(back[1]).toBeCloseTo(3993000, 6);
  });

  it('keeps a third (height) coordinate', () => {
    expect(reprojectPosition([387000, 4172000, 812.5], 4547, 4526)).toEqual([38387000, 4172000, 812.5]);
  });
});

describe('gkSridFor', () => {
  it('uses CM 111°E west of 112.5°E and CM 114°E from 112.5°E', () => {
    expect(gkSridFor(111.52)).toBe(4546);
    expect(gkSridFor(112.49)).toBe(4546);
    expect(gkSridFor(112.5)).toBe(4547);
    expect(gkSridFor(113.35)).toBe(4547);
  });

  it('picks the zone from the parcel centroid, not its first vertex', () => {
    const straddling: Polygon = { type: 'Polygon', coordinates: [[[112.49, 37.7], [112.53, 37.7], [112.53, 37.72], [112.49, 37.72], [112.49, 37.7]]] };
    expect(gkSridForGeometry(straddling)).toBe(4547);
  });
});
