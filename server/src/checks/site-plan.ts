// The site plan (总平面图) an investor draws or uploads, and the parcel it is checked against.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ParcelIndicator } from '../domain/indicators';

export const FEATURE_KINDS = [
  { code: 'building', labelZh: '建筑物', labelEn: 'Building' },
  { code: 'structure', labelZh: '构筑物', labelEn: 'Structure' },
  { code: 'yard', labelZh: '堆场', labelEn: 'Yard' },
  { code: 'green', labelZh: '绿地', labelEn: 'Green space' },
  { code: 'road', labelZh: '道路', labelEn: 'Road' },
  { code: 'parking', labelZh: '停车场', labelEn: 'Parking' },
  { code: 'admin_facility', labelZh: '行政办公及生活服务设施', labelEn: 'Admin and living facilities' },
  { code: 'other', labelZh: '其他', labelEn: 'Other' },
] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number]['code'];
export const FEATURE_KIND_CODES = FEATURE_KINDS.map((k) => k.code) as readonly FeatureKind[];

/** A building whose `use` is this holds admin and living facilities (行政办公及生活服务设施). */
export const ADMIN_USE = 'admin';

export interface SitePlanProperties {
  id?: string | number;
  kind: FeatureKind;
  name?: string;
  floors?: number;
  height_m?: number;
  /** One height per storey, ground floor first. */
  storey_heights_m?: number[];
  /** Total floor area when it is not footprint × floors. */
  floor_area_m2?: number;
  use?: string;
}

export type SitePlanFeature = Feature<Polygon | MultiPolygon, SitePlanProperties>;
export type SitePlan = FeatureCollection<Polygon | MultiPolygon, SitePlanProperties>;

/** A parcel as the check engine needs it; geometry in EPSG:4490. */
export interface CheckParcel {
  code: string;
  geometry: Polygon | MultiPolygon;
  indicators: readonly ParcelIndicator[];
  /** 规划条件 setback, used when no setback indicator is stated (the stricter wins if both are). */
  planningSetbackM?: number | null;
  /** 规划条件 height limit, used like planningSetbackM. */
  planningHeightLimitM?: number | null;
}

/** One plan feature after validation; geometry still in the plan's CRS. */
export interface PlanFeature {
  id: string;
  kind: FeatureKind;
  geometry: Polygon | MultiPolygon;
  floors: number | null;
  heightM: number | null;
  storeyHeightsM: number[] | null;
  floorAreaM2: number | null;
  isAdminUse: boolean;
}
