// Compares an actual value with a parcel's stated bound (min / max / range / eq).
import type { ParcelIndicator } from '../domain/indicators';
import { BOUND_EPSILON } from './limits';
import { CHECK_REASONS, type CheckReason } from './reasons';
import type { RequiredBound } from './report';

export interface BoundOutcome {
  status: 'pass' | 'fail' | 'error';
  reason: CheckReason;
  /** Signed distance from the bound; positive = inside. */
  margin: number | null;
}

export function requiredOf(indicator: ParcelIndicator, unit: string): RequiredBound {
  const value = indicator.comparator === 'eq' && indicator.textValue !== null ? indicator.textValue : indicator.value;
  return indicator.comparator === 'range'
    ? { comparator: 'range', value, valueMax: indicator.valueMax, unit }
    : { comparator: indicator.comparator, value, unit };
}

const slack = (bound: number, tolerance: number): number => Math.max(tolerance, BOUND_EPSILON * Math.max(1, Math.abs(bound)));

function outcome(margin: number, bound: number, failReason: CheckReason, tolerance: number): BoundOutcome {
  return margin >= -slack(bound, tolerance)
    ? { status: 'pass', reason: CHECK_REASONS.WITHIN_BOUND, margin }
    : { status: 'fail', reason: failReason, margin };
}

const boundMissing: BoundOutcome = { status: 'error', reason: CHECK_REASONS.BOUND_MISSING, margin: null };

/** `tolerance` is an absolute slack in the indicator's unit (e.g. metres for setbacks). */
export function evaluateBound(indicator: ParcelIndicator, actual: number, tolerance = 0): BoundOutcome {
  const { comparator, value, valueMax } = indicator;
  switch (comparator) {
    case 'min':
      return value === null ? boundMissing : outcome(actual - value, value, CHECK_REASONS.BELOW_MIN, tolerance);
    case 'max':
      return value === null ? boundMissing : outcome(value - actual, value, CHECK_REASONS.ABOVE_MAX, tolerance);
    case 'range': {
      // An open end is allowed: a FAR with only a floor, or only a 规划条件 ceiling.
      if (value === null && valueMax === null) return boundMissing;
      const below = value === null ? Number.POSITIVE_INFINITY : actual - value;
      const above = valueMax === null ? Number.POSITIVE_INFINITY : valueMax - actual;
      return below <= above
        ? outcome(below, value as number, CHECK_REASONS.BELOW_MIN, tolerance)
        : outcome(above, valueMax as number, CHECK_REASONS.ABOVE_MAX, tolerance);
    }
    case 'eq': {
      if (value === null) return boundMissing;
      const difference = Math.abs(actual - value);
      return difference <= slack(value, tolerance)
        ? { status: 'pass', reason: CHECK_REASONS.WITHIN_BOUND, margin: -difference }
        : { status: 'fail', reason: CHECK_REASONS.NOT_EQUAL, margin: -difference };
    }
  }
}

/** Text indicators (emission standard) only know equality; spacing and letter case do not count. */
export function evaluateText(indicator: ParcelIndicator, actual: string): BoundOutcome {
  if (indicator.textValue === null || indicator.comparator !== 'eq') return boundMissing;
  const normalise = (s: string) => s.replace(/\s+/g, '').toUpperCase();
  return normalise(indicator.textValue) === normalise(actual)
    ? { status: 'pass', reason: CHECK_REASONS.WITHIN_BOUND, margin: null }
    : { status: 'fail', reason: CHECK_REASONS.NOT_EQUAL, margin: null };
}
