// What a metric needs to know besides its records: the quarter, the day it is evaluated as of, and
// the thresholds that are policy rather than code (domain.md §5: keep them in configuration). Pure.
import type { IsoDate } from '../calendar/iso-date';
import type { Quarter } from './quarter';

export interface EvaluationThresholds {
  /** Working days from review approval to publication a parcel may take (审核通过后公开时限). */
  publishLimitWorkdays: number;
  /** Hours within which a credit record must reach the provincial credit platform ("within a day"). */
  creditDeliveryHours: number;
  /** Hours within which a status change must reach the shared case record every channel reads. */
  freshnessHours: number;
}

export const DEFAULT_THRESHOLDS: EvaluationThresholds = {
  publishLimitWorkdays: 5,
  creditDeliveryHours: 24,
  freshnessHours: 24,
};

export interface EvaluationContext {
  quarter: Quarter;
  /** The quarter's last day once it is over, else today (Beijing dates). */
  asOf: IsoDate;
  /** The instant the evaluation looks from: the quarter's end, or now while it runs. */
  asOfInstant: Date;
  thresholds: EvaluationThresholds;
}
