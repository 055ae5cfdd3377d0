// The bordered cell shared by tables and key–value blocks: padding, border and text measurement.
import { CJK_FONT, CJK_MONO_FONT } from './cjk-font';

export const CELL_PAD_X = 4;
export const CELL_PAD_Y = 4;
export const CELL_LINE_GAP = 1.5;
export const LABEL_FILL = '#e8edf3';
const BORDER_COLOR = '#8a8a8a';

export type CellAlign = 'left' | 'center' | 'right';

export function cellTextOptions(width: number, align: CellAlign = 'left'): PDFKit.Mixins.TextOptions {
  return { width: width - 2 * CELL_PAD_X, align, lineGap: CELL_LINE_GAP };
}

/** Height of a cell holding `text` at the current font size, padding included. */
export function cellHeight(doc: PDFKit.PDFDocument, text: string, width: number, options: { mono?: boolean; align?: CellAlign } = {}): number {
  doc.font(options.mono ? CJK_MONO_FONT : CJK_FONT);
  return doc.heightOfString(text || ' ', cellTextOptions(width, options.align)) + 2 * CELL_PAD_Y;
}

export function cellBorder(doc: PDFKit.PDFDocument, x: number, y: number, width: number, height: number, fill?: string): void {
  if (fill) doc.rect(x, y, width, height).fillColor(fill).fill();
  doc.rect(x, y, width, height).lineWidth(0.5).strokeColor(BORDER_COLOR).stroke();
}
