// 建筑系数 = (building + structure footprints + yards) / site area × 100 (2008 notes); the union
// is measured, so overlapping footprints count once.
import type { ParcelIndicator } from '../domain/indicators';
import type { CheckContext } from './check-context';
import { CHECK_REASONS } from './reasons';
import type { CheckResult } from './report';
import { indicatorFrame, judgedMeasure, withoutActual } from './results';

export function buildingCoverage(ctx: CheckContext, indicator: ParcelIndicator): CheckResult {
  if (ctx.planEmpty) return withoutActual(indicatorFrame(indicator), 'not_provided', CHECK_REASONS.PLAN_EMPTY);
  return judgedMeasure(indicator, ctx.areas.coverageFootprint, (m2) => (m2 / ctx.parcelAreaM2) * 100);
}
