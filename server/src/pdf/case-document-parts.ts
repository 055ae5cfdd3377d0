// What the agency-case receipt and the result notice share (issue 6): the parties, the case QR
// code, the service hall's contact and the page chrome. One submission, results on every channel:
// both documents carry the same QR code to the same case page.
import { createA4Document, finishDocument } from './a4-document';
import { formatBeijingTime } from './format';
import { drawKeyValueBlock } from './key-value-block';
import { drawKeyValuesWithQr } from './key-values-with-qr';
import { decoratePages } from './page-decorations';
import { qrCodePng } from './qr-code';
import { documentTitle, sectionHeading } from './text-blocks';

export interface ServiceHallContact {
  /** e.g. 山西转型综合改革示范区政务服务中心 */
  name: string;
  address: string;
  phone: string;
  /** e.g. 工作日 9:00–12:00，13:30–17:30 */
  hours?: string;
}

/** The fields both case documents print. Personal data should arrive already masked where required. */
export interface CaseDocumentBase {
  /** Printed in the footer and used as the PDF's creation date. */
  generatedAt: Date;
  caseCode: string;
  /** The case page (the same for every channel); encoded in the QR code. */
  caseUrl: string;
  /** Channel the case came in through, as printed: channelLabel(code).labelZh from cases/channels.ts (大厅窗口 …). */
  channelLabel: string;
  enterprise: { name: string; uscc: string };
  parcel: { code: string; name: string; location: string };
  /** code: 投资项目代码 */
  project: { name: string; code: string };
  agent: { name: string; phone: string };
  serviceHall: ServiceHallContact;
}

/** Opens a case document: title, the parties beside the case QR code, and the document's date. */
export async function startCaseDocument(model: CaseDocumentBase, documentName: string, dated: { label: string; value: string }): Promise<PDFKit.PDFDocument> {
  const qr = await qrCodePng(model.caseUrl);
  const doc = createA4Document({
    title: `${documentName} ${model.caseCode}`,
    subject: `${model.enterprise.name} · ${model.project.name}`,
    keywords: [documentName, '全代办', model.caseCode],
    generatedAt: model.generatedAt,
  });
  documentTitle(doc, documentName, '企业投资项目全代办');
  drawKeyValuesWithQr(
    doc,
    [
      { label: '案件编码', value: model.caseCode, mono: true },
      { label: '申请企业', value: model.enterprise.name },
      { label: '统一社会信用代码', value: model.enterprise.uscc, mono: true },
      { label: '项目名称', value: model.project.name },
      { label: '投资项目代码', value: model.project.code, mono: true },
      { label: '地块', value: `${model.parcel.name}（${model.parcel.code}），${model.parcel.location}` },
      { label: '代办员', value: `${model.agent.name}  ${model.agent.phone}` },
      { label: '受理渠道', value: model.channelLabel },
      dated,
    ],
    qr,
    '扫码查看办理进度',
  );
  return doc;
}

export function drawServiceHall(doc: PDFKit.PDFDocument, hall: ServiceHallContact, heading: string): void {
  sectionHeading(doc, heading);
  drawKeyValueBlock(doc, [
    { label: '服务大厅', value: hall.name },
    { label: '地址', value: hall.address },
    { label: '咨询电话', value: hall.phone },
    ...(hall.hours ? [{ label: '办公时间', value: hall.hours }] : []),
  ]);
}

/** Page header and footer on every page, then the bytes. */
export function finishCaseDocument(doc: PDFKit.PDFDocument, model: CaseDocumentBase, documentName: string): Promise<Buffer> {
  decoratePages(doc, {
    headerLeft: '标准地一张图 · 全代办',
    headerRight: `${documentName} ${model.caseCode}`,
    footerLeft: `生成时间 ${formatBeijingTime(model.generatedAt)}`,
  });
  return finishDocument(doc);
}
