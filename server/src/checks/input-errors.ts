// Typed input errors: the plan, parcel or figures cannot be checked at all. The HTTP layer maps
// each to 400 with the code; the client shows the message next to the named features.
import { CRS_REASONS } from '../geo/detect-crs';
import type { GkSrid } from '../geo/crs';
import type { GeometryReason } from '../geo/validate-geometry';

export const CHECK_ERROR_CODES = {
  PLAN_TOO_MANY_VERTICES: 'PLAN_TOO_MANY_VERTICES',
  PLAN_TOO_MANY_FEATURES: 'PLAN_TOO_MANY_FEATURES',
  PLAN_INVALID_GEOJSON: 'PLAN_INVALID_GEOJSON',
  PLAN_NON_FINITE_COORDINATE: 'PLAN_NON_FINITE_COORDINATE',
  PLAN_NULL_GEOMETRY: 'PLAN_NULL_GEOMETRY',
  PLAN_UNSUPPORTED_GEOMETRY: 'PLAN_UNSUPPORTED_GEOMETRY',
  PLAN_FEATURE_ID_MISSING: 'PLAN_FEATURE_ID_MISSING',
  PLAN_DUPLICATE_FEATURE_ID: 'PLAN_DUPLICATE_FEATURE_ID',
  PLAN_UNKNOWN_KIND: 'PLAN_UNKNOWN_KIND',
  PLAN_INVALID_FLOORS: 'PLAN_INVALID_FLOORS',
  PLAN_INVALID_PROPERTY: 'PLAN_INVALID_PROPERTY',
  PARCEL_INVALID_GEOMETRY: 'PARCEL_INVALID_GEOMETRY',
  FIGURES_INVALID: 'FIGURES_INVALID',
  ...CRS_REASONS,
} as const;
export type CheckErrorCode = (typeof CHECK_ERROR_CODES)[keyof typeof CHECK_ERROR_CODES];

export interface CheckInputError {
  code: CheckErrorCode;
  message: string;
  /** Feature ids (or `#index` when a feature has no id) the error is about. */
  features: string[];
  /** The geometry validator's reason, when the error comes from it. */
  reason?: GeometryReason;
  /** For AMBIGUOUS_CRS: the systems that would put the plan inside Shanxi. */
  candidates?: GkSrid[];
}

export function inputError(code: CheckErrorCode, message: string, features: string[] = [], extra: Partial<CheckInputError> = {}): CheckInputError {
  return { code, message, features, ...extra };
}
