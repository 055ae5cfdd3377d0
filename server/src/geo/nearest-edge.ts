// The edge of a polygonal boundary closest to another shape, for setback (退界) reporting.
import type { Position } from 'geojson';
import { pointSegmentDistanceM, segmentDistanceM } from './planar-distance';
import { type PolygonRings, ringSegments } from './polygonal';

export interface NearestEdge {
  distanceM: number;
  polygon: number;
  ring: number;
  /** Edge i runs from vertex i to vertex i + 1 of the ring. */
  index: number;
}

export type Segment = [Position, Position];

export function boundarySegments(polygons: readonly PolygonRings[]): Segment[] {
  const segments: Segment[] = [];
  for (const rings of polygons) for (const ring of rings) for (const [a, b] of ringSegments(ring)) segments.push([a, b]);
  return segments;
}

/** Edges closer than this to each other count as tied, so reprojection noise cannot pick the edge. */
export const EDGE_TIE_M = 1e-6;

/** Closest edge of `boundary` to the boundary of `shape`; ties go to the first edge in ring order. */
export function nearestEdge(boundary: readonly PolygonRings[], shape: readonly PolygonRings[]): NearestEdge | null {
  const shapeSegments = boundarySegments(shape);
  let best: NearestEdge | null = null;
  boundary.forEach((rings, polygon) => {
    rings.forEach((ring, ringIndex) => {
      for (const [a, b, index] of ringSegments(ring)) {
        let distanceM = Number.POSITIVE_INFINITY;
        for (const [c, d] of shapeSegments) distanceM = Math.min(distanceM, segmentDistanceM(a, b, c, d));
        if (!best || distanceM < best.distanceM - EDGE_TIE_M) best = { distanceM, polygon, ring: ringIndex, index };
        else if (distanceM < best.distanceM) best = { ...best, distanceM };
      }
    });
  });
  return best;
}

/** Distance from a point to the nearest of `segments` (see boundarySegments). */
export function distanceToSegmentsM(point: Position, segments: readonly Segment[]): number {
  let distanceM = Number.POSITIVE_INFINITY;
  for (const [a, b] of segments) distanceM = Math.min(distanceM, pointSegmentDistanceM(point, a, b));
  return distanceM;
}
