// GeoJSON: a FeatureCollection, a Feature or a bare geometry. RFC 7946 dropped the `crs` member,
// but Chinese tools still write the 2008 form ({"type":"name","properties":{"name":"EPSG:4547"}}),
// so a named EPSG code we support is honoured and range-checked; anything else is detected.
import { isSupportedSrid } from '../geo/crs';
import { decodeText } from './decode-text';
import { bilingual, failure, fileWarning } from './import-result';
import type { ImportFailure, ImportOverrides } from './import-types';
import type { RawFeature, RawRead } from './normalise-features';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);
/** WGS84 lon/lat; stored as CGCS2000 with a note (they differ by centimetres). */
const WGS84_NAMES = /^(?:EPSG:4326|urn:ogc:def:crs:EPSG:[\d.]*:4326|urn:ogc:def:crs:OGC:1\.3:CRS84|CRS84)$/i;
const EPSG_NAME = /^(?:EPSG:|urn:ogc:def:crs:EPSG:[\d.]*:|https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/0\/)(\d+)$/i;

type CrsMember = { srid: number; wgs84: boolean } | null | ImportFailure;

function crsMember(root: Record<string, unknown>): CrsMember {
  const name = (root.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (root.crs === undefined || root.crs === null) return null;
  if (typeof name !== 'string') return failure('UNSUPPORTED_CRS', bilingual('GeoJSON的crs成员无法识别', 'the GeoJSON crs member is not a named CRS'));
  if (WGS84_NAMES.test(name)) return { srid: 4490, wgs84: true };
  const srid = Number(EPSG_NAME.exec(name)?.[1]);
  if (!isSupportedSrid(srid)) {
    return failure('UNSUPPORTED_CRS', bilingual(`不支持的坐标系${name}`, `unsupported CRS ${name}`), { crs: name });
  }
  return { srid, wgs84: false };
}

function asProperties(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function featuresOf(root: Record<string, unknown>): RawFeature[] | null {
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) return null;
    return root.features.map((f: unknown, i) => {
      const feature = asProperties(f);
      return { index: i + 1, properties: asProperties(feature.properties), geometry: feature.geometry ?? null };
    });
  }
  if (root.type === 'Feature') return [{ index: 1, properties: asProperties(root.properties), geometry: root.geometry ?? null }];
  if (typeof root.type === 'string' && GEOMETRY_TYPES.has(root.type)) return [{ index: 1, properties: {}, geometry: root }];
  return null;
}

export function readGeoJson(bytes: Buffer, overrides: ImportOverrides): RawRead | ImportFailure {
  const decoded = decodeText(bytes, overrides.encoding);
  if (!decoded.ok) return failure('ENCODING', decoded.message);
  let root: unknown;
  try {
    root = JSON.parse(decoded.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure('JSON_INVALID', bilingual(`JSON格式错误：${detail}`, `malformed JSON: ${detail}`));
  }
  const object = asProperties(root);
  const features = featuresOf(object);
  if (!features) return failure('JSON_INVALID', bilingual('不是GeoJSON（缺少type或features）', 'not GeoJSON (no type, or no features array)'));
  const crs = crsMember(object);
  if (crs !== null && 'ok' in crs) return crs;
  return {
    format: 'geojson',
    features,
    ...(crs ? { stated: { srid: crs.srid, source: 'declared' as const } } : {}),
    encoding: decoded.encoding,
    issues: crs?.wgs84 ? [fileWarning('WGS84_AS_CGCS2000')] : [],
  };
}
