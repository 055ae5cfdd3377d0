// 受理回执: what the applicant takes home when an agency case (全代办) is received — the items with
// their committed working-day limits and due dates, the materials the government already holds
// (never asked for again) and those still to supply, including 容缺 supplements.
import { type CaseDocumentBase, drawServiceHall, finishCaseDocument, startCaseDocument } from './case-document-parts';
import { drawSignatureBlock } from './signature-block';
import { drawTable } from './table';
import { numberedList, sectionHeading } from './text-blocks';

export const CASE_RECEIPT_TITLE = '受理回执';

export interface CaseReceiptItemRow {
  /** 建设工程规划许可 */
  name: string;
  /** 示范区规划和自然资源局 */
  department: string;
  /** The item's status label as the case shows it: 已受理, 容缺受理, 材料准备 … */
  status: string;
  committedLimitWorkdays: number;
  /** Already formatted (2026-10-12). */
  dueOn: string;
  /** 容缺受理: the promised supplement date; null otherwise. */
  supplementDueOn: string | null;
}

export interface HeldMaterialRow {
  name: string;
  /** Where it comes from: 电子证照库, 地块档案, 企业已上传（第 2 版） … */
  source: string;
}

export interface MaterialToSupplyRow {
  name: string;
  /** Already formatted; null when no date was promised. */
  dueOn: string | null;
  /** e.g. 容缺：施工许可前补交 */
  note?: string;
}

export interface CaseReceiptPdfModel extends CaseDocumentBase {
  /** Already formatted (2026-09-29). */
  receivedOn: string;
  /** Staff member who received the case, printed in the signature box. */
  receivedBy: string;
  items: readonly CaseReceiptItemRow[];
  materials: { held: readonly HeldMaterialRow[]; toSupply: readonly MaterialToSupplyRow[] };
  /** Extra remarks; the standard ones about working days and the QR code are always printed. */
  notes?: readonly string[];
}

const STANDARD_NOTES = [
  '本回执为受理凭证，请妥善保管。扫描二维码可随时查看办理进度和结果，网上、大厅、自助终端查询结果一致。',
  '承诺时限按工作日计算，不含法定节假日，调休上班日计入；等待申请人补正材料的时间不计入时限。',
  '标注“已持有”的材料由政府部门通过数据共享获取或已在本系统留存，无需重复提交。',
];

export async function renderCaseReceiptPdf(model: CaseReceiptPdfModel): Promise<Buffer> {
  const doc = await startCaseDocument(model, CASE_RECEIPT_TITLE, { label: '受理日期', value: model.receivedOn });

  sectionHeading(doc, '一、办理事项');
  drawTable(doc, {
    columns: [
      { header: '序号', weight: 0.65, align: 'center' },
      { header: '事项名称', weight: 2.2 },
      { header: '办理部门', weight: 1.9 },
      { header: '状态', weight: 1, align: 'center' },
      { header: '承诺时限', weight: 1.1, align: 'center' },
      { header: '办结期限', weight: 1.3, align: 'center' },
      { header: '容缺补正期限', weight: 1.5, align: 'center' },
    ],
    rows: model.items.map((item, i) => [
      String(i + 1),
      item.name,
      item.department,
      item.status,
      `${item.committedLimitWorkdays} 个工作日`,
      item.dueOn,
      item.supplementDueOn ?? '—',
    ]),
    emptyText: '（暂无办理事项）',
  });

  sectionHeading(doc, '二、申请材料');
  drawTable(doc, {
    columns: [
      { header: '已持有材料（免提交）', weight: 3 },
      { header: '来源', weight: 2 },
    ],
    rows: model.materials.held.map((m) => [m.name, m.source]),
    emptyText: '（无）',
  });
  drawTable(doc, {
    columns: [
      { header: '尚需提交材料', weight: 3 },
      { header: '提交期限', weight: 1.2, align: 'center' },
      { header: '说明', weight: 1.8 },
    ],
    rows: model.materials.toSupply.map((m) => [m.name, m.dueOn ?? '—', m.note ?? '']),
    emptyText: '（材料已齐全）',
  });

  sectionHeading(doc, '三、告知事项');
  numberedList(doc, [...STANDARD_NOTES, ...(model.notes ?? [])]);

  drawServiceHall(doc, model.serviceHall, '四、服务大厅');
  drawSignatureBlock(doc, [
    { role: '受理单位', name: model.serviceHall.name, lines: [{ label: '受理人', value: model.receivedBy }, { label: '日期', value: model.receivedOn }] },
    { role: '申请人（或委托代办员）', name: model.enterprise.name, lines: [{ label: '签字', value: '' }, { label: '日期', value: '' }] },
  ]);

  return finishCaseDocument(doc, model, CASE_RECEIPT_TITLE);
}
