// A bordered grid of labelled values (企业名称 | 山西某某有限公司), one or two pairs per row,
// the way Chinese government forms lay out the parties and the parcel.
import { CELL_PAD_X, CELL_PAD_Y, LABEL_FILL, cellBorder, cellHeight, cellTextOptions } from './cell-box';
import { CJK_FONT, CJK_MONO_FONT } from './cjk-font';
import { contentWidth, ensureSpace, moveBelow } from './page-layout';
import { TEXT_COLOR } from './text-blocks';

export interface KeyValue {
  label: string;
  value: string;
  /** Monospaced value (codes, digests). */
  mono?: boolean;
  /** Takes the whole row even in a two-pair layout (long addresses, texts). */
  wide?: boolean;
}

export interface KeyValueOptions {
  /** Pairs per row (default 1). */
  pairsPerRow?: 1 | 2;
  /** Width of the block; default the content width (less to leave room for a QR code beside it). */
  width?: number;
  /** Label cell width in points. */
  labelWidth?: number;
  fontSize?: number;
}

// A block up to this height moves to the next page whole rather than split.
const KEEP_TOGETHER_MAX = 220;

export function drawKeyValueBlock(doc: PDFKit.PDFDocument, items: readonly KeyValue[], options: KeyValueOptions = {}): void {
  const pairs = options.pairsPerRow ?? 1;
  const width = options.width ?? contentWidth(doc);
  const labelWidth = options.labelWidth ?? 86;
  const pairWidth = width / pairs;
  const left = doc.page.margins.left;
  doc.fontSize(options.fontSize ?? 10);

  const valueWidth = (item: KeyValue) => (item.wide ? width : pairWidth) - labelWidth;
  const rows = rowsOf(items, pairs).map((row) => ({
    row,
    height: Math.max(...row.flatMap((item) => [cellHeight(doc, item.label, labelWidth), cellHeight(doc, item.value, valueWidth(item), item)])),
  }));
  const total = rows.reduce((sum, r) => sum + r.height, 0);
  if (total <= KEEP_TOGETHER_MAX) ensureSpace(doc, total);

  let y = doc.y;
  for (const { row, height } of rows) {
    doc.y = y;
    ensureSpace(doc, height);
    y = doc.y;
    row.forEach((item, i) => {
      const x = left + i * pairWidth;
      cellBorder(doc, x, y, labelWidth, height, LABEL_FILL);
      doc.font(CJK_FONT).fillColor(TEXT_COLOR).text(item.label, x + CELL_PAD_X, y + CELL_PAD_Y, cellTextOptions(labelWidth));
      cellBorder(doc, x + labelWidth, y, valueWidth(item), height);
      doc.font(item.mono ? CJK_MONO_FONT : CJK_FONT).text(item.value, x + labelWidth + CELL_PAD_X, y + CELL_PAD_Y, cellTextOptions(valueWidth(item)));
    });
    // An odd pair at the end of a two-pair layout: close the row with an empty cell.
    if (row.length < pairs && !row[0]?.wide) cellBorder(doc, left + row.length * pairWidth, y, pairWidth * (pairs - row.length), height);
    y += height;
  }
  doc.font(CJK_FONT);
  moveBelow(doc, y, 8);
}

function rowsOf(items: readonly KeyValue[], pairs: number): KeyValue[][] {
  const rows: KeyValue[][] = [];
  for (const item of items) {
    const last = rows.at(-1);
    if (!item.wide && last && last.length < pairs && !last[0]?.wide) last.push(item);
    else rows.push([item]);
  }
  return rows;
}
