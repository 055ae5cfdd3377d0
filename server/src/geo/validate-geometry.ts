// Structural validation of polygonal GeoJSON before it is measured or reaches SQL. PostGIS'
// ST_GeomFromGeoJSON accepts unclosed rings, 2-point rings, strings and Infinity (security.md),
// so the checks live here. Reasons are exported constants (terra-draw style): UI text and tests
// refer to the same names.
import type { MultiPolygon, Polygon } from 'geojson';
import { type Bbox, inBbox } from './shanxi-extent';

export const GEOMETRY_REASONS = {
  NOT_A_GEOMETRY: 'NOT_A_GEOMETRY',
  UNSUPPORTED_TYPE: 'UNSUPPORTED_TYPE',
  EMPTY_GEOMETRY: 'EMPTY_GEOMETRY',
  BAD_STRUCTURE: 'BAD_STRUCTURE',
  BAD_POSITION: 'BAD_POSITION',
  NON_FINITE_COORDINATE: 'NON_FINITE_COORDINATE',
  RING_TOO_SHORT: 'RING_TOO_SHORT',
  RING_NOT_CLOSED: 'RING_NOT_CLOSED',
  TOO_MANY_VERTICES: 'TOO_MANY_VERTICES',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
} as const;
export type GeometryReason = (typeof GEOMETRY_REASONS)[keyof typeof GEOMETRY_REASONS];

export interface GeometryValidationOptions {
  /** Maximum number of positions, closing positions included. */
  maxPositions?: number;
  /** Every position must fall inside this box (e.g. SHANXI_BBOX for EPSG:4490). */
  bbox?: Bbox;
}

export type GeometryValidation =
  | { valid: true; geometry: Polygon | MultiPolygon; positionCount: number }
  | { valid: false; reason: GeometryReason; message: string; path: (string | number)[] };

class Invalid {
  constructor(
    readonly reason: GeometryReason,
    readonly message: string,
    readonly path: (string | number)[],
  ) {}
}

interface Walk {
  options: GeometryValidationOptions;
  positionCount: number;
}

function checkPosition(value: unknown, path: (string | number)[], walk: Walk): void {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    throw new Invalid(GEOMETRY_REASONS.BAD_POSITION, 'a position must be an array of 2 or 3 numbers', path);
  }
  value.forEach((n, i) => {
    if (typeof n !== 'number') throw new Invalid(GEOMETRY_REASONS.BAD_POSITION, `coordinate is a ${typeof n}, not a number`, [...path, i]);
    if (!Number.isFinite(n)) throw new Invalid(GEOMETRY_REASONS.NON_FINITE_COORDINATE, `coordinate ${n} is not finite`, [...path, i]);
  });
  const { bbox, maxPositions } = walk.options;
  if (bbox && !inBbox(value[0] as number, value[1] as number, bbox)) {
    throw new Invalid(GEOMETRY_REASONS.OUT_OF_RANGE, `position ${value[0]}, ${value[1]} is outside ${bbox.join(', ')}`, path);
  }
  walk.positionCount++;
  if (maxPositions !== undefined && walk.positionCount > maxPositions) {
    throw new Invalid(GEOMETRY_REASONS.TOO_MANY_VERTICES, `more than ${maxPositions} positions`, path);
  }
}

function checkRing(value: unknown, path: (string | number)[], walk: Walk): void {
  if (!Array.isArray(value)) throw new Invalid(GEOMETRY_REASONS.BAD_STRUCTURE, 'a ring must be an array of positions', path);
  value.forEach((position, i) => checkPosition(position, [...path, i], walk));
  // RFC 7946 §3.1.6: a linear ring has four or more positions and ends where it starts.
  if (value.length < 4) throw new Invalid(GEOMETRY_REASONS.RING_TOO_SHORT, `a ring needs at least 4 positions, got ${value.length}`, path);
  const first = value[0] as number[];
  const last = value[value.length - 1] as number[];
  if (first.length !== last.length || first.some((n, i) => n !== last[i])) {
    throw new Invalid(GEOMETRY_REASONS.RING_NOT_CLOSED, 'the last position must repeat the first', path);
  }
}

function checkPolygon(value: unknown, path: (string | number)[], walk: Walk): void {
  if (!Array.isArray(value)) throw new Invalid(GEOMETRY_REASONS.BAD_STRUCTURE, 'a polygon must be an array of rings', path);
  if (value.length === 0) throw new Invalid(GEOMETRY_REASONS.EMPTY_GEOMETRY, 'a polygon needs an outer ring', path);
  value.forEach((ring, i) => checkRing(ring, [...path, i], walk));
}

export function validateGeometry(value: unknown, options: GeometryValidationOptions = {}): GeometryValidation {
  const walk: Walk = { options, positionCount: 0 };
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new Invalid(GEOMETRY_REASONS.NOT_A_GEOMETRY, 'geometry must be an object', []);
    }
    const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new Invalid(GEOMETRY_REASONS.UNSUPPORTED_TYPE, `expected Polygon or MultiPolygon, got ${String(type)}`, ['type']);
    }
    if (!Array.isArray(coordinates)) throw new Invalid(GEOMETRY_REASONS.BAD_STRUCTURE, 'coordinates must be an array', ['coordinates']);
    if (type === 'Polygon') checkPolygon(coordinates, ['coordinates'], walk);
    else {
      if (coordinates.length === 0) throw new Invalid(GEOMETRY_REASONS.EMPTY_GEOMETRY, 'a multipolygon needs a polygon', ['coordinates']);
      coordinates.forEach((polygon, i) => checkPolygon(polygon, ['coordinates', i], walk));
    }
    return { valid: true, geometry: value as Polygon | MultiPolygon, positionCount: walk.positionCount };
  } catch (error) {
    if (error instanceof Invalid) return { valid: false, reason: error.reason, message: error.message, path: error.path };
    throw error;
  }
}
