// QR codes for printed documents: error-correction level M (libraries.md: survives a fold or a
// smudge on paper), with the standard four-module quiet zone inside the image.
import QRCode from 'qrcode';
import { CJK_FONT } from './cjk-font';
import { MUTED_COLOR, TEXT_COLOR } from './text-blocks';

export function qrCodePng(content: string): Promise<Buffer> {
  return QRCode.toBuffer(content, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}

export interface QrPlacement {
  x: number;
  y: number;
  /** Side of the square in points, quiet zone included. */
  size: number;
  /** Centred under the code, e.g. 扫码核验. */
  caption?: string;
}

/** Draws the code where asked without moving the text cursor. */
export function drawQrCode(doc: PDFKit.PDFDocument, png: Buffer, placement: QrPlacement): void {
  const { x, y } = doc;
  doc.image(png, placement.x, placement.y, { width: placement.size, height: placement.size });
  if (placement.caption) {
    doc.font(CJK_FONT).fontSize(9).fillColor(MUTED_COLOR);
    doc.text(placement.caption, placement.x - 10, placement.y + placement.size - 2, { width: placement.size + 20, align: 'center', lineBreak: false });
    doc.fillColor(TEXT_COLOR);
  }
  doc.x = x;
  doc.y = y;
}
