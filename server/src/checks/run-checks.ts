// The check engine's entry point: a parcel, a site plan and the project's figures in, a report
// out. Pure (no I/O), so the browser runs the same code live while a plan is drawn.
import { SHANXI_BBOX } from '../geo/shanxi-extent';
import { detectCrs } from '../geo/detect-crs';
import { findSelfIntersection } from '../geo/self-intersection';
import type { SupportedSrid } from '../geo/crs';
import { positionsOf } from '../geo/polygonal';
import { validateGeometry } from '../geo/validate-geometry';
import { M2_PER_MU, type ParcelIndicator } from '../domain/indicators';
import type { CheckContext } from './check-context';
import { type ProjectFigures, projectFiguresSchema } from './check-request.schema';
import { CONTAINMENT_FRAME, containmentResult, measureContainment } from './containment';
import { type FloorAreaSummary, summarizeFloorAreas } from './floor-area';
import { checkIndicator } from './indicator-checks';
import { type CheckInputError, CHECK_ERROR_CODES as E, inputError } from './input-errors';
import { type Measure, valueOrNull } from './measure';
import { OVERLAPS_FRAME, overlapsResult } from './overlaps';
import { type PlanarFeature, buildPlanarScene } from './planar-scene';
import { indicatorsToCheck } from './planning-conditions';
import { parseSitePlan } from './parse-site-plan';
import { CHECK_REASONS, WARNING_CODES } from './reasons';
import type { CheckReport, CheckResult, CheckWarning, ReportAreas } from './report';
import { type ResultFrame, indicatorFrame, withoutActual } from './results';
import { measureSiteAreas, ofKinds } from './site-areas';
import type { CheckParcel, PlanFeature } from './site-plan';
import { verdictOf } from './verdict';

export interface CheckOptions {
  /** EPSG code of the plan's coordinates. Skips detection (still range-checked); needed for GK
   *  coordinates without a zone prefix, whose central meridian cannot be told from the numbers. */
  planSrid?: number;
}

export type CheckOutcome = { ok: true; report: CheckReport } | { ok: false; error: CheckInputError };

const failed = (error: CheckInputError): CheckOutcome => ({ ok: false, error });

function parcelProblem(parcel: CheckParcel): CheckInputError | null {
  const checked = validateGeometry(parcel.geometry, { bbox: SHANXI_BBOX });
  if (!checked.valid) return inputError(E.PARCEL_INVALID_GEOMETRY, `parcel ${parcel.code}: ${checked.message}`, [], { reason: checked.reason });
  const rings = checked.geometry.type === 'Polygon' ? [checked.geometry.coordinates] : checked.geometry.coordinates;
  if (rings.some((polygon) => findSelfIntersection(polygon))) return inputError(E.PARCEL_INVALID_GEOMETRY, `parcel ${parcel.code}: boundary crosses itself`);
  return null;
}

function planCrs(features: readonly PlanFeature[], statedSrid: number | undefined): { srid: SupportedSrid | null } | { error: CheckInputError } {
  if (features.length === 0) return { srid: null };
  const detection = detectCrs(features.flatMap((f) => [...positionsOf(f.geometry)]), statedSrid);
  if (detection.ok) return { srid: detection.srid };
  return { error: inputError(detection.reason, detection.message, [], detection.candidates.length > 0 ? { candidates: detection.candidates } : {}) };
}

/** Runs a check so that an unexpected exception (turf, a degenerate case) becomes an error result. */
function guarded(frame: ResultFrame, check: () => CheckResult): CheckResult {
  try {
    return check();
  } catch {
    return withoutActual(frame, 'error', CHECK_REASONS.GEOMETRY_OPERATION_FAILED);
  }
}

/** Floor areas with and without the tall-storey rule, each computed once. */
function floorAreasOnce(buildings: readonly PlanarFeature[]): CheckContext['floorAreas'] {
  const cache = new Map<boolean, Measure<FloorAreaSummary>>();
  return (doubleCount) => {
    const summary = cache.get(doubleCount) ?? summarizeFloorAreas(buildings, doubleCount);
    cache.set(doubleCount, summary);
    return summary;
  };
}

function reportAreas(ctx: CheckContext, indicators: readonly ParcelIndicator[]): ReportAreas {
  const complete = (m: Measure<FloorAreaSummary>) => (m.ok && m.value.missing.length === 0 ? m.value : null);
  const doubleCount = indicators.find((i) => i.key === 'floorAreaRatio')?.doubleCountTallStoreys === true;
  return {
    parcelM2: ctx.parcelAreaM2,
    parcelMu: ctx.parcelMu,
    buildingFootprintM2: valueOrNull(ctx.areas.buildingFootprint),
    coverageFootprintM2: valueOrNull(ctx.areas.coverageFootprint),
    greenM2: valueOrNull(ctx.areas.green),
    adminM2: valueOrNull(ctx.areas.adminLand),
    totalFloorAreaM2: complete(ctx.floorAreas(false))?.totalM2 ?? null,
    countedFloorAreaM2: complete(ctx.floorAreas(doubleCount))?.countedM2 ?? null,
  };
}

export function runChecks(parcel: CheckParcel, plan: unknown, figures: ProjectFigures = {}, options: CheckOptions = {}): CheckOutcome {
  const parsedFigures = projectFiguresSchema.safeParse(figures);
  if (!parsedFigures.success) return failed(inputError(E.FIGURES_INVALID, parsedFigures.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')));
  const parcelError = parcelProblem(parcel);
  if (parcelError) return failed(parcelError);
  const parsed = parseSitePlan(plan);
  if (!parsed.ok) return failed(parsed.error);
  const crs = planCrs(parsed.features, options.planSrid);
  if ('error' in crs) return failed(crs.error);

  const scene = buildPlanarScene(parcel, parsed.features, crs.srid);
  const parcelAreaM2 = scene.parcel.areaM2;
  if (!(parcelAreaM2 > 0)) return failed(inputError(E.PARCEL_INVALID_GEOMETRY, `parcel ${parcel.code} has no area`));

  const warnings: CheckWarning[] = scene.features.flatMap((f) => (f.problem ? [{ code: f.problem.code, message: `${f.id}: ${f.problem.message}`, features: [f.id] }] : []));
  const ctx: CheckContext = {
    scene,
    parcelAreaM2,
    parcelMu: parcelAreaM2 / M2_PER_MU,
    figures: parsedFigures.data,
    planEmpty: scene.features.length === 0,
    areas: measureSiteAreas(scene.features),
    floorAreas: floorAreasOnce(ofKinds(scene.features, 'building')),
    containment: measureContainment(scene.features, scene.parcel.polygons),
    warnings,
  };

  const indicators = indicatorsToCheck(parcel, warnings);
  const netBased = indicators.filter((i) => i.areaBase === 'net').map((i) => i.key);
  if (netBased.length > 0) {
    warnings.push({ code: WARNING_CODES.NET_AREA_NOT_AVAILABLE, message: `net site area is not known; gross parcel area used for ${netBased.join(', ')}`, features: [] });
  }
  const results = [
    ...indicators.map((indicator) => guarded(indicatorFrame(indicator), () => checkIndicator(ctx, indicator))),
    guarded(CONTAINMENT_FRAME, () => containmentResult(ctx)),
    guarded(OVERLAPS_FRAME, () => overlapsResult(ctx)),
  ];

  return {
    ok: true,
    report: {
      parcelCode: parcel.code,
      verdict: verdictOf(results),
      crs: { input: crs.srid, planar: scene.srid },
      areas: reportAreas(ctx, indicators),
      results,
      warnings,
    },
  };
}
