import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CRS_REASONS, detectCrs } from '../../../server/src/geo/detect-crs';

// A 300 m × 222 m parcel near Jinzhong (CM 114°E) and one near Linfen (CM 111°E).
const JINZHONG_GK: Position[] = [[387967.47, 4172739.14], [388267.47, 4172739.14], [388267.47, 4172961.36], [387967.47, 4172961.36]];
const LINFEN_GK: Position[] = [[547000, 3993000], [547200, 3993000], [547200, 3993200], [547000, 3993200]];
const JINZHONG_LONLAT: Position[] = [[112.73, 37.68], [112.734, 37.68], [112.734, 37.682], [112.73, 37.682]];

const prefixed = (positions: Position[], zone: number) => positions.map(([x = 0, y = 0]) => [x + zone * 1_000_000, y]);
const swapped = (positions: Position[]) => positions.map(([x = 0, y = 0]) => [y, x]);

describe('detectCrs', () => {
  it('recognises Shanxi longitude/latitude as EPSG:4490', () => {
    expect(detectCrs(JINZHONG_LONLAT)).toEqual({ ok: true, srid: 4490, stated: false });
  });

  it('reads an 8-digit easting starting 37 as zone 37 (EPSG:4525)', () => {
    expect(detectCrs(prefixed(LINFEN_GK, 37))).toEqual({ ok: true, srid: 4525, stated: false });
  });

  it('reads an 8-digit easting starting 38 as zone 38 (EPSG:4526)', () => {
    expect(detectCrs(prefixed(JINZHONG_GK, 38))).toEqual({ ok: true, srid: 4526, stated: false });
  });

  it('refuses to guess the central meridian of an easting without zone prefix', () => {
    const result = detectCrs(JINZHONG_GK);
    expect(result).toMatchObject({ ok: false, reason: CRS_REASONS.AMBIGUOUS_CRS });
    // Read on CM 111°E these numbers land west of Shanxi, so only CM 114°E is offered.
    expect(!result.ok && result.candidates).toEqual([4547]);
  });

  it('accepts unprefixed GK coordinates when the caller states EPSG:4546 or EPSG:4547', () => {
    expect(detectCrs(LINFEN_GK, 4546)).toEqual({ ok: true, srid: 4546, stated: true });
    expect(detectCrs(JINZHONG_GK, 4547)).toEqual({ ok: true, srid: 4547, stated: true });
  });

  it('still range-checks a stated CRS', () => {
    expect(detectCrs(JINZHONG_GK, 4546)).toMatchObject({ ok: false, reason: CRS_REASONS.OUT_OF_RANGE });
    expect(detectCrs(prefixed(JINZHONG_GK, 38), 4525)).toMatchObject({ ok: false, reason: CRS_REASONS.OUT_OF_RANGE });
  });

  it('reports swapped latitude/longitude', () => {
    expect(detectCrs(swapped(JINZHONG_LONLAT))).toMatchObject({ ok: false, reason: CRS_REASONS.AXIS_SWAPPED });
    expect(detectCrs(swapped(JINZHONG_LONLAT), 4490)).toMatchObject({ ok: false, reason: CRS_REASONS.AXIS_SWAPPED });
  });

  it('reports swapped northing/easting, with or without zone prefix', () => {
    expect(detectCrs(swapped(prefixed(JINZHONG_GK, 38)))).toMatchObject({ ok: false, reason: CRS_REASONS.AXIS_SWAPPED });
    expect(detectCrs(swapped(JINZHONG_GK))).toMatchObject({ ok: false, reason: CRS_REASONS.AXIS_SWAPPED });
    expect(detectCrs(swapped(JINZHONG_GK), 4547)).toMatchObject({ ok: false, reason: CRS_REASONS.AXIS_SWAPPED });
  });

  it('reports coordinates outside Shanxi', () => {
    expect(detectCrs([[116.4, 39.9]])).toMatchObject({ ok: false, reason: CRS_REASONS.OUT_OF_RANGE });
    expect(detectCrs([[0, 0]])).toMatchObject({ ok: false, reason: CRS_REASONS.OUT_OF_RANGE });
    expect(detectCrs([[39_500_000, 4_172_000]])).toMatchObject({ ok: false, reason: CRS_REASONS.OUT_OF_RANGE });
  });

  it('reports a plan that mixes lon/lat and GK', () => {
    expect(detectCrs([...JINZHONG_LONLAT, ...prefixed(JINZHONG_GK, 38)])).toMatchObject({ ok: false, reason: CRS_REASONS.MIXED_CRS });
  });

  it('rejects a stated CRS it does not support', () => {
    expect(detectCrs(JINZHONG_LONLAT, 4326)).toMatchObject({ ok: false, reason: CRS_REASONS.UNSUPPORTED_CRS });
  });
});
