// Building footprints should not overlap. Advisory: coverage already unions footprints, so an
// overlap is a drawing problem the reviewer should see, not a failed indicator.
import { polygonalAreaM2 } from '../geo/planar-area';
import { intersectionOf, toMultiPolygon } from '../geo/polygon-clipping';
import { bboxOf, overlappingBoxPairs } from '../geo/bbox-pairs';
import { type CheckContext, warn } from './check-context';
import { OVERLAP_TOLERANCE_M2 } from './limits';
import { CHECK_REASONS, WARNING_CODES } from './reasons';
import { type CheckResult, type ResultDetail, STRUCTURAL_CHECKS } from './report';
import { type ResultFrame, withoutActual } from './results';
import { ofKinds } from './site-areas';

export const OVERLAPS_FRAME: ResultFrame = {
  key: 'overlaps',
  labelZh: STRUCTURAL_CHECKS.overlaps.labelZh,
  required: { comparator: 'max', value: 0, unit: 'm²' },
  unit: 'm²',
  blocking: false,
};

export function overlapsResult(ctx: CheckContext): CheckResult {
  const frame = OVERLAPS_FRAME;
  if (ctx.planEmpty) return withoutActual(frame, 'not_applicable', CHECK_REASONS.PLAN_EMPTY);
  const buildings = ofKinds(ctx.scene.features, 'building');
  const invalid = buildings.filter((b) => b.problem).map((b) => b.id);
  if (invalid.length > 0) return withoutActual(frame, 'error', CHECK_REASONS.INVALID_FOOTPRINT, invalid);

  const details: ResultDetail[] = [];
  for (const [a, b] of overlappingBoxPairs(buildings, (f) => bboxOf(f.planar))) {
    const overlap = intersectionOf(a.planar, b.planar);
    if (!overlap.ok) return withoutActual(frame, 'error', CHECK_REASONS.GEOMETRY_OPERATION_FAILED, [a.id, b.id]);
    const areaM2 = polygonalAreaM2(toMultiPolygon(overlap.polygons));
    if (areaM2 > OVERLAP_TOLERANCE_M2) details.push({ features: [a.id, b.id].sort(), actual: areaM2, unit: 'm²' });
  }
  details.sort((p, q) => (p.features.join() < q.features.join() ? -1 : 1));
  for (const d of details) warn(ctx, WARNING_CODES.BUILDING_OVERLAP, `buildings ${d.features.join(' and ')} overlap by ${d.actual.toFixed(2)} m²`, d.features);
  const total = details.reduce((sum, d) => sum + d.actual, 0);
  return {
    ...frame,
    actual: total,
    status: details.length === 0 ? 'pass' : 'fail',
    reason: details.length === 0 ? CHECK_REASONS.WITHIN_BOUND : CHECK_REASONS.BUILDINGS_OVERLAP,
    margin: 0 - total,
    features: [...new Set(details.flatMap((d) => d.features))].sort(),
    details,
  };
}
