// The check report: what the HTTP route returns, the client renders and the CLI prints.
import type { Position } from 'geojson';
import type { Comparator, IndicatorKey } from '../domain/indicators';
import type { GkSrid, SupportedSrid } from '../geo/crs';
import type { CheckReason, WarningCode } from './reasons';

export const RESULT_STATUSES = ['pass', 'fail', 'not_provided', 'not_applicable', 'error'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export const VERDICTS = ['pass', 'fail', 'incomplete', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Checks that come from the plan's geometry itself rather than from a parcel indicator. */
export const STRUCTURAL_CHECKS = {
  containment: { labelZh: '建设内容位于宗地范围内', labelEn: 'Plan inside the parcel' },
  overlaps: { labelZh: '建筑物基底互不重叠', labelEn: 'Building footprints do not overlap' },
} as const;
export type StructuralCheckKey = keyof typeof STRUCTURAL_CHECKS;
export type CheckKey = IndicatorKey | StructuralCheckKey;

export interface RequiredBound {
  comparator: Comparator;
  value: number | string | null;
  valueMax?: number | null;
  unit: string;
}

/** One parcel edge: polygon and ring index in the parcel geometry, edge i runs from vertex i to i + 1. */
export interface ParcelEdge {
  polygon: number;
  ring: number;
  index: number;
  /** The parcel's own EPSG:4490 coordinates of the edge's two vertices. */
  from: Position;
  to: Position;
}

/** Per-feature evidence behind a result: an offending building's height, distance, outside area… */
export interface ResultDetail {
  features: string[];
  actual: number;
  unit: string;
  edge?: ParcelEdge;
}

export interface CheckResult {
  key: CheckKey;
  labelZh: string;
  required: RequiredBound;
  actual: number | string | null;
  unit: string;
  status: ResultStatus;
  reason: CheckReason;
  /** Signed distance from the bound in `unit`; positive = inside. Null when there is no actual. */
  margin: number | null;
  features: string[];
  /** False for advisory checks (overlaps): they warn but do not decide the verdict. */
  blocking: boolean;
  details: ResultDetail[];
}

export interface CheckWarning {
  code: WarningCode;
  message: string;
  features: string[];
}

export interface ReportAreas {
  parcelM2: number;
  parcelMu: number;
  /** Union of building footprints. Null when a footprint could not be measured. */
  buildingFootprintM2: number | null;
  /** Union of buildings, structures and yards (建筑系数 numerator). */
  coverageFootprintM2: number | null;
  greenM2: number | null;
  /** Union of admin_facility land. */
  adminM2: number | null;
  totalFloorAreaM2: number | null;
  /** Floor area as the FAR counts it (tall storeys doubled when the indicator says so). */
  countedFloorAreaM2: number | null;
}

export interface CheckReport {
  parcelCode: string;
  verdict: Verdict;
  /** input: the plan's CRS (null for an empty plan); planar: the GK plane all measures use. */
  crs: { input: SupportedSrid | null; planar: GkSrid };
  areas: ReportAreas;
  results: CheckResult[];
  warnings: CheckWarning[];
}
