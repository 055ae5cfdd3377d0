// Side-by-side boxes, one per signing party: who they are, who signed, when, and the key
// fingerprint. Deliberately no drawn seal: what we print is an integrity mark, not an e-seal.
import { CJK_FONT, CJK_MONO_FONT } from './cjk-font';
import { contentWidth, ensureSpace, moveBelow } from './page-layout';
import { MUTED_COLOR, TEXT_COLOR, boldText } from './text-blocks';

export interface SignatureLine {
  label: string;
  value: string;
  mono?: boolean;
}

export interface SignatureParty {
  /** e.g. 承诺方（企业） */
  role: string;
  /** e.g. 山西晋材新材料有限公司 */
  name: string;
  lines: readonly SignatureLine[];
  /** Printed as 已签署 / 待签署 at the foot of the box; omitted for a box to sign by hand. */
  signed?: boolean;
}

const GAP = 14;
const PAD = 8;
const LABEL_WIDTH = 58;
const LINE_GAP = 2.5;

export function drawSignatureBlock(doc: PDFKit.PDFDocument, parties: readonly SignatureParty[]): void {
  const left = doc.page.margins.left;
  const boxWidth = (contentWidth(doc) - GAP * (parties.length - 1)) / parties.length;
  const inner = boxWidth - 2 * PAD;
  const height = Math.max(...parties.map((p) => boxHeight(doc, p, inner)));
  ensureSpace(doc, height);
  const top = doc.y;
  parties.forEach((party, i) => {
    const x = left + i * (boxWidth + GAP);
    doc.rect(x, top, boxWidth, height).lineWidth(0.6).strokeColor('#8a8a8a').stroke();
    doc.font(CJK_FONT).fontSize(9).fillColor(MUTED_COLOR).text(party.role, x + PAD, top + PAD, { width: inner });
    doc.fontSize(11.5).moveDown(0.15);
    boldText(doc, party.name, { width: inner });
    doc.moveDown(0.3);
    for (const line of party.lines) {
      const y = doc.y;
      doc.font(CJK_FONT).fontSize(9).fillColor(MUTED_COLOR).text(`${line.label}：`, x + PAD, y, { width: LABEL_WIDTH, lineGap: LINE_GAP });
      const labelBottom = doc.y;
      doc.font(line.mono ? CJK_MONO_FONT : CJK_FONT).fillColor(TEXT_COLOR).text(line.value, x + PAD + LABEL_WIDTH, y, { width: inner - LABEL_WIDTH, lineGap: LINE_GAP });
      doc.y = Math.max(doc.y, labelBottom);
    }
    if (party.signed !== undefined) {
      doc.font(CJK_FONT).fontSize(10).fillColor(party.signed ? '#1e7b34' : '#b03a2e');
      doc.text(party.signed ? '已签署' : '待签署', x + PAD, top + height - PAD - 12, { width: inner, align: 'right' });
    }
  });
  doc.fillColor(TEXT_COLOR).font(CJK_FONT).fontSize(11);
  moveBelow(doc, top + height, 10);
}

function boxHeight(doc: PDFKit.PDFDocument, party: SignatureParty, inner: number): number {
  doc.font(CJK_FONT).fontSize(9);
  let height = PAD + doc.heightOfString(party.role, { width: inner });
  doc.fontSize(11.5);
  height += doc.heightOfString(party.name, { width: inner }) + doc.currentLineHeight() * 0.45;
  for (const line of party.lines) {
    doc.font(line.mono ? CJK_MONO_FONT : CJK_FONT).fontSize(9);
    height += Math.max(doc.heightOfString(line.value, { width: inner - LABEL_WIDTH, lineGap: LINE_GAP }), doc.currentLineHeight(true) + LINE_GAP);
  }
  return height + 16 + PAD;
}
