// 容积率 = total floor area / site area (2008 notes); storeys over 8 m count twice when the
// parcel's indicator says so.
import type { ParcelIndicator } from '../domain/indicators';
import { type CheckContext, warn } from './check-context';
import { CHECK_REASONS, WARNING_CODES } from './reasons';
import type { CheckResult } from './report';
import { indicatorFrame, judged, withoutActual } from './results';

export function floorAreaRatio(ctx: CheckContext, indicator: ParcelIndicator): CheckResult {
  const frame = indicatorFrame(indicator);
  if (ctx.planEmpty) return withoutActual(frame, 'not_provided', CHECK_REASONS.PLAN_EMPTY);
  const doubleCount = indicator.doubleCountTallStoreys === true;
  const floorAreas = ctx.floorAreas(doubleCount);
  if (!floorAreas.ok) return withoutActual(frame, 'error', floorAreas.reason, floorAreas.features);
  const { missing, countedM2, assumedHeights, unknownHeights } = floorAreas.value;
  if (missing.length > 0) return withoutActual(frame, 'not_provided', CHECK_REASONS.FLOORS_NOT_PROVIDED, missing);
  if (doubleCount && assumedHeights.length > 0) {
    warn(ctx, WARNING_CODES.STOREY_HEIGHT_ASSUMED, 'no storey_heights_m: storeys assumed equal (height_m / floors) for the 8 m double-count rule', assumedHeights);
  }
  if (doubleCount && unknownHeights.length > 0) {
    warn(ctx, WARNING_CODES.STOREY_HEIGHT_UNKNOWN, 'no storey heights: storeys over 8 m could not be counted twice', unknownHeights);
  }
  return judged(indicator, countedM2 / ctx.parcelAreaM2);
}
