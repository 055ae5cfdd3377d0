// Running header, page-number footer (第 n 页 共 m 页) and an optional diagonal watermark, drawn
// on every buffered page once the content is complete (only then is the page count known).
import { CJK_FONT } from './cjk-font';
import { MUTED_COLOR, TEXT_COLOR } from './text-blocks';

export interface PageDecorations {
  /** Left of the header line, e.g. the issuing system or authority. */
  headerLeft: string;
  /** Right of the header line, e.g. the document title and number. */
  headerRight?: string;
  /** Left of the footer, e.g. 生成时间 2026-09-29 10:00. */
  footerLeft?: string;
  /** Large diagonal text on every page (草稿, 已撤销 …). */
  watermark?: string;
}

export function pageNumberText(page: number, pageCount: number): string {
  return `第 ${page} 页 共 ${pageCount} 页`;
}

export function decoratePages(doc: PDFKit.PDFDocument, decorations: PageDecorations): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would make pdfkit open a new page; lift the margin while drawing.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (decorations.watermark) drawWatermark(doc, decorations.watermark);
    drawHeader(doc, decorations);
    drawFooter(doc, decorations, pageNumberText(i - start + 1, count));
    doc.page.margins.bottom = bottomMargin;
  }
  doc.fillColor(TEXT_COLOR).fillOpacity(1);
}

function drawHeader(doc: PDFKit.PDFDocument, decorations: PageDecorations): void {
  const { left, right, top } = doc.page.margins;
  const width = doc.page.width - left - right;
  const y = top - 30;
  doc.font(CJK_FONT).fontSize(8.5).fillColor(MUTED_COLOR);
  doc.text(decorations.headerLeft, left, y, { width: width / 2, lineBreak: false });
  if (decorations.headerRight) doc.text(decorations.headerRight, left + width / 2, y, { width: width / 2, align: 'right', lineBreak: false });
  doc.moveTo(left, y + 14).lineTo(left + width, y + 14).lineWidth(0.5).strokeColor('#999999').stroke();
}

function drawFooter(doc: PDFKit.PDFDocument, decorations: PageDecorations, pageNumber: string): void {
  const { left, right } = doc.page.margins;
  const width = doc.page.width - left - right;
  const y = doc.page.height - 46;
  doc.font(CJK_FONT).fontSize(9).fillColor(MUTED_COLOR);
  if (decorations.footerLeft) doc.text(decorations.footerLeft, left, y, { width: width / 3, lineBreak: false });
  doc.text(pageNumber, left + width / 3, y, { width: width / 3, align: 'center', lineBreak: false });
}

function drawWatermark(doc: PDFKit.PDFDocument, text: string): void {
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  doc.font(CJK_FONT).fontSize(110).fillColor('#c0392b').fillOpacity(0.12);
  const textWidth = doc.widthOfString(text);
  doc.text(text, width / 2 - textWidth / 2, height / 2 - 55, { lineBreak: false });
  doc.restore();
}
