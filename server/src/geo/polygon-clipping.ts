// Boolean operations on planar polygons (turf → polyclip-ts, which is Cartesian). Feed them local
// metres, not lon/lat. Turf throws on some inputs ("Unable to complete output ring"); the checks
// must turn that into a result, so failures come back as values (security.md).
import { difference, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type PolygonRings, type Polygonal, polygonsOf } from './polygonal';

export const CLIP_FAILED = 'GEOMETRY_OPERATION_FAILED';

export type ClipResult = { ok: true; polygons: PolygonRings[] } | { ok: false; reason: typeof CLIP_FAILED; message: string };

function asFeature(geometry: Polygonal): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry };
}

function run(operation: () => Feature<Polygon | MultiPolygon> | null): ClipResult {
  try {
    const result = operation();
    return { ok: true, polygons: result ? polygonsOf(result.geometry) : [] };
  } catch (error) {
    return { ok: false, reason: CLIP_FAILED, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Union of any number of geometries; overlapping parts count once. */
export function unionOf(geometries: readonly Polygonal[]): ClipResult {
  if (geometries.length === 0) return { ok: true, polygons: [] };
  // turf.union needs two inputs; a geometry unioned with itself is its normalised self.
  const inputs = geometries.length === 1 ? [geometries[0] as Polygonal, geometries[0] as Polygonal] : geometries;
  return run(() => union(featureCollection(inputs.map(asFeature))));
}

export function differenceOf(subject: Polygonal, clip: Polygonal): ClipResult {
  return run(() => difference(featureCollection([asFeature(subject), asFeature(clip)])));
}

export function intersectionOf(a: Polygonal, b: Polygonal): ClipResult {
  return run(() => intersect(featureCollection([asFeature(a), asFeature(b)])));
}

export function toMultiPolygon(polygons: PolygonRings[]): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: polygons };
}
