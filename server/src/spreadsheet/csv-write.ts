// The same sheet as CSV for Excel/WPS: UTF-8 with a BOM (so Chinese Excel detects the encoding),
// CRLF line ends, RFC 4180 quoting and formula injection neutralised — the cell rules the parcel
// export already uses (imports/csv-cells.ts).
import { neutraliseFormula, quoteCell } from '../imports/csv-cells';
import type { SpreadsheetCell, SpreadsheetSheet } from './spreadsheet-sheet';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

function csvCell(value: SpreadsheetCell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`csv cell: ${value} is not a finite number`);
    return String(value);
  }
  return quoteCell(neutraliseFormula(value));
}

export function writeCsv(sheet: Pick<SpreadsheetSheet, 'columns' | 'rows'>): Buffer {
  const lines = [sheet.columns.map((c) => csvCell(c.header)), ...sheet.rows.map((row) => row.map(csvCell))].map((cells) => cells.join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
