// Indicators computed from the project's figures rather than from the plan (domain.md §2.2).
// A missing figure gives `not_provided`, never a pass.
import type { IndicatorKey, ParcelIndicator } from '../domain/indicators';
import type { CheckContext } from './check-context';
import type { ProjectFigures } from './check-request.schema';
import { evaluateText } from './evaluate-bound';
import { CHECK_REASONS } from './reasons';
import type { CheckResult } from './report';
import { indicatorFrame, judged, unitMismatch, withoutActual } from './results';

type Figure = Exclude<keyof ProjectFigures, 'emissionStandard'>;

interface FigureFormula {
  numerator: Figure;
  /** 'parcelMu' divides by the site area in 亩. */
  denominator: Figure | 'parcelMu';
  scale: number;
}

/** How each figure-based indicator is computed; the client uses it to ask for the right figures. */
export const FIGURE_FORMULAS = {
  // 2008 notes: investment intensity = fixed-asset investment (incl. land price) / site area.
  investmentIntensity: { numerator: 'fixedAssetInvestmentWanYuan', denominator: 'parcelMu', scale: 1 },
  taxPerMu: { numerator: 'annualTaxWanYuan', denominator: 'parcelMu', scale: 1 },
  outputPerMu: { numerator: 'annualOutputWanYuan', denominator: 'parcelMu', scale: 1 },
  energyValueAddedPerTce: { numerator: 'valueAddedWanYuan', denominator: 'energyUseTce', scale: 1 },
  energyPerValueAdded: { numerator: 'energyUseTce', denominator: 'valueAddedWanYuan', scale: 1 },
  emissionValueAddedPerTonne: { numerator: 'valueAddedWanYuan', denominator: 'emissionsTonnes', scale: 1 },
  rdIntensity: { numerator: 'rdSpendingWanYuan', denominator: 'revenueWanYuan', scale: 100 },
} as const satisfies Partial<Record<IndicatorKey, FigureFormula>>;
export type FigureIndicatorKey = keyof typeof FIGURE_FORMULAS;

export function isFigureIndicator(key: IndicatorKey): key is FigureIndicatorKey {
  return key in FIGURE_FORMULAS;
}

export function figureIndicator(ctx: CheckContext, indicator: ParcelIndicator & { key: FigureIndicatorKey }): CheckResult {
  const formula: FigureFormula = FIGURE_FORMULAS[indicator.key];
  const numerator = ctx.figures[formula.numerator];
  const denominator = formula.denominator === 'parcelMu' ? ctx.parcelMu : ctx.figures[formula.denominator];
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) {
    return withoutActual(indicatorFrame(indicator), 'not_provided', CHECK_REASONS.FIGURE_NOT_PROVIDED);
  }
  if (denominator === 0) return withoutActual(indicatorFrame(indicator), 'error', CHECK_REASONS.ZERO_DENOMINATOR);
  return judged(indicator, (numerator / denominator) * formula.scale);
}

/** 污染物排放标准: the committed standard must be the one the parcel names. */
export function emissionStandard(ctx: CheckContext, indicator: ParcelIndicator): CheckResult {
  const frame = indicatorFrame(indicator);
  const actual = ctx.figures.emissionStandard;
  if (actual === null || actual === undefined) return withoutActual(frame, 'not_provided', CHECK_REASONS.FIGURE_NOT_PROVIDED);
  if (unitMismatch(indicator)) return withoutActual(frame, 'error', CHECK_REASONS.UNIT_MISMATCH);
  const { status, reason, margin } = evaluateText(indicator, actual);
  return { ...frame, actual, status, reason, margin, features: [], details: [] };
}
