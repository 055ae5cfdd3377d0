import type { Position } from 'geojson';
import { type PolygonRings, type Ring } from './polygonal';

export function distanceM(a: Position, b: Position): number {
  return Math.hypot((b[0] ?? 0) - (a[0] ?? 0), (b[1] ?? 0) - (a[1] ?? 0));
}

export function ringLengthM(ring: Ring): number {
  let length = 0;
  for (let i = 0; i + 1 < ring.length; i++) length += distanceM(ring[i] as Position, ring[i + 1] as Position);
  return length;
}

/** Outer ring and holes together: the whole boundary. */
export function polygonPerimeterM(rings: PolygonRings): number {
  return rings.reduce((sum, ring) => sum + ringLengthM(ring), 0);
}
