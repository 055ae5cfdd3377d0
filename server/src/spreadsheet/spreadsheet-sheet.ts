// A table to export, independent of the format: the xlsx and CSV writers both take it, so a
// report builds its rows once and offers either file.

/** A cell: text, a number (written as a number, so Excel can sum it) or empty. */
export type SpreadsheetCell = string | number | null;

export interface SpreadsheetColumn {
  header: string;
  /** Width in Excel character units (one Chinese character ≈ 2); estimated from the content when omitted. */
  width?: number;
}

export interface SpreadsheetSheet {
  /** Sheet tab name; made valid for Excel (31 characters, no : \ / ? * [ ], unique) by writeXlsx. */
  name: string;
  columns: readonly SpreadsheetColumn[];
  rows: readonly (readonly SpreadsheetCell[])[];
}
