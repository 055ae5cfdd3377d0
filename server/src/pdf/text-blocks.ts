// Title, headings, paragraphs and notes. The font has one weight, so "bold" is the glyph
// outline stroked as well as filled (a common substitute for 小标宋/黑体 bold in generated forms).
import { BODY_FONT_SIZE } from './a4-document';
import { CJK_FONT } from './cjk-font';
import { contentWidth, ensureSpace } from './page-layout';

export const TEXT_COLOR = '#1a1a1a';
export const MUTED_COLOR = '#555555';
const BOLD_STROKE = 0.35;
const PARAGRAPH_LINE_GAP = 4;

/** Writes text at the cursor with a stroked outline so it reads as bold. */
export function boldText(doc: PDFKit.PDFDocument, text: string, options: PDFKit.Mixins.TextOptions = {}): void {
  // No save()/restore() pair: a q…Q around text that breaks onto a new page would be unbalanced.
  doc.lineWidth(BOLD_STROKE).strokeColor(TEXT_COLOR).fillColor(TEXT_COLOR);
  doc.text(text, { ...options, fill: true, stroke: true });
  doc.lineWidth(1);
}

export function documentTitle(doc: PDFKit.PDFDocument, title: string, subtitle?: string): void {
  const x = doc.page.margins.left;
  doc.font(CJK_FONT).fontSize(20);
  boldText(doc, title, { align: 'center', width: contentWidth(doc) });
  if (subtitle) {
    doc.moveDown(0.2).fontSize(10.5).fillColor(MUTED_COLOR).text(subtitle, x, doc.y, { align: 'center', width: contentWidth(doc) });
  }
  doc.fillColor(TEXT_COLOR).fontSize(BODY_FONT_SIZE).moveDown(0.8);
  doc.x = x;
}

const HEADING_HEIGHT = 32;

/**
 * A numbered section heading (一、承诺双方). It starts a new page rather than sit alone at the
 * bottom: `keepWithNext` is the height of what must follow it on the same page (a chart).
 */
export function sectionHeading(doc: PDFKit.PDFDocument, text: string, keepWithNext = 90): void {
  ensureSpace(doc, HEADING_HEIGHT + keepWithNext);
  doc.moveDown(0.6).font(CJK_FONT).fontSize(13.5);
  boldText(doc, text, { width: contentWidth(doc) });
  doc.fontSize(BODY_FONT_SIZE).moveDown(0.35);
}

/** Body text; Chinese paragraphs start with a two-character indent. */
export function paragraph(doc: PDFKit.PDFDocument, text: string, options: { indent?: boolean; size?: number } = {}): void {
  const size = options.size ?? BODY_FONT_SIZE;
  doc.font(CJK_FONT).fontSize(size).fillColor(TEXT_COLOR);
  doc.text(text, doc.page.margins.left, doc.y, {
    width: contentWidth(doc),
    align: 'justify',
    lineGap: PARAGRAPH_LINE_GAP,
    indent: options.indent === false ? 0 : size * 2,
    paragraphGap: 3,
  });
  doc.fontSize(BODY_FONT_SIZE);
}

/** A numbered list: each item hangs after its number. */
export function numberedList(doc: PDFKit.PDFDocument, items: readonly string[]): void {
  const left = doc.page.margins.left;
  const numberWidth = 22;
  doc.font(CJK_FONT).fontSize(BODY_FONT_SIZE).fillColor(TEXT_COLOR);
  items.forEach((item, i) => {
    const height = doc.heightOfString(item, { width: contentWidth(doc) - numberWidth, lineGap: PARAGRAPH_LINE_GAP });
    ensureSpace(doc, Math.min(height, 40));
    const y = doc.y;
    doc.text(`${i + 1}.`, left, y, { width: numberWidth, lineBreak: false });
    doc.text(item, left + numberWidth, y, { width: contentWidth(doc) - numberWidth, lineGap: PARAGRAPH_LINE_GAP, paragraphGap: 3 });
  });
  doc.x = left;
}

/** Small grey text for remarks and legal notes. */
export function note(doc: PDFKit.PDFDocument, text: string): void {
  doc.font(CJK_FONT).fontSize(9).fillColor(MUTED_COLOR);
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 2 });
  doc.fillColor(TEXT_COLOR).fontSize(BODY_FONT_SIZE);
}
