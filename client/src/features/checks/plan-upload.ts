// Reads an uploaded site-plan GeoJSON into the editable plan: the CRS is detected from the numbers
// (or chosen by the user when GK coordinates lack a zone prefix) and the features reprojected to
// EPSG:4490, so drawn and uploaded footprints live in one system. Anything deeper (valid rings,
// kinds, floors) is left to the check engine, which reports it with its own codes.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { CHECK_ERROR_CODES, type CheckErrorCode } from '../../../../server/src/checks/input-errors';
import { FEATURE_KIND_CODES, type FeatureKind, type SitePlan, type SitePlanFeature } from '../../../../server/src/checks/site-plan';
import type { GkSrid, SupportedSrid } from '../../../../server/src/geo/crs';
import { detectCrs } from '../../../../server/src/geo/detect-crs';
import { positionsOf } from '../../../../server/src/geo/polygonal';
import { reprojectGeometry } from '../../../../server/src/geo/reproject';
import { featureIdOf, nextFeatureId } from './plan-model';

export type UploadOutcome =
  | { ok: true; plan: SitePlan; srid: SupportedSrid }
  | { ok: false; code: CheckErrorCode; message: string; candidates: GkSrid[] };

/** A site plan is small; anything bigger is not a site plan. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const failure = (code: CheckErrorCode, message: string, candidates: GkSrid[] = []): UploadOutcome => ({ ok: false, code, message, candidates });

function isPolygonal(geometry: unknown): geometry is Polygon | MultiPolygon {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  return !!g && (g.type === 'Polygon' || g.type === 'MultiPolygon') && Array.isArray(g.coordinates);
}

function isFeatureKind(value: unknown): value is FeatureKind {
  return (FEATURE_KIND_CODES as readonly unknown[]).includes(value);
}

/** Parses and normalises an uploaded plan; `srid` overrides detection (the answer to AMBIGUOUS_CRS). */
export function readPlanUpload(text: string, srid?: number): UploadOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return failure(CHECK_ERROR_CODES.PLAN_INVALID_GEOJSON, err instanceof Error ? err.message : String(err));
  }
  const collection = json as { type?: unknown; features?: unknown };
  const features = collection?.type === 'Feature' ? [json] : collection?.type === 'FeatureCollection' && Array.isArray(collection.features) ? collection.features : null;
  if (!features) return failure(CHECK_ERROR_CODES.PLAN_INVALID_GEOJSON, 'expected a GeoJSON FeatureCollection');

  const parsed: SitePlanFeature[] = [];
  for (const [index, value] of features.entries()) {
    const feature = value as { type?: unknown; id?: unknown; geometry?: unknown; properties?: Record<string, unknown> | null };
    if (feature?.type !== 'Feature') return failure(CHECK_ERROR_CODES.PLAN_INVALID_GEOJSON, `feature #${index} is not a GeoJSON Feature`);
    if (!isPolygonal(feature.geometry)) return failure(CHECK_ERROR_CODES.PLAN_UNSUPPORTED_GEOMETRY, `feature #${index} is not a polygon`);
    const properties = { ...(feature.properties ?? {}) };
    // A plan from CAD often has no kind: call it "other" and let the investor reclassify it.
    if (!isFeatureKind(properties.kind)) properties.kind = 'other';
    const id = typeof feature.id === 'string' || typeof feature.id === 'number' ? feature.id : properties.id;
    parsed.push({ type: 'Feature', ...(id !== undefined && id !== null ? { id: id as string | number } : {}), properties: properties as unknown as SitePlanFeature['properties'], geometry: feature.geometry });
  }

  const positions: Position[] = parsed.flatMap((f) => [...positionsOf(f.geometry)]);
  const detection = detectCrs(positions, srid);
  if (!detection.ok) return failure(detection.reason, detection.message, detection.candidates);

  let plan: SitePlan = { type: 'FeatureCollection', features: [] };
  for (const feature of parsed) {
    const geometry = detection.srid === 4490 ? feature.geometry : reprojectGeometry(feature.geometry, detection.srid, 4490);
    const id = featureIdOf(feature) || nextFeatureId(plan, feature.properties.kind);
    plan = { ...plan, features: [...plan.features, { ...feature, id, geometry }] };
  }
  return { ok: true, plan, srid: detection.srid };
}
