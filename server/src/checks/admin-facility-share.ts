// 行政办公及生活服务设施用地所占比重 (2008 notes, ≤ 7 %): admin land / site area × 100. When that
// land cannot be separated, the notes apportion it by floor area: site area × admin floor area /
// total floor area, i.e. a share of admin floor area / total floor area. `ofFloorArea` asks for
// that measure directly.
import type { ParcelIndicator } from '../domain/indicators';
import { type CheckContext, warn } from './check-context';
import { CHECK_REASONS, WARNING_CODES } from './reasons';
import type { CheckResult } from './report';
import { indicatorFrame, judged, withoutActual } from './results';
import { ofKinds } from './site-areas';

function floorAreaShare(ctx: CheckContext, indicator: ParcelIndicator): CheckResult {
  const frame = indicatorFrame(indicator);
  const floorAreas = ctx.floorAreas(false);
  if (!floorAreas.ok) return withoutActual(frame, 'error', floorAreas.reason, floorAreas.features);
  const { missing, totalM2, adminM2 } = floorAreas.value;
  if (missing.length > 0) return withoutActual(frame, 'not_provided', CHECK_REASONS.FLOORS_NOT_PROVIDED, missing);
  if (totalM2 === 0) return withoutActual(frame, 'not_provided', CHECK_REASONS.NO_FLOOR_AREA);
  return judged(indicator, (adminM2 / totalM2) * 100);
}

export function adminFacilityShare(ctx: CheckContext, indicator: ParcelIndicator): CheckResult {
  const frame = indicatorFrame(indicator);
  if (ctx.planEmpty) return withoutActual(frame, 'not_provided', CHECK_REASONS.PLAN_EMPTY);
  if (indicator.ofFloorArea) return floorAreaShare(ctx, indicator);

  const adminLand = ctx.areas.adminLand;
  if (!adminLand.ok) return withoutActual(frame, 'error', adminLand.reason, adminLand.features);
  const adminBuildings = ofKinds(ctx.scene.features, 'building').filter((b) => b.isAdminUse);
  if (adminLand.value === 0 && adminBuildings.length > 0) {
    warn(ctx, WARNING_CODES.ADMIN_LAND_APPORTIONED, 'no admin_facility land drawn: share apportioned by admin floor area / total floor area (2008 notes)', adminBuildings.map((b) => b.id));
    return floorAreaShare(ctx, indicator);
  }
  return judged(indicator, (adminLand.value / ctx.parcelAreaM2) * 100);
}
