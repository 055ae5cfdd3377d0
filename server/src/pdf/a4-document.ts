// An A4 pdfkit document set up the way every renderer needs it: the CJK font, our margins,
// buffered pages (so the footer can say 第 n 页 共 m 页) and document info taken from the model,
// so the same model gives the same bytes.
import PDFDocument from 'pdfkit';
import { CJK_FONT, registerCjkFonts } from './cjk-font';
import { A4_MARGINS } from './page-layout';

export interface PdfDocumentInfo {
  title: string;
  subject?: string;
  author?: string;
  keywords?: readonly string[];
  /** CreationDate and ModDate; also seeds the file ID, so output is byte-for-byte repeatable. */
  generatedAt: Date;
}

export const BODY_FONT_SIZE = 11;

export function createA4Document(info: PdfDocumentInfo): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...A4_MARGINS },
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: documentInfo(info),
  });
  registerCjkFonts(doc);
  doc.font(CJK_FONT).fontSize(BODY_FONT_SIZE).fillColor('black');
  return doc;
}

// pdfkit hashes every info entry into the file ID and fails on an undefined one.
function documentInfo(info: PdfDocumentInfo): PDFKit.DocumentInfo {
  return {
    Title: info.title,
    ...(info.subject ? { Subject: info.subject } : {}),
    Author: info.author ?? '标准地一张图',
    ...(info.keywords?.length ? { Keywords: info.keywords.join(', ') } : {}),
    Creator: '标准地一张图',
    CreationDate: info.generatedAt,
    ModDate: info.generatedAt,
  };
}

/** Ends the document and collects its bytes. Call once, after the page decorations. */
export function finishDocument(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
