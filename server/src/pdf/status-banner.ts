// A full-width coloured box under the title stating that the document is not (or no longer) in
// effect; paired with the page watermark so a printed copy cannot be mistaken for a valid one.
import { CJK_FONT } from './cjk-font';
import { contentWidth, moveBelow } from './page-layout';
import { TEXT_COLOR } from './text-blocks';

const COLOR = '#b03a2e';
const PAD = 7;

export function drawStatusBanner(doc: PDFKit.PDFDocument, text: string): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font(CJK_FONT).fontSize(10.5);
  const height = doc.heightOfString(text, { width: width - 2 * PAD }) + 2 * PAD;
  const top = doc.y;
  doc.rect(left, top, width, height).fillColor('#fbeaea').fill();
  doc.rect(left, top, width, height).lineWidth(1).strokeColor(COLOR).stroke();
  doc.fillColor(COLOR).text(text, left + PAD, top + PAD, { width: width - 2 * PAD });
  doc.fillColor(TEXT_COLOR);
  moveBelow(doc, top + height, 8);
}
