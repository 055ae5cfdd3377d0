// Turns an untrusted plan (JSON from the HTTP body or the drawing tool) into validated features,
// or the first problem found as a typed input error.
import { GEOMETRY_REASONS, validateGeometry } from '../geo/validate-geometry';
import { type CheckInputError, CHECK_ERROR_CODES as E, inputError } from './input-errors';
import { MAX_PLAN_FEATURES, MAX_PLAN_VERTICES } from './limits';
import { ADMIN_USE, FEATURE_KIND_CODES, type FeatureKind, type PlanFeature } from './site-plan';

export type ParsedPlan = { ok: true; features: PlanFeature[]; positionCount: number } | { ok: false; error: CheckInputError };

type Props = Record<string, unknown>;

class PlanProblem {
  constructor(readonly error: CheckInputError) {}
}

function fail(...args: Parameters<typeof inputError>): never {
  throw new PlanProblem(inputError(...args));
}

function isObject(value: unknown): value is Props {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function featureId(feature: Props, props: Props, index: number): string {
  const id = feature.id ?? props.id;
  if (typeof id === 'string' && id.trim() !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return fail(E.PLAN_FEATURE_ID_MISSING, `feature #${index} has no id (feature.id or properties.id)`, [`#${index}`]);
}

function optionalNumber(props: Props, name: string, id: string, min: number): number | null {
  const value = props[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    fail(E.PLAN_INVALID_PROPERTY, `${id}: ${name} must be a finite number ≥ ${min}`, [id]);
  }
  return value;
}

function floorsOf(props: Props, id: string): number | null {
  const value = props.floors;
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    fail(E.PLAN_INVALID_FLOORS, `${id}: floors must be a whole number ≥ 1, got ${String(value)}`, [id]);
  }
  return value;
}

function storeyHeightsOf(props: Props, id: string, floors: number | null): number[] | null {
  const value = props.storey_heights_m;
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || value.length === 0 || value.some((h) => typeof h !== 'number' || !Number.isFinite(h) || h <= 0)) {
    fail(E.PLAN_INVALID_PROPERTY, `${id}: storey_heights_m must be a list of positive numbers`, [id]);
  }
  if (floors !== null && value.length !== floors) {
    fail(E.PLAN_INVALID_PROPERTY, `${id}: storey_heights_m has ${value.length} entries for ${floors} floors`, [id]);
  }
  return value as number[];
}

function parseFeature(value: unknown, index: number, budget: number): { feature: PlanFeature; positions: number } {
  if (!isObject(value) || value.type !== 'Feature') fail(E.PLAN_INVALID_GEOJSON, `feature #${index} is not a GeoJSON Feature`, [`#${index}`]);
  const props = isObject(value.properties) ? value.properties : {};
  const id = featureId(value, props, index);

  const kind = props.kind;
  if (!(FEATURE_KIND_CODES as readonly unknown[]).includes(kind)) {
    fail(E.PLAN_UNKNOWN_KIND, `${id}: unknown kind ${JSON.stringify(kind)}; expected one of ${FEATURE_KIND_CODES.join(', ')}`, [id]);
  }

  if (value.geometry === null || value.geometry === undefined) fail(E.PLAN_NULL_GEOMETRY, `${id} has no geometry`, [id]);
  const checked = validateGeometry(value.geometry, { maxPositions: budget });
  if (!checked.valid) {
    const message = `${id}: ${checked.message} (at ${checked.path.join('.')})`;
    if (checked.reason === GEOMETRY_REASONS.TOO_MANY_VERTICES) fail(E.PLAN_TOO_MANY_VERTICES, `the plan has more than ${MAX_PLAN_VERTICES} vertices`, [id]);
    if (checked.reason === GEOMETRY_REASONS.UNSUPPORTED_TYPE) fail(E.PLAN_UNSUPPORTED_GEOMETRY, message, [id], { reason: checked.reason });
    if (checked.reason === GEOMETRY_REASONS.NON_FINITE_COORDINATE) fail(E.PLAN_NON_FINITE_COORDINATE, message, [id], { reason: checked.reason });
    fail(E.PLAN_INVALID_GEOJSON, message, [id], { reason: checked.reason });
  }

  const floors = floorsOf(props, id);
  const storeyHeightsM = storeyHeightsOf(props, id, floors);
  const feature: PlanFeature = {
    id,
    kind: kind as FeatureKind,
    geometry: checked.geometry,
    floors: floors ?? storeyHeightsM?.length ?? null,
    heightM: optionalNumber(props, 'height_m', id, 0),
    storeyHeightsM,
    floorAreaM2: optionalNumber(props, 'floor_area_m2', id, 0),
    isAdminUse: props.use === ADMIN_USE,
  };
  return { feature, positions: checked.positionCount };
}

export function parseSitePlan(plan: unknown): ParsedPlan {
  try {
    if (!isObject(plan) || plan.type !== 'FeatureCollection' || !Array.isArray(plan.features)) {
      fail(E.PLAN_INVALID_GEOJSON, 'the plan must be a GeoJSON FeatureCollection');
    }
    // Limits first, before any per-feature work (security.md: vertex cap per request).
    if (plan.features.length > MAX_PLAN_FEATURES) {
      fail(E.PLAN_TOO_MANY_FEATURES, `the plan has ${plan.features.length} features; at most ${MAX_PLAN_FEATURES} are allowed`);
    }
    const features: PlanFeature[] = [];
    const seen = new Set<string>();
    let positionCount = 0;
    plan.features.forEach((value: unknown, index: number) => {
      const { feature, positions } = parseFeature(value, index, MAX_PLAN_VERTICES - positionCount);
      if (seen.has(feature.id)) fail(E.PLAN_DUPLICATE_FEATURE_ID, `feature id ${feature.id} is used twice`, [feature.id]);
      seen.add(feature.id);
      positionCount += positions;
      features.push(feature);
    });
    return { ok: true, features, positionCount };
  } catch (problem) {
    if (problem instanceof PlanProblem) return { ok: false, error: problem.error };
    throw problem;
  }
}
