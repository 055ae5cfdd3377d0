// The common tail of every geometry reader: check each geometry, settle the CRS, reproject to
// EPSG:4490 and report problems by record. Readers only turn bytes into RawRead.
import { positionsOf } from '../geo/polygonal';
import { type CheckedGeometry, checkGeometry } from './check-geometry';
import { duplicateCodeIssues } from './duplicate-codes';
import { bilingual, failure, issue } from './import-result';
import type { ImportFailure, ImportFeature, ImportFormat, ImportIssue, ImportOverrides, ImportReadResult } from './import-types';
import { MAX_FEATURES, MAX_VERTICES_PER_FILE } from './limits';
import { mostCommon } from './most-common';
import { codeOf, mapProperties } from './property-names';
import { type StatedCrs, resolveCrs } from './resolve-crs';
import { toLonLat } from './to-lonlat';

export interface RawFeature {
  index: number;
  properties: Record<string, unknown>;
  /** A GeoJSON geometry object in source coordinates, or null. */
  geometry: unknown;
}

export interface RawRead {
  format: ImportFormat;
  features: RawFeature[];
  stated?: StatedCrs;
  encoding: string | null;
  issues: ImportIssue[];
}

type Checked = { raw: RawFeature; geometry: CheckedGeometry };

/** The file fails with the commonest reason its records were rejected for. */
function noGeometryUsable(checked: Checked[]): ImportFailure {
  const rejected = checked.flatMap((c) => (c.geometry.ok ? [] : [c.geometry]));
  const code = mostCommon(rejected.map((r) => r.code)) ?? 'NULL_GEOMETRY';
  const first = rejected.find((r) => r.code === code)?.issue.message ?? '';
  return failure(code, `${bilingual('没有可用的面要素', 'no usable polygon feature')}：${first}`, { issues: rejected.slice(0, 20).map((r) => r.issue) });
}

function zWarning(checked: Checked[]): ImportIssue[] {
  const withZ = checked.filter((c) => c.geometry.ok && c.geometry.hadZ).map((c) => c.raw.index);
  if (withZ.length === 0) return [];
  const sample = withZ.slice(0, 5).join(', ');
  return [issue('Z_COORDINATES', bilingual(`${withZ.length}条记录含Z坐标（如第${sample}条），已忽略高程`, `${withZ.length} records carry Z (e.g. ${sample}); heights dropped`), null, 'warning')];
}

export function normaliseFeatures(raw: RawRead, overrides: ImportOverrides): ImportReadResult {
  if (raw.features.length === 0) return failure('EMPTY', bilingual('文件中没有要素', 'the file holds no features'));
  if (raw.features.length > MAX_FEATURES) {
    return failure('TOO_MANY_FEATURES', bilingual(`要素超过${MAX_FEATURES}个`, `more than ${MAX_FEATURES} features`), { count: raw.features.length });
  }
  const checked: Checked[] = raw.features.map((f) => ({ raw: f, geometry: checkGeometry(f.index, f.geometry) }));
  const usable = checked.flatMap((c) => (c.geometry.ok ? [{ index: c.raw.index, polygons: c.geometry.polygons, count: c.geometry.positionCount }] : []));
  const vertices = usable.reduce((sum, u) => sum + u.count, 0);
  if (vertices > MAX_VERTICES_PER_FILE) {
    return failure('TOO_MANY_VERTICES', bilingual(`坐标点共${vertices}个，超过${MAX_VERTICES_PER_FILE}`, `${vertices} vertices in the file, more than ${MAX_VERTICES_PER_FILE}`));
  }
  if (usable.length === 0) return noGeometryUsable(checked);

  const crs = resolveCrs(
    usable.map((u) => ({ index: u.index, positions: [...positionsOf({ type: 'MultiPolygon', coordinates: u.polygons })] })),
    raw.stated,
    overrides.crs,
  );
  if (!crs.ok) return crs;

  const polygonsByIndex = new Map(usable.map((u) => [u.index, u.polygons]));
  const features: ImportFeature[] = checked.map(({ raw: f, geometry }) => {
    const properties = mapProperties(f.properties);
    const srid = crs.sridByIndex.get(f.index);
    const polygons = polygonsByIndex.get(f.index);
    return {
      index: f.index,
      code: codeOf(properties),
      properties,
      geometry: srid !== undefined && polygons ? toLonLat(polygons, srid) : null,
      sourceGeometryType: geometry.sourceType,
    };
  });
  const issues = [
    ...raw.issues,
    ...checked.flatMap((c) => (c.geometry.ok ? [] : [c.geometry.issue])),
    ...crs.issues,
    ...zWarning(checked),
    ...duplicateCodeIssues(features),
  ];
  return { ok: true, detected: { format: raw.format, crs: crs.crs, crsSource: crs.crsSource, encoding: raw.encoding }, features, issues };
}
