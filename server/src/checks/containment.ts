// Every feature of the plan must lie inside the parcel (用地红线), holes excluded. turf's
// booleanWithin gives false positives on concave parcels, so this measures what sticks out:
// a feature is inside when none of its vertices lies more than CONTAINMENT_TOLERANCE_M outside
// and every piece of (feature − parcel) is a sliver thinner than the tolerance.
import { boundarySegments, distanceToSegmentsM, type Segment } from '../geo/nearest-edge';
import { segmentsIntersect } from '../geo/planar-distance';
import { polygonAreaM2 } from '../geo/planar-area';
import { polygonPerimeterM } from '../geo/planar-length';
import { pointInPolygons } from '../geo/point-in-polygon';
import { differenceOf } from '../geo/polygon-clipping';
import { positionsOf, type PolygonRings } from '../geo/polygonal';
import type { CheckContext } from './check-context';
import { CONTAINMENT_TOLERANCE_M } from './limits';
import { type Measure, measured, unmeasured } from './measure';
import type { PlanarFeature } from './planar-scene';
import { CHECK_REASONS } from './reasons';
import { STRUCTURAL_CHECKS, type CheckResult } from './report';
import { type ResultFrame, withoutActual } from './results';

export interface FeatureContainment {
  inside: boolean;
  outsideAreaM2: number;
}

function crossesBoundary(feature: PlanarFeature, parcelSegments: readonly Segment[]): boolean {
  const featureSegments = boundarySegments(feature.polygons);
  return featureSegments.some(([a, b]) => parcelSegments.some(([c, d]) => segmentsIntersect(a, b, c, d)));
}

/** Without crossings a parcel ring is wholly inside or wholly outside the feature: one vertex tells. */
function enclosesParcelRing(feature: PlanarFeature, parcel: readonly PolygonRings[]): boolean {
  return parcel.some((rings) => rings.some((ring) => ring[0] !== undefined && pointInPolygons(ring[0], feature.polygons)));
}

/** Mean width of a piece (2·area / perimeter): a sliver of width w along an edge gives ≈ w. */
function meanWidthM(piece: PolygonRings): number {
  const perimeter = polygonPerimeterM(piece);
  return perimeter === 0 ? 0 : (2 * polygonAreaM2(piece)) / perimeter;
}

function containmentOf(feature: PlanarFeature, parcel: readonly PolygonRings[], parcelSegments: readonly Segment[]): Measure<FeatureContainment> {
  if (feature.problem) return unmeasured(CHECK_REASONS.INVALID_FOOTPRINT, [feature.id], feature.problem.message);
  const vertices = [...positionsOf(feature.planar)];
  const verticesInside = vertices.map((v) => pointInPolygons(v, parcel));
  // Fast path: inside, never touching the boundary and not swallowing a hole; no clipping needed.
  if (verticesInside.every(Boolean) && !crossesBoundary(feature, parcelSegments) && !enclosesParcelRing(feature, parcel)) {
    return measured({ inside: true, outsideAreaM2: 0 });
  }

  const difference = differenceOf(feature.planar, { type: 'MultiPolygon', coordinates: parcel as PolygonRings[] });
  if (!difference.ok) return unmeasured(CHECK_REASONS.GEOMETRY_OPERATION_FAILED, [feature.id], difference.message);
  const outsideAreaM2 = difference.polygons.reduce((sum, piece) => sum + polygonAreaM2(piece), 0);
  const verticesNear = vertices.every((v, i) => verticesInside[i] || distanceToSegmentsM(v, parcelSegments) <= CONTAINMENT_TOLERANCE_M);
  const slivers = difference.polygons.every((piece) => meanWidthM(piece) <= CONTAINMENT_TOLERANCE_M);
  return measured({ inside: verticesNear && slivers, outsideAreaM2 });
}

export function measureContainment(features: readonly PlanarFeature[], parcel: readonly PolygonRings[]): Map<string, Measure<FeatureContainment>> {
  const parcelSegments = boundarySegments(parcel);
  return new Map(features.map((f) => [f.id, containmentOf(f, parcel, parcelSegments)]));
}

export const CONTAINMENT_FRAME: ResultFrame = {
  key: 'containment',
  labelZh: STRUCTURAL_CHECKS.containment.labelZh,
  required: { comparator: 'max', value: 0, unit: '个' },
  unit: '个',
  blocking: true,
};

export function containmentResult(ctx: CheckContext): CheckResult {
  const frame = CONTAINMENT_FRAME;
  if (ctx.planEmpty) return withoutActual(frame, 'not_applicable', CHECK_REASONS.PLAN_EMPTY);
  const failed = [...ctx.containment.values()].flatMap((m) => (m.ok ? [] : [m]));
  const firstFailure = failed[0];
  if (firstFailure) return withoutActual(frame, 'error', firstFailure.reason, failed.flatMap((m) => m.features));
  const outside = [...ctx.containment.entries()].filter(([, m]) => m.ok && !m.value.inside);
  const details = outside.map(([id, m]) => ({ features: [id], actual: m.ok ? m.value.outsideAreaM2 : 0, unit: 'm²' }));
  return {
    ...frame,
    actual: outside.length,
    status: outside.length === 0 ? 'pass' : 'fail',
    reason: outside.length === 0 ? CHECK_REASONS.WITHIN_BOUND : CHECK_REASONS.FEATURE_OUTSIDE_PARCEL,
    margin: 0 - outside.length,
    features: outside.map(([id]) => id),
    details,
  };
}
