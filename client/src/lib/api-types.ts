// The JSON the catalog API answers (sql/queries/parcels/search.sql, get-by-code.sql, zones/list.sql).
import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { AssessmentConclusion, AssessmentType } from '../../../server/src/domain/assessments';
import type { ParcelIndicator } from '../../../server/src/domain/indicators';
import type { LandUseCode } from '../../../server/src/domain/land-use';
import type { InfrastructureCode, ParcelStatus, SupplyMethod } from '../../../server/src/domain/parcel-status';

export type Bbox = [number, number, number, number];

export interface ParcelListItem {
  code: string;
  name: string;
  zoneCode: string;
  zoneName: string;
  divisionCode: string;
  cityName: string;
  countyName: string;
  location: string;
  landUseCode: LandUseCode;
  industryCode: string | null;
  status: ParcelStatus;
  areaM2: number;
  areaMu: number;
  supplyMethod: SupplyMethod | null;
  transferTermYears: number | null;
  reservePriceWanYuan: number | null;
  listedOn: string | null;
}

export interface ParcelPage {
  total: number;
  limit: number;
  offset: number;
  items: ParcelListItem[];
}

export interface ParcelAssessment {
  scope: 'zone' | 'parcel';
  type: AssessmentType;
  conclusion: AssessmentConclusion;
  documentNo: string | null;
  issuedOn: string | null;
  validUntil: string | null;
  expired: boolean;
  implicationZh: string | null;
}

export interface ParcelDetail {
  code: string;
  name: string;
  zone: { code: string; name: string; level: string; cityCode: string; cityName: string; countyCode: string; countyName: string };
  divisionCode: string;
  location: string;
  landUseCode: LandUseCode;
  industryCode: string | null;
  status: ParcelStatus;
  area: { m2: number; mu: number; gkSrid: number; declaredM2: number | null; declaredDiffPct: number | null };
  supplyMethod: SupplyMethod | null;
  transferTermYears: number | null;
  reservePriceWanYuan: number | null;
  infrastructure: InfrastructureCode[] | null;
  planning: { heightLimitM: number | null; setbackM: number | null };
  listedOn: string | null;
  indicators: ParcelIndicator[];
  assessments: ParcelAssessment[];
  centroid: Point;
  bbox: Bbox;
  geometry: Polygon | MultiPolygon;
}

export interface Zone {
  code: string;
  name: string;
  level: string;
  cityCode: string;
  cityName: string;
  countyCode: string;
  countyName: string;
  areaKm2: number;
  parcelCount: number;
  bbox: Bbox;
  geometry?: Polygon | MultiPolygon;
}

export interface ZoneList {
  total: number;
  items: Zone[];
}
