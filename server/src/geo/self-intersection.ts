// Finds where a polygon's boundary crosses itself (bow-ties, spikes, a hole crossing the shell).
// Security checklist: report the location, never repair silently. Rings of one polygon may touch
// each other at a point (OGC simple features); a ring may not touch itself.
import type { Position } from 'geojson';
import { orientation, segmentsIntersect } from './planar-distance';
import { type PolygonRings } from './polygonal';

export interface SelfIntersection {
  point: Position;
  rings: [number, number];
}

interface Segment {
  a: Position;
  b: Position;
  ring: number;
  index: number;
  ringSize: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function samePoint(p: Position, q: Position): boolean {
  return p[0] === q[0] && p[1] === q[1];
}

function segmentsOf(rings: PolygonRings): Segment[] {
  const segments: Segment[] = [];
  rings.forEach((ring, ringIndex) => {
    const kept: [Position, Position][] = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      if (!samePoint(a, b)) kept.push([a, b]);
    }
    kept.forEach(([a, b], index) => {
      const [ax = 0, ay = 0] = a;
      const [bx = 0, by = 0] = b;
      segments.push({
        a, b, ring: ringIndex, index, ringSize: kept.length,
        minX: Math.min(ax, bx), maxX: Math.max(ax, bx), minY: Math.min(ay, by), maxY: Math.max(ay, by),
      });
    });
  });
  return segments;
}

function adjacent(s: Segment, t: Segment): boolean {
  if (s.ring !== t.ring) return false;
  const gap = Math.abs(s.index - t.index);
  return gap === 1 || gap === s.ringSize - 1;
}

/** Two consecutive segments that fold back on each other (a spike) overlap along a length. */
function foldsBack(s: Segment, t: Segment): Position | null {
  const shared = samePoint(s.b, t.a) ? s.b : samePoint(t.b, s.a) ? s.a : null;
  if (!shared) return null;
  const p = shared === s.b ? s.a : s.b;
  const r = shared === s.b ? t.b : t.a;
  if (orientation(p, shared, r) !== 0) return null;
  const dot = ((p[0] ?? 0) - (shared[0] ?? 0)) * ((r[0] ?? 0) - (shared[0] ?? 0)) + ((p[1] ?? 0) - (shared[1] ?? 0)) * ((r[1] ?? 0) - (shared[1] ?? 0));
  return dot > 0 ? shared : null;
}

function crossingPoint(s: Segment, t: Segment): Position {
  const [x1 = 0, y1 = 0] = s.a;
  const [x2 = 0, y2 = 0] = s.b;
  const [x3 = 0, y3 = 0] = t.a;
  const [x4 = 0, y4 = 0] = t.b;
  const denominator = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4);
  if (denominator === 0) {
    const onBoth = [t.a, t.b, s.a].find((p) => segmentsIntersect(p, p, s.a, s.b) && segmentsIntersect(p, p, t.a, t.b));
    return onBoth ?? s.a;
  }
  const u = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / denominator;
  return [x1 + u * (x2 - x1), y1 + u * (y2 - y1)];
}

/** Between rings only a proper crossing or a shared stretch is an error; touching at a point is not. */
function ringsConflict(s: Segment, t: Segment): boolean {
  const o1 = orientation(s.a, s.b, t.a);
  const o2 = orientation(s.a, s.b, t.b);
  const o3 = orientation(t.a, t.b, s.a);
  const o4 = orientation(t.a, t.b, s.b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  if (o1 !== 0 || o2 !== 0) return false;
  const horizontal = s.maxX - s.minX >= s.maxY - s.minY;
  const overlap = horizontal
    ? Math.min(s.maxX, t.maxX) - Math.max(s.minX, t.minX)
    : Math.min(s.maxY, t.maxY) - Math.max(s.minY, t.minY);
  return overlap > 0;
}

export function findSelfIntersection(rings: PolygonRings): SelfIntersection | null {
  // Sweep along x so that only segments whose x-extents overlap are compared.
  const segments = segmentsOf(rings).sort((s, t) => s.minX - t.minX);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j] as Segment;
      if (t.minX > s.maxX) break;
      if (t.minY > s.maxY || t.maxY < s.minY) continue;
      const rings: [number, number] = s.ring <= t.ring ? [s.ring, t.ring] : [t.ring, s.ring];
      if (adjacent(s, t)) {
        const spike = foldsBack(s, t);
        if (spike) return { point: spike, rings };
        continue;
      }
      if (!segmentsIntersect(s.a, s.b, t.a, t.b)) continue;
      if (s.ring === t.ring || ringsConflict(s, t)) return { point: crossingPoint(s, t), rings };
    }
  }
  return null;
}
