// What the enterprise commits to: every indicator the parcel states, at the parcel's bound or a
// stricter one, never a weaker one (issue #5; evaluation checks the same rule as 一致性).
import { type IndicatorKey, type ParcelIndicator, indicatorDefinition, indicatorProblem } from '../domain/indicators';

export const COMMITMENT_INDICATOR_REASONS = {
  WEAKER_THAN_PARCEL: 'WEAKER_THAN_PARCEL',
  NOT_ON_PARCEL: 'NOT_ON_PARCEL',
  COMPARATOR_CHANGED: 'COMPARATOR_CHANGED',
  INVALID_VALUE: 'INVALID_VALUE',
} as const;
export type CommitmentIndicatorReason = (typeof COMMITMENT_INDICATOR_REASONS)[keyof typeof COMMITMENT_INDICATOR_REASONS];

/** A stricter bound the enterprise offers for one indicator; omitted ends keep the parcel's. */
export interface IndicatorOverride {
  key: IndicatorKey;
  value?: number | null;
  valueMax?: number | null;
  textValue?: string | null;
}

export type CheckStage = 'completion' | 'output';

export interface CommittedIndicator extends ParcelIndicator {
  /** The parcel's bound it was committed against. */
  parcelValue: number | null;
  parcelValueMax: number | null;
  parcelTextValue: string | null;
  /** 竣工验收 checks the design and investment figures, 达产复核 the output ones. */
  stage: CheckStage;
}

export interface IndicatorProblem {
  key: string;
  reason: CommitmentIndicatorReason;
  message: string;
}

export type CommitOutcome = { ok: true; indicators: CommittedIndicator[] } | { ok: false, problems: IndicatorProblem[] };

export function checkStageOf(key: IndicatorKey): CheckStage {
  return indicatorDefinition(key).stage === 'output' ? 'output' : 'completion';
}

const EPS = 1e-9;

/** True when `committed` is at least as strict as `parcel` for the same comparator. */
export function isNotWeaker(parcel: ParcelIndicator, committed: Pick<ParcelIndicator, 'value' | 'valueMax' | 'textValue'>): boolean {
  const atLeast = (c: number | null, p: number | null) => p === null || (c !== null && c >= p - EPS);
  const atMost = (c: number | null, p: number | null) => p === null || (c !== null && c <= p + EPS);
  switch (parcel.comparator) {
    case 'min':
      return atLeast(committed.value, parcel.value);
    case 'max':
      return atMost(committed.value, parcel.value);
    case 'range':
      return atLeast(committed.value, parcel.value) && atMost(committed.valueMax, parcel.valueMax) && (committed.value ?? -Infinity) <= (committed.valueMax ?? Infinity);
    case 'eq':
      return parcel.textValue !== null ? committed.textValue === parcel.textValue : committed.value !== null && parcel.value !== null && Math.abs(committed.value - parcel.value) <= EPS;
  }
}

export function commitIndicators(parcelIndicators: readonly ParcelIndicator[], overrides: readonly IndicatorOverride[] = []): CommitOutcome {
  const problems: IndicatorProblem[] = [];
  const byKey = new Map(parcelIndicators.map((i) => [i.key, i]));
  for (const o of overrides) {
    if (!byKey.has(o.key)) {
      problems.push({ key: o.key, reason: COMMITMENT_INDICATOR_REASONS.NOT_ON_PARCEL, message: `${o.key}：该地块未设定此指标` });
    }
  }
  const indicators = parcelIndicators.map((parcel): CommittedIndicator => {
    const o = overrides.find((x) => x.key === parcel.key);
    const committed: ParcelIndicator = {
      ...parcel,
      value: o?.value !== undefined ? o.value : parcel.value,
      valueMax: o?.valueMax !== undefined ? o.valueMax : parcel.valueMax,
      textValue: o?.textValue !== undefined ? o.textValue : parcel.textValue,
    };
    const label = indicatorDefinition(parcel.key).labelZh;
    const invalid = o ? indicatorProblem(committed) : null;
    if (invalid) problems.push({ key: parcel.key, reason: COMMITMENT_INDICATOR_REASONS.INVALID_VALUE, message: invalid });
    else if (!isNotWeaker(parcel, committed)) {
      problems.push({ key: parcel.key, reason: COMMITMENT_INDICATOR_REASONS.WEAKER_THAN_PARCEL, message: `${label}：承诺值不得低于地块出让指标` });
    }
    return {
      ...committed,
      parcelValue: parcel.value,
      parcelValueMax: parcel.valueMax,
      parcelTextValue: parcel.textValue,
      stage: checkStageOf(parcel.key),
    };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, indicators };
}
