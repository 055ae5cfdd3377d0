// The shape of one evaluation metric and its drill-down rows (guide §7: quantitative observation with
// definitions; GB/T 40756 dimensions 完整性 / 一致性 / 及时性, made operational in domain.md §5). Pure.

export const DIMENSIONS = [
  { code: 'completeness', labelZh: '完整性', labelEn: 'Completeness' },
  { code: 'consistency', labelZh: '一致性', labelEn: 'Consistency' },
  { code: 'timeliness', labelZh: '及时性', labelEn: 'Timeliness' },
] as const;
export type Dimension = (typeof DIMENSIONS)[number]['code'];
export const DIMENSION_CODES = DIMENSIONS.map((d) => d.code) as readonly Dimension[];

/** `ratio`: a share 0–1 (shown as %); `workdays`: working days on the mainland calendar. */
export type MetricUnit = 'ratio' | 'workdays';

export interface MetricDefinition {
  key: string;
  dimension: Dimension;
  nameZh: string;
  nameEn: string;
  definitionZh: string;
  definitionEn: string;
  /** The formula in words, e.g. `完整的已公开地块数 ÷ 已公开地块数`. */
  formulaZh: string;
  formulaEn: string;
  numeratorZh: string;
  denominatorZh: string;
  unit: MetricUnit;
  /** Whether a larger value is better (an overdue share is better small). */
  better: 'higher' | 'lower';
  /** Ratios count towards the dimension score; durations are shown but not scored. */
  scored: boolean;
  /** Computed from province-wide data (the item catalog is one for all regions). */
  provinceWide?: boolean;
}

export interface MetricValue {
  /** null for statistics without one (P90). */
  numerator: number | null;
  denominator: number;
  /** null when there is nothing to measure (denominator 0): shown as 无数据, never a division by zero. */
  value: number | null;
}

export interface MetricResult extends MetricDefinition, MetricValue {
  noData: boolean;
}

/** One record behind a metric, for the drill-down (评估明细). */
export interface DrillRow {
  id: string;
  label: string;
  zoneCode: string | null;
  divisionCode: string | null;
  /** Counted in the numerator (passes the metric's test); for durations, always true. */
  passed: boolean;
  /** The record's own figure (working days, hours), when the metric has one. */
  value: number | null;
  /** Why it passed or not, in Chinese. */
  noteZh: string;
}

export interface MetricOutcome extends MetricValue {
  rows: DrillRow[];
}

/** A share with no division by zero: value null (无数据) when nothing was counted. */
export function ratio(numerator: number, denominator: number): MetricValue {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** The arithmetic mean of working days, null for none. */
export function mean(values: readonly number[]): MetricValue {
  const sum = values.reduce((a, b) => a + b, 0);
  return { numerator: sum, denominator: values.length, value: values.length === 0 ? null : sum / values.length };
}

/** The 90th percentile by the nearest-rank method: the smallest value with at least 90 % of values at or below it. */
export function p90(values: readonly number[]): MetricValue {
  if (values.length === 0) return { numerator: null, denominator: 0, value: null };
  const sorted = [...values].sort((a, b) => a - b);
  return { numerator: null, denominator: values.length, value: sorted[Math.ceil(0.9 * sorted.length) - 1] as number };
}
