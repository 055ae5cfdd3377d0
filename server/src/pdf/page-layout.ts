// A4 page geometry shared by the primitives: margins in points (1 mm = 2.835 pt) and the
// helpers that keep a block together on one page.

/** Top and bottom leave room for the running header and the page-number footer. */
export const A4_MARGINS = { top: 76, bottom: 70, left: 62, right: 62 } as const;

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function contentBottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit below the cursor. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > contentBottom(doc)) doc.addPage();
}

/** Puts the cursor back at the left margin, `gap` points below `y`. */
export function moveBelow(doc: PDFKit.PDFDocument, y: number, gap = 0): void {
  doc.x = doc.page.margins.left;
  doc.y = y + gap;
}
