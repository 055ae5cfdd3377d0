// Which check measures which indicator.
import type { IndicatorKey, ParcelIndicator } from '../domain/indicators';
import { adminFacilityShare } from './admin-facility-share';
import { buildingCoverage } from './building-coverage';
import type { CheckContext } from './check-context';
import { type FigureIndicatorKey, emissionStandard, figureIndicator, isFigureIndicator } from './figure-indicators';
import { floorAreaRatio } from './floor-area-ratio';
import { greenRatio } from './green-ratio';
import { heightLimit } from './height-limit';
import type { CheckResult } from './report';
import { setback } from './setback';

type IndicatorCheck = (ctx: CheckContext, indicator: ParcelIndicator) => CheckResult;

const OTHER_CHECKS: Record<Exclude<IndicatorKey, FigureIndicatorKey>, IndicatorCheck> = {
  floorAreaRatio,
  buildingCoverage,
  greenRatio,
  adminFacilityShare,
  heightLimit,
  setback,
  emissionStandard,
};

export function checkIndicator(ctx: CheckContext, indicator: ParcelIndicator): CheckResult {
  const { key } = indicator;
  if (isFigureIndicator(key)) return figureIndicator(ctx, { ...indicator, key });
  return OTHER_CHECKS[key](ctx, indicator);
}
