// The opening block of our forms: labelled values on the left, the QR code to their right.
import { type KeyValue, drawKeyValueBlock } from './key-value-block';
import { contentWidth, ensureSpace, moveBelow } from './page-layout';
import { drawQrCode } from './qr-code';

const QR_SIZE = 108;
const GAP = 12;
const CAPTION_HEIGHT = 14;

export function drawKeyValuesWithQr(doc: PDFKit.PDFDocument, items: readonly KeyValue[], qrPng: Buffer, caption: string): void {
  ensureSpace(doc, QR_SIZE + CAPTION_HEIGHT);
  const top = doc.y;
  const width = contentWidth(doc) - QR_SIZE - GAP;
  drawQrCode(doc, qrPng, { x: doc.page.margins.left + width + GAP, y: top, size: QR_SIZE, caption });
  drawKeyValueBlock(doc, items, { width, labelWidth: 100 });
  moveBelow(doc, Math.max(doc.y, top + QR_SIZE + CAPTION_HEIGHT + 8));
}
