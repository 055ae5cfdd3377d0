// Builders for CheckResult so that every check reports the same shape.
import { type ParcelIndicator, indicatorDefinition } from '../domain/indicators';
import { evaluateBound, requiredOf } from './evaluate-bound';
import type { Measure } from './measure';
import { CHECK_REASONS, type CheckReason } from './reasons';
import type { CheckResult, ResultDetail, ResultStatus } from './report';

export type ResultFrame = Pick<CheckResult, 'key' | 'labelZh' | 'required' | 'unit' | 'blocking'>;

export function indicatorFrame(indicator: ParcelIndicator): ResultFrame {
  const definition = indicatorDefinition(indicator.key);
  return { key: indicator.key, labelZh: definition.labelZh, required: requiredOf(indicator, definition.unit), unit: definition.unit, blocking: true };
}

/** The parcel must state its bound in the catalogue's unit (e.g. 万元/亩, not 万元/公顷). */
export function unitMismatch(indicator: ParcelIndicator): boolean {
  return indicator.unit !== '' && indicator.unit !== indicatorDefinition(indicator.key).unit;
}

export function withoutActual(frame: ResultFrame, status: ResultStatus, reason: CheckReason, features: string[] = []): CheckResult {
  return { ...frame, actual: null, status, reason, margin: null, features, details: [] };
}

export function judged(
  indicator: ParcelIndicator,
  actual: number,
  features: string[] = [],
  details: ResultDetail[] = [],
  tolerance = 0,
): CheckResult {
  const frame = indicatorFrame(indicator);
  if (unitMismatch(indicator)) return withoutActual(frame, 'error', CHECK_REASONS.UNIT_MISMATCH);
  const { status, reason, margin } = evaluateBound(indicator, actual, tolerance);
  return { ...frame, actual, status, reason, margin, features, details };
}

/** A measure that failed becomes an `error` result naming the features at fault. */
export function judgedMeasure(indicator: ParcelIndicator, measure: Measure, toActual: (value: number) => number): CheckResult {
  if (!measure.ok) return withoutActual(indicatorFrame(indicator), 'error', measure.reason, measure.features);
  return judged(indicator, toActual(measure.value));
}
