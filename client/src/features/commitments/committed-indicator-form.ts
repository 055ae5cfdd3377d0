// The wizard's committed-indicator table: each parcel indicator with a field for a stricter bound.
// A blank field keeps the parcel's bound; a number must be at least as strict (issue #5: never weaker
// than the parcel, stronger allowed), judged by the server's own rule (isNotWeaker). Pure.
import { INDICATOR_PLAUSIBLE_RANGE, type IndicatorKey, type ParcelIndicator } from '../../../../server/src/domain/indicators';
import { type IndicatorOverride, isNotWeaker } from '../../../../server/src/commitments/committed-indicators';

/** What the user typed for one indicator; blank (or absent) ends keep the parcel's bound. */
export interface IndicatorDraft {
  value?: string;
  valueMax?: string;
}
export type IndicatorDrafts = Partial<Record<IndicatorKey, IndicatorDraft>>;

export const INDICATOR_FORM_PROBLEMS = {
  /** The text is not a number. */
  NOT_A_NUMBER: 'NOT_A_NUMBER',
  /** Outside the plausible range (a typing mistake rather than policy, INDICATOR_PLAUSIBLE_RANGE). */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** A range whose lower end is above its upper end. */
  RANGE_INVERTED: 'RANGE_INVERTED',
  /** Weaker than the parcel's bound: the server would answer 422 COMMITMENT_WEAKER_THAN_PARCEL. */
  WEAKER_THAN_PARCEL: 'WEAKER_THAN_PARCEL',
} as const;
export type IndicatorFormProblem = (typeof INDICATOR_FORM_PROBLEMS)[keyof typeof INDICATOR_FORM_PROBLEMS];

export interface IndicatorRowCheck {
  key: IndicatorKey;
  /** Fixed rows (an `eq` bound, e.g. the emission standard) are committed exactly as the parcel states. */
  editable: boolean;
  committed: { value: number | null; valueMax: number | null; textValue: string | null };
  /** True when the committed bound differs from the parcel's (it is then sent as an override). */
  stricter: boolean;
  problem: { reason: IndicatorFormProblem; range?: readonly [number, number] } | null;
}

const EPS = 1e-9;

/** '' → null (keep the parcel's), a finite number, or NaN for text that is not one. */
function parseField(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim().replace(/，/g, ',').replace(/,/g, '');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

function isEditable(indicator: Pick<ParcelIndicator, 'comparator'>): boolean {
  return indicator.comparator !== 'eq';
}

export function checkIndicatorRow(parcel: ParcelIndicator, draft: IndicatorDraft | undefined): IndicatorRowCheck {
  const base = { key: parcel.key, committed: { value: parcel.value, valueMax: parcel.valueMax, textValue: parcel.textValue } };
  if (!isEditable(parcel)) return { ...base, editable: false, stricter: false, problem: null };
  const typedValue = parseField(draft?.value);
  const typedMax = parcel.comparator === 'range' ? parseField(draft?.valueMax) : null;
  if (Number.isNaN(typedValue) || Number.isNaN(typedMax)) {
    return { ...base, editable: true, stricter: false, problem: { reason: INDICATOR_FORM_PROBLEMS.NOT_A_NUMBER } };
  }
  const committed = { value: typedValue ?? parcel.value, valueMax: typedMax ?? parcel.valueMax, textValue: parcel.textValue };
  const changed = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) > EPS;
  const stricter = changed(committed.value, parcel.value) || changed(committed.valueMax, parcel.valueMax);
  const range = INDICATOR_PLAUSIBLE_RANGE[parcel.key];
  const outside = (v: number | null) => v !== null && (v < range[0] || v > range[1]);
  let problem: IndicatorRowCheck['problem'] = null;
  if (outside(typedValue) || outside(typedMax)) problem = { reason: INDICATOR_FORM_PROBLEMS.OUT_OF_RANGE, range };
  else if (parcel.comparator === 'range' && committed.value !== null && committed.valueMax !== null && committed.value > committed.valueMax + EPS) {
    problem = { reason: INDICATOR_FORM_PROBLEMS.RANGE_INVERTED };
  } else if (!isNotWeaker(parcel, committed)) problem = { reason: INDICATOR_FORM_PROBLEMS.WEAKER_THAN_PARCEL };
  return { ...base, committed, editable: true, stricter, problem };
}

export interface IndicatorFormCheck {
  rows: IndicatorRowCheck[];
  /** What POST /api/commitments takes as `indicators`: only the rows made stricter. */
  overrides: IndicatorOverride[];
  valid: boolean;
}

export function checkIndicatorDrafts(parcelIndicators: readonly ParcelIndicator[], drafts: IndicatorDrafts): IndicatorFormCheck {
  const rows = parcelIndicators.map((p) => checkIndicatorRow(p, drafts[p.key]));
  const overrides = rows
    .filter((r) => r.stricter && r.problem === null)
    .map((r): IndicatorOverride => {
      const parcel = parcelIndicators.find((p) => p.key === r.key) as ParcelIndicator;
      return parcel.comparator === 'range' ? { key: r.key, value: r.committed.value, valueMax: r.committed.valueMax } : { key: r.key, value: r.committed.value };
    });
  return { rows, overrides, valid: rows.every((r) => r.problem === null) };
}
