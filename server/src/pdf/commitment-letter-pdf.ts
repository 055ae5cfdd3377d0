// 企业投资项目标准地承诺书: the printable commitment letter an enterprise signs for a standard-land
// parcel (issue 5). The model is plain, already-decided data; the commitments feature builds it.
import { createA4Document, finishDocument } from './a4-document';
import { formatArea, formatBeijingTime } from './format';
import { drawKeyValueBlock } from './key-value-block';
import { drawKeyValuesWithQr } from './key-values-with-qr';
import { decoratePages } from './page-decorations';
import { qrCodePng } from './qr-code';
import { drawSignatureBlock } from './signature-block';
import { drawStatusBanner } from './status-banner';
import { drawTable } from './table';
import { documentTitle, note, numberedList, paragraph, sectionHeading } from './text-blocks';

export const COMMITMENT_LETTER_TITLE = '企业投资项目标准地承诺书';

/** Letters that are not (or no longer) in effect carry a watermark and a banner. */
export type CommitmentLetterMark = 'draft' | 'revoked' | 'terminated';

/** When the government checks the committed value: 竣工验收 or 达产复核. */
export type CommitmentCheckStage = 'completion' | 'output';

export const CHECK_STAGE_LABELS: Record<CommitmentCheckStage, string> = { completion: '竣工验收', output: '达产复核' };

const MARKS: Record<CommitmentLetterMark, { watermark: string; banner: string }> = {
  draft: { watermark: '草稿', banner: '草稿：本承诺书尚未经双方签署，不具有承诺效力，仅供核对。' },
  revoked: { watermark: '已撤销', banner: '已撤销：本承诺书已被撤销，不再有效。' },
  terminated: { watermark: '已终止', banner: '已终止：本承诺书已终止履行。' },
};

export interface CommitmentLetterSigner {
  /** The person who signed: the legal representative, or the authority's signing officer. */
  signerName: string;
  /** Already formatted (2026-09-29 10:32); null while unsigned. */
  signedAt: string | null;
  /** Short fingerprint of the signing key or signature (e.g. 3F9A 21C0 …); null while unsigned. */
  fingerprint: string | null;
}

export interface CommittedIndicatorRow {
  /** 固定资产投资强度 */
  label: string;
  /** The parcel's published requirement, formatted: ≥ 300 */
  parcelRequirement: string;
  /** What the enterprise commits, formatted: ≥ 320 (never weaker than the requirement) */
  committedValue: string;
  /** 万元/亩 */
  unit: string;
  checkStage: CommitmentCheckStage;
}

export interface CommitmentLetterPdfModel {
  /** Printed in the footer and used as the PDF's creation date (same model → same bytes). */
  generatedAt: Date;
  letterNumber: string;
  mark: { kind: CommitmentLetterMark; /** e.g. 2026-10-08 经双方协商终止 */ note?: string } | null;
  enterprise: { name: string; uscc: string; legalRepresentative: string; address?: string };
  /** e.g. 山西转型综合改革示范区管理委员会 or 太原市规划和自然资源局. */
  authority: { name: string };
  /** location: 坐落; zoneName: 开发区. */
  parcel: { code: string; name: string; zoneName: string; location: string; areaM2: number };
  /** code: 投资项目代码, e.g. 2026-140105-34-03-123456; industry: 国民经济行业, e.g. C3985 电子专用材料制造. */
  project: { name: string; code: string; industry: string };
  /** The letter text, one string per paragraph. */
  paragraphs: readonly string[];
  indicators: readonly CommittedIndicatorRow[];
  /** Already formatted dates (2026-12-31). */
  deadlines: { startBy: string; completeBy: string; productionBy: string };
  breachTerms: readonly string[];
  signature: { sm3Digest: string; enterprise: CommitmentLetterSigner; authority: CommitmentLetterSigner };
  /** Public verification page; encoded in the QR code. */
  verifyUrl: string;
}

const INTEGRITY_NOTE =
  '说明：本承诺书的电子签名为系统生成的完整性标记（SM3 摘要 + SM2 签名，GB/T 32918），用于核验文本是否被改动及签署状态，' +
  '不是 GB/T 38540 规定的电子印章，也不替代依法设立的电子认证服务机构签发的数字证书。扫描二维码或访问核验网址可查验真伪。';

export async function renderCommitmentLetterPdf(model: CommitmentLetterPdfModel): Promise<Buffer> {
  const qr = await qrCodePng(model.verifyUrl);
  const doc = createA4Document({
    title: `${COMMITMENT_LETTER_TITLE} ${model.letterNumber}`,
    subject: `${model.enterprise.name} · ${model.parcel.code}`,
    keywords: ['承诺书', '标准地', model.parcel.code, model.project.code],
    generatedAt: model.generatedAt,
  });
  const mark = model.mark ? MARKS[model.mark.kind] : null;

  documentTitle(doc, COMMITMENT_LETTER_TITLE, `编号：${model.letterNumber}`);
  if (model.mark && mark) drawStatusBanner(doc, model.mark.note ? `${mark.banner}${model.mark.note}` : mark.banner);

  sectionHeading(doc, '一、承诺双方');
  drawKeyValuesWithQr(
    doc,
    [
      { label: '承诺方（企业）', value: model.enterprise.name },
      { label: '统一社会信用代码', value: model.enterprise.uscc, mono: true },
      { label: '法定代表人', value: model.enterprise.legalRepresentative },
      ...(model.enterprise.address ? [{ label: '企业住所', value: model.enterprise.address }] : []),
      { label: '受诺方', value: model.authority.name },
    ],
    qr,
    '扫码核验',
  );

  sectionHeading(doc, '二、地块与项目');
  drawKeyValueBlock(
    doc,
    [
      { label: '地块编码', value: model.parcel.code, mono: true },
      { label: '地块名称', value: model.parcel.name },
      { label: '所在开发区', value: model.parcel.zoneName },
      { label: '用地面积', value: formatArea(model.parcel.areaM2) },
      { label: '坐落', value: model.parcel.location, wide: true },
      { label: '项目名称', value: model.project.name, wide: true },
      { label: '投资项目代码', value: model.project.code, mono: true },
      { label: '所属行业', value: model.project.industry },
    ],
    { pairsPerRow: 2, labelWidth: 72 },
  );

  sectionHeading(doc, '三、承诺事项');
  for (const text of model.paragraphs) paragraph(doc, text);

  sectionHeading(doc, '四、承诺指标');
  drawTable(doc, {
    columns: [
      { header: '序号', weight: 0.5, align: 'center' },
      { header: '指标', weight: 2.4 },
      { header: '地块要求', weight: 1.3, align: 'center' },
      { header: '承诺值', weight: 1.3, align: 'center' },
      { header: '单位', weight: 1.2, align: 'center' },
      { header: '核验阶段', weight: 1.1, align: 'center' },
    ],
    rows: model.indicators.map((row, i) => [String(i + 1), row.label, row.parcelRequirement, row.committedValue, row.unit || '—', CHECK_STAGE_LABELS[row.checkStage]]),
    emptyText: '（本承诺书未列承诺指标）',
  });

  sectionHeading(doc, '五、时限承诺');
  drawKeyValueBlock(doc, [
    { label: '开工时限', value: `${model.deadlines.startBy} 前开工建设` },
    { label: '竣工时限', value: `${model.deadlines.completeBy} 前竣工并申请竣工验收` },
    { label: '达产时限', value: `${model.deadlines.productionBy} 前达产并接受达产复核` },
  ]);

  sectionHeading(doc, '六、违约责任');
  numberedList(doc, model.breachTerms);

  sectionHeading(doc, '七、签署', 150);
  const signer = (role: string, name: string, s: CommitmentLetterSigner) => ({
    role,
    name,
    signed: s.signedAt !== null,
    lines: [
      { label: '签署人', value: s.signerName },
      { label: '签署时间', value: s.signedAt ?? '—' },
      { label: '签名指纹', value: s.fingerprint ?? '—', mono: true },
    ],
  });
  drawSignatureBlock(doc, [
    signer('承诺方（企业）', model.enterprise.name, model.signature.enterprise),
    signer('受诺方', model.authority.name, model.signature.authority),
  ]);
  drawKeyValueBlock(doc, [
    { label: '文本摘要（SM3）', value: model.signature.sm3Digest, mono: true },
    { label: '核验网址', value: model.verifyUrl, mono: true },
  ], { labelWidth: 96, fontSize: 9 });
  note(doc, INTEGRITY_NOTE);

  decoratePages(doc, {
    headerLeft: '标准地一张图 · 企业投资项目承诺制',
    headerRight: `承诺书 ${model.letterNumber}`,
    footerLeft: `生成时间 ${formatBeijingTime(model.generatedAt)}`,
    watermark: mark?.watermark,
  });
  return finishDocument(doc);
}
