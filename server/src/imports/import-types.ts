// Shapes going in and out of the import readers and export writers.
import type { MultiPolygon } from 'geojson';
import type { ParcelIndicator } from '../domain/indicators';
import type { ImportErrorCode, ImportIssueCode } from './reasons';

export const IMPORT_FORMATS = ['geojson', 'shapefile', 'kml', 'txt', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where the source CRS came from: a GeoJSON `crs` member or the 报部 带号 ('declared'), a .prj,
 *  the coordinate ranges ('detected'), the caller ('override'), or the KML rule (always lon/lat). */
export type CrsSource = 'declared' | 'prj' | 'detected' | 'override' | 'kml';

export interface ImportFile {
  name: string;
  bytes: Buffer;
}

export interface ImportOverrides {
  /** EPSG code of the source coordinates (4490, 4525, 4526, 4546, 4547). */
  crs?: number;
  /** Text encoding of DBF/TXT/CSV (an iconv-lite label: 'gbk', 'utf-8', …). */
  encoding?: string;
}

export interface ImportFeature {
  /** Record number in the source, 1-based (CSV: data row, header excluded). */
  index: number;
  code: string | null;
  /** Recognised names mapped to parcel properties (code, name, landUseCode, declaredAreaM2, …);
   *  other properties keep their source names. */
  properties: Record<string, unknown>;
  /** EPSG:4490 lon/lat, rounded to 1e-9°, outer rings counter-clockwise; null when missing or rejected. */
  geometry: MultiPolygon | null;
  sourceGeometryType: string | null;
}

export interface ImportIssue {
  /** The feature's `index`, or null for the whole file. */
  feature: number | null;
  code: ImportIssueCode;
  /** Chinese first, then English: "第3条记录几何为空 / record 3 has no geometry". */
  message: string;
  severity: 'error' | 'warning';
}

export interface DetectedSource {
  format: ImportFormat;
  /** EPSG of the source coordinates; null for the indicator CSV, which has none. */
  crs: number | null;
  crsSource: CrsSource | null;
  /** Text encoding used for attributes (null when the format has none to choose, e.g. KML). */
  encoding: string | null;
}

export interface ImportFailure {
  ok: false;
  status: 400 | 413 | 422;
  code: ImportErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export interface ImportSuccess {
  ok: true;
  detected: DetectedSource;
  features: ImportFeature[];
  issues: ImportIssue[];
}

export type ImportReadResult = ImportSuccess | ImportFailure;

/** What export writers take: one parcel with its planar area and EPSG:4490 geometry. */
export interface ExportParcel {
  code: string;
  name: string;
  landUseCode: string;
  status: string;
  areaM2: number;
  declaredAreaM2?: number | null;
  geometry: MultiPolygon;
  indicators?: ParcelIndicator[];
}
