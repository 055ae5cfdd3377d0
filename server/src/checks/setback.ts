// 建筑退界: each building's shortest distance to the parcel boundary (holes included) against the
// required setback. The offending edge is named so the reviewer can find it on the map. A building
// that is not inside the parcel has no setback at all: its distance counts as 0.
import type { ParcelIndicator } from '../domain/indicators';
import { nearestEdge } from '../geo/nearest-edge';
import { polygonsOf } from '../geo/polygonal';
import type { CheckContext } from './check-context';
import { evaluateBound } from './evaluate-bound';
import { DISTANCE_TOLERANCE_M } from './limits';
import { CHECK_REASONS } from './reasons';
import type { CheckResult, ParcelEdge, ResultDetail } from './report';
import { indicatorFrame, judged, withoutActual } from './results';
import { ofKinds } from './site-areas';

export function setback(ctx: CheckContext, indicator: ParcelIndicator): CheckResult {
  const frame = indicatorFrame(indicator);
  if (ctx.planEmpty) return withoutActual(frame, 'not_provided', CHECK_REASONS.PLAN_EMPTY);
  const buildings = ofKinds(ctx.scene.features, 'building');
  if (buildings.length === 0) return withoutActual(frame, 'not_applicable', CHECK_REASONS.NO_BUILDINGS);
  const invalid = buildings.filter((b) => b.problem).map((b) => b.id);
  if (invalid.length > 0) return withoutActual(frame, 'error', CHECK_REASONS.INVALID_FOOTPRINT, invalid);

  const source = polygonsOf(ctx.scene.parcel.source);
  const measured: ResultDetail[] = [];
  for (const building of buildings) {
    const containment = ctx.containment.get(building.id);
    const nearest = nearestEdge(ctx.scene.parcel.polygons, building.polygons);
    if (!containment?.ok || !nearest) return withoutActual(frame, 'error', containment?.ok === false ? containment.reason : CHECK_REASONS.GEOMETRY_OPERATION_FAILED, [building.id]);
    const ring = source[nearest.polygon]?.[nearest.ring] ?? [];
    const edge: ParcelEdge = { polygon: nearest.polygon, ring: nearest.ring, index: nearest.index, from: ring[nearest.index] ?? [], to: ring[nearest.index + 1] ?? [] };
    measured.push({ features: [building.id], actual: containment.value.inside ? nearest.distanceM : 0, unit: 'm', edge });
  }
  const offenders = measured.filter((d) => evaluateBound(indicator, d.actual, DISTANCE_TOLERANCE_M).status === 'fail');
  const closest = Math.min(...measured.map((d) => d.actual));
  return judged(indicator, closest, offenders.flatMap((d) => d.features), offenders, DISTANCE_TOLERANCE_M);
}
