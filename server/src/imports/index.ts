// Public API of the import readers and export writers.
export { readImport } from './read-import';
export { IMPORT_REASONS, IMPORT_REASON_CODES, type ImportErrorCode, type ImportIssueCode, type ImportReason } from './reasons';
export { MAX_FEATURES, MAX_FILE_BYTES, MAX_VERTICES_PER_FEATURE, MAX_VERTICES_PER_FILE, ZIP_LIMITS } from './limits';
export type * from './import-types';
export { EXPORT_FORMATS, type ExportFormat } from './export-formats';
export { exportGeoJson } from './export-geojson';
export { SHAPEFILE_FIELDS, exportShapefile, type ShapefileOptions } from './export-shapefile';
export { exportMinistryTxt, type MinistryTxtOptions } from './export-txt';
export { exportCsv, type CsvOptions } from './export-csv';
