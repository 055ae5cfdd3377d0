// Spreadsheet exports: one sheet model, written as xlsx or as CSV.
export { CSV_CONTENT_TYPE, writeCsv } from './csv-write';
export type { SpreadsheetCell, SpreadsheetColumn, SpreadsheetSheet } from './spreadsheet-sheet';
export { XLSX_CONTENT_TYPE, type XlsxOptions, writeXlsx } from './xlsx-write';
