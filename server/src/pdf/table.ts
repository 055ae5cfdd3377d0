// A bordered table whose rows never split: a row that does not fit goes to the next page, and
// the header row is drawn again at the top of every page the table continues on.
import { CELL_PAD_X, CELL_PAD_Y, type CellAlign, LABEL_FILL, cellBorder, cellHeight, cellTextOptions } from './cell-box';
import { CJK_FONT, CJK_MONO_FONT } from './cjk-font';
import { contentBottom, contentWidth, moveBelow } from './page-layout';
import { MUTED_COLOR, TEXT_COLOR, boldText } from './text-blocks';

export interface TableColumn {
  header: string;
  /** Relative width: the columns share the content width in proportion to their weights. */
  weight: number;
  align?: CellAlign;
  /** Monospaced face, for codes and digests. */
  mono?: boolean;
}

/** A cell is its text, or its text with a colour (e.g. red for 逾期). */
export type TableCell = string | { text: string; color?: string };

export interface TableOptions {
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  fontSize?: number;
  /** Shown in one full-width row when there are no rows. */
  emptyText?: string;
}

const cellText = (cell: TableCell | undefined): string => (typeof cell === 'string' ? cell : (cell?.text ?? ''));

export function drawTable(doc: PDFKit.PDFDocument, options: TableOptions): void {
  const { columns } = options;
  doc.fontSize(options.fontSize ?? 9.5);
  const widths = columnWidths(doc, columns);
  const left = doc.page.margins.left;
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  const headerHeight = Math.max(...columns.map((c, i) => cellHeight(doc, c.header, widths[i] ?? 0, { align: 'center' })));
  // The tallest a row may be: a fresh page below a repeated header. Taller cells are cut with an ellipsis.
  const maxRowHeight = contentBottom(doc) - doc.page.margins.top - headerHeight;
  const heightOf = (row: readonly TableCell[]) =>
    Math.min(maxRowHeight, Math.max(...columns.map((c, i) => cellHeight(doc, cellText(row[i]), widths[i] ?? 0, c))));

  const drawHeader = (y: number) =>
    columns.forEach((column, i) => {
      cellBorder(doc, xs[i] ?? 0, y, widths[i] ?? 0, headerHeight, LABEL_FILL);
      doc.font(CJK_FONT);
      doc.x = (xs[i] ?? 0) + CELL_PAD_X;
      doc.y = y + CELL_PAD_Y;
      boldText(doc, column.header, cellTextOptions(widths[i] ?? 0, 'center'));
    });

  const drawRow = (row: readonly TableCell[], y: number, height: number) =>
    columns.forEach((column, i) => {
      const cell = row[i];
      cellBorder(doc, xs[i] ?? 0, y, widths[i] ?? 0, height);
      doc.font(column.mono ? CJK_MONO_FONT : CJK_FONT).fillColor(typeof cell === 'object' && cell.color ? cell.color : TEXT_COLOR);
      doc.text(cellText(cell), (xs[i] ?? 0) + CELL_PAD_X, y + CELL_PAD_Y, {
        ...cellTextOptions(widths[i] ?? 0, column.align),
        height: height - CELL_PAD_Y,
        ellipsis: true,
      });
    });

  const drawEmpty = (y: number, height: number) => {
    const width = contentWidth(doc);
    cellBorder(doc, left, y, width, height);
    doc.font(CJK_FONT).fillColor(MUTED_COLOR).text(options.emptyText ?? '（无）', left + CELL_PAD_X, y + CELL_PAD_Y, cellTextOptions(width, 'center'));
  };

  const emptyHeight = cellHeight(doc, '无', contentWidth(doc));
  const firstHeight = options.rows[0] ? heightOf(options.rows[0]) : emptyHeight;
  let y = doc.y;
  if (y + headerHeight + firstHeight > contentBottom(doc)) {
    doc.addPage(); // keep the header with the first row
    y = doc.page.margins.top;
  }
  drawHeader(y);
  y += headerHeight;
  if (options.rows.length === 0) {
    drawEmpty(y, emptyHeight);
    y += emptyHeight;
  }
  for (const row of options.rows) {
    const height = heightOf(row);
    if (y + height > contentBottom(doc)) {
      doc.addPage();
      y = doc.page.margins.top;
      drawHeader(y);
      y += headerHeight;
    }
    drawRow(row, y, height);
    y += height;
  }
  doc.fillColor(TEXT_COLOR).font(CJK_FONT);
  moveBelow(doc, y, 10);
}

function columnWidths(doc: PDFKit.PDFDocument, columns: readonly TableColumn[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => (contentWidth(doc) * c.weight) / total);
}
