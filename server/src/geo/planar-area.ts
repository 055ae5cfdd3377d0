// Legal areas are planar areas on the Gauss-Krüger plane (domain.md §6): shoelace on projected
// metres, never turf.area (spherical).
import type { Position } from 'geojson';
import { type PolygonRings, type Polygonal, type Ring, polygonsOf } from './polygonal';

/** Shoelace; positive for counter-clockwise rings. Coordinates are taken relative to the first
 *  vertex so that GK magnitudes (10⁷ m) do not eat the significant digits. */
export function ringSignedAreaM2(ring: Ring): number {
  const origin = ring[0];
  if (!origin || ring.length < 4) return 0;
  const [x0 = 0, y0 = 0] = origin;
  let twiceArea = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax = 0, ay = 0] = ring[i] as Position;
    const [bx = 0, by = 0] = ring[i + 1] as Position;
    twiceArea += (ax - x0) * (by - y0) - (bx - x0) * (ay - y0);
  }
  return twiceArea / 2;
}

/** Outer ring minus holes, whatever their winding. */
export function polygonAreaM2(rings: PolygonRings): number {
  return rings.reduce((sum, ring, index) => {
    const area = Math.abs(ringSignedAreaM2(ring));
    return index === 0 ? sum + area : sum - area;
  }, 0);
}

/** Multipolygon parts are summed; overlapping parts count twice (union first if that matters). */
export function polygonalAreaM2(geometry: Polygonal): number {
  return polygonsOf(geometry).reduce((sum, rings) => sum + polygonAreaM2(rings), 0);
}
