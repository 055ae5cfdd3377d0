// Zipped Shapefile of parcels in EPSG:4490 lon/lat, with .prj (CGCS2000 WKT) and .cpg, as
// domain.md §6 asks ("Write: always emit .cpg and .prj"). DBF field names are ≤ 10 bytes, so the
// parcel properties are mapped to the short names below (the field dictionary the UI lists).
import { zipSync } from 'fflate';
import { CGCS2000_GEOGRAPHIC_WKT } from './cgcs2000-wkt';
import { type DbfColumn, type DbfEncoding, type DbfValue, writeDbf } from './dbf-write';
import type { ExportParcel } from './import-types';
import { writeShpShx } from './shp-write';

export const SHAPEFILE_FIELDS = [
  { name: 'DKBH', type: 'C', property: 'code', zh: '地块编号', en: 'Parcel code' },
  { name: 'DKMC', type: 'C', property: 'name', zh: '地块名称', en: 'Parcel name' },
  { name: 'YDXZ', type: 'C', property: 'landUseCode', zh: '用地性质（地类编码）', en: 'Land-use code' },
  { name: 'MJ', type: 'N', decimals: 2, property: 'areaM2', zh: '面积（平方米，高斯投影平面）', en: 'Area, m² (GK plane)' },
  { name: 'SBMJ', type: 'N', decimals: 2, property: 'declaredAreaM2', zh: '申报面积（平方米）', en: 'Declared area, m²' },
  { name: 'ZT', type: 'C', property: 'status', zh: '状态', en: 'Status' },
] as const satisfies readonly (DbfColumn & { property: keyof ExportParcel; zh: string; en: string })[];

export interface ShapefileOptions {
  /** File names inside the zip, without extension. */
  baseName?: string;
  encoding?: DbfEncoding;
  /** DBF header date; pass one for reproducible output. */
  date?: Date;
}

/** The parts by file name, before zipping. */
export function shapefileParts(parcels: readonly ExportParcel[], options: ShapefileOptions = {}): Record<string, Uint8Array> {
  const { baseName = 'parcels', encoding = 'utf-8', date = new Date() } = options;
  const { shp, shx } = writeShpShx(parcels.map((p) => p.geometry));
  const rows = parcels.map((p) => SHAPEFILE_FIELDS.map((f): DbfValue => (p[f.property] as DbfValue | undefined) ?? null));
  return {
    [`${baseName}.shp`]: shp,
    [`${baseName}.shx`]: shx,
    [`${baseName}.dbf`]: writeDbf(SHAPEFILE_FIELDS, rows, encoding, date),
    [`${baseName}.prj`]: Buffer.from(CGCS2000_GEOGRAPHIC_WKT, 'latin1'),
    [`${baseName}.cpg`]: Buffer.from(encoding === 'gbk' ? 'GBK' : 'UTF-8', 'latin1'),
  };
}

export function zipParts(parts: Record<string, Uint8Array>, date: Date = new Date()): Buffer {
  return Buffer.from(zipSync(parts, { level: 6, mtime: date }));
}

export function exportShapefile(parcels: readonly ExportParcel[], options: ShapefileOptions = {}): Buffer {
  return zipParts(shapefileParts(parcels, options), options.date);
}
