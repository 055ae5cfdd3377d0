// Polygon and MultiPolygon treated alike: a list of polygons, each a list of rings.
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Polygonal = Polygon | MultiPolygon;
export type Ring = Position[];
export type PolygonRings = Ring[];

export function polygonsOf(geometry: Polygonal): PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function mapPolygonal(geometry: Polygonal, fn: (p: Position) => Position): Polygonal {
  const polygons = polygonsOf(geometry).map((rings) => rings.map((ring) => ring.map(fn)));
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: polygons[0] ?? [] };
  return { type: 'MultiPolygon', coordinates: polygons };
}

export function* positionsOf(geometry: Polygonal): Generator<Position> {
  for (const rings of polygonsOf(geometry)) for (const ring of rings) yield* ring;
}

/** Segments of a ring as index pairs [i, i + 1]; rings are closed, so the last position repeats the first. */
export function* ringSegments(ring: Ring): Generator<[Position, Position, number]> {
  for (let i = 0; i + 1 < ring.length; i++) yield [ring[i] as Position, ring[i + 1] as Position, i];
}
