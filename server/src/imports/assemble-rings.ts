// Rings listed one after another (报部 TXT 圈号) → polygons. Ring 1 is an outer ring; a later ring
// is a hole of the outer ring it lies in, or else another part of a multi-part parcel.
import type { Position } from 'geojson';
import { pointInPolygons } from '../geo/point-in-polygon';
import type { PolygonRings, Ring } from '../geo/polygonal';

export function closeRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
  return [...ring, [first[0] as number, first[1] as number]];
}

export function assembleRings(rings: readonly Ring[]): PolygonRings[] {
  const polygons: PolygonRings[] = [];
  for (const ring of rings) {
    const probe = ring[0] as Position | undefined;
    const owner = probe ? polygons.find((rings) => pointInPolygons(probe, [[rings[0] as Ring]])) : undefined;
    if (owner) owner.push(ring);
    else polygons.push([ring]);
  }
  return polygons;
}
