// Public surface of the check engine for the HTTP route and the browser client.
// (cli.ts is Node-only and deliberately not re-exported.)
export { runChecks, type CheckOptions, type CheckOutcome } from './run-checks';
export { checkRequestSchema, projectFiguresSchema, type CheckRequest, type ProjectFigures } from './check-request.schema';
export { CHECK_ERROR_CODES, type CheckErrorCode, type CheckInputError } from './input-errors';
export { CHECK_REASONS, WARNING_CODES, type CheckReason, type WarningCode } from './reasons';
export {
  RESULT_STATUSES, STRUCTURAL_CHECKS, VERDICTS,
  type CheckKey, type CheckReport, type CheckResult, type CheckWarning, type ParcelEdge, type RequiredBound,
  type ReportAreas, type ResultDetail, type ResultStatus, type Verdict,
} from './report';
export { ADMIN_USE, FEATURE_KINDS, FEATURE_KIND_CODES, type CheckParcel, type FeatureKind, type SitePlan, type SitePlanFeature, type SitePlanProperties } from './site-plan';
export { FIGURE_FORMULAS } from './figure-indicators';
export { CONTAINMENT_TOLERANCE_M, MAX_PLAN_FEATURES, MAX_PLAN_VERTICES, OVERLAP_TOLERANCE_M2, TALL_STOREY_M } from './limits';
export { parcelFeatureSchema, parcelFromFeature, parcelIndicatorSchema } from './parcel-feature';
export { formatInputError, formatReport } from './format-report';
