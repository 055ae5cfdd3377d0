// Source polygons → the stored form: EPSG:4490 lon/lat MultiPolygon, rounded to 1e-9° (≈ 0.1 mm),
// outer rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6), so every format yields the
// same coordinates for the same parcel.
import type { MultiPolygon, Position } from 'geojson';
import { SRID_CGCS2000, type SupportedSrid } from '../geo/crs';
import type { PolygonRings } from '../geo/polygonal';
import { reprojectGeometry } from '../geo/reproject';
import { LONLAT_DECIMALS } from './limits';
import { orientRing } from './orient-ring';

const SCALE = 10 ** LONLAT_DECIMALS;

/** A lon/lat position at the stored precision, without Z. */
export function roundLonLat(p: Position): Position {
  return [Math.round((p[0] as number) * SCALE) / SCALE, Math.round((p[1] as number) * SCALE) / SCALE];
}

export function toLonLat(polygons: PolygonRings[], from: SupportedSrid): MultiPolygon {
  const projected = reprojectGeometry({ type: 'MultiPolygon', coordinates: polygons }, from, SRID_CGCS2000);
  return {
    type: 'MultiPolygon',
    coordinates: projected.coordinates.map((rings) => rings.map((ring, i) => orientRing(ring.map(roundLonLat), i === 0))),
  };
}
