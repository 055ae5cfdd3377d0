// One source geometry → polygons in source coordinates, or the issue that keeps it out. Structure
// is checked by the shared geo validator (the same rules the check engine applies), so an import
// can never hand PostGIS an unclosed ring or a string coordinate.
import type { Position } from 'geojson';
import type { PolygonRings } from '../geo/polygonal';
import { GEOMETRY_REASONS, validateGeometry } from '../geo/validate-geometry';
import { bilingual, issue, recordLabel } from './import-result';
import type { ImportIssue } from './import-types';
import { MAX_VERTICES_PER_FEATURE } from './limits';

export type GeometryRejection = 'NULL_GEOMETRY' | 'MIXED_TYPES' | 'INVALID_GEOMETRY' | 'TOO_MANY_VERTICES';

export type CheckedGeometry =
  | { ok: true; sourceType: string; polygons: PolygonRings[]; positionCount: number; hadZ: boolean }
  | { ok: false; sourceType: string | null; code: GeometryRejection; issue: ImportIssue };

const POLYGONAL = new Set(['Polygon', 'MultiPolygon']);
const NOT_POLYGONAL = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString']);

function rejected(index: number, sourceType: string | null, code: GeometryRejection, zh: string, en: string): CheckedGeometry {
  const r = recordLabel(index);
  return { ok: false, sourceType, code, issue: issue(code, bilingual(`${r.zh}${zh}`, `${r.en} ${en}`), index) };
}

/** Members of a GeometryCollection (KML MultiGeometry) as one multipolygon, if they all are polygons. */
function flattenCollection(geometries: unknown[]): { type: 'MultiPolygon'; coordinates: unknown[] } | null {
  const coordinates: unknown[] = [];
  for (const g of geometries) {
    const { type, coordinates: c } = (g ?? {}) as { type?: unknown; coordinates?: unknown };
    if (type === 'Polygon') coordinates.push(c);
    else if (type === 'MultiPolygon' && Array.isArray(c)) coordinates.push(...c);
    else return null;
  }
  return { type: 'MultiPolygon', coordinates };
}

/** Drops Z; `hadZ` only when some Z is non-zero: KML writes ",0" everywhere (clamped to ground),
 *  and dropping zeros loses nothing worth a warning. */
function dropZ(polygons: PolygonRings[]): { polygons: PolygonRings[]; hadZ: boolean } {
  let hadZ = false;
  const flat = polygons.map((rings) =>
    rings.map((ring) =>
      ring.map((p): Position => {
        if (p.length > 2 && p[2] !== 0) hadZ = true;
        return [p[0] as number, p[1] as number];
      }),
    ),
  );
  return { polygons: flat, hadZ };
}

export function checkGeometry(index: number, geometry: unknown): CheckedGeometry {
  if (geometry === null || geometry === undefined) return rejected(index, null, 'NULL_GEOMETRY', '几何为空', 'has no geometry');
  const sourceType = typeof (geometry as { type?: unknown }).type === 'string' ? ((geometry as { type: string }).type) : null;
  let candidate: unknown = geometry;
  if (sourceType === 'GeometryCollection') {
    const members = (geometry as { geometries?: unknown }).geometries;
    if (!Array.isArray(members) || members.length === 0) return rejected(index, sourceType, 'NULL_GEOMETRY', '几何为空', 'has no geometry');
    candidate = flattenCollection(members);
    if (!candidate) return rejected(index, sourceType, 'MIXED_TYPES', '几何集合含非面要素', 'has a geometry collection with non-polygons');
  } else if (sourceType !== null && NOT_POLYGONAL.has(sourceType)) {
    return rejected(index, sourceType, 'MIXED_TYPES', `是${sourceType}，不是面`, `is a ${sourceType}, not a polygon`);
  } else if (sourceType === null || !POLYGONAL.has(sourceType)) {
    return rejected(index, sourceType, 'INVALID_GEOMETRY', `几何类型无效(${String(sourceType)})`, `has an invalid geometry type (${String(sourceType)})`);
  }
  const result = validateGeometry(candidate, { maxPositions: MAX_VERTICES_PER_FEATURE });
  if (!result.valid) {
    if (result.reason === GEOMETRY_REASONS.EMPTY_GEOMETRY) return rejected(index, sourceType, 'NULL_GEOMETRY', '几何为空', 'has an empty geometry');
    if (result.reason === GEOMETRY_REASONS.TOO_MANY_VERTICES) {
      return rejected(index, sourceType, 'TOO_MANY_VERTICES', `坐标点超过${MAX_VERTICES_PER_FEATURE}个`, `has more than ${MAX_VERTICES_PER_FEATURE} vertices`);
    }
    const where = result.path.join('.');
    return rejected(index, sourceType, 'INVALID_GEOMETRY', `几何无效(${result.reason}，位置 ${where})`, `has an invalid geometry (${result.reason} at ${where}: ${result.message})`);
  }
  const polygons = result.geometry.type === 'Polygon' ? [result.geometry.coordinates] : result.geometry.coordinates;
  return { ok: true, sourceType, positionCount: result.positionCount, ...dropZ(polygons) };
}
