// 办理结果通知书: the per-item results of an agency case (issue 6), with the same case QR code as
// the receipt so the printed notice and the case page show one and the same result.
import { type CaseDocumentBase, drawServiceHall, finishCaseDocument, startCaseDocument } from './case-document-parts';
import { drawTable } from './table';
import { numberedList, paragraph, sectionHeading } from './text-blocks';

export const CASE_RESULT_NOTICE_TITLE = '办理结果通知书';

export interface CaseItemResultRow {
  name: string;
  department: string;
  /** 准予许可, 已办结, 不予受理（材料不符合法定形式）, 办理中 … */
  result: string;
  /** 许可证或批复文号; null when there is none (yet). */
  documentNumber: string | null;
  /** Already formatted; null while the item is open. */
  finishedOn: string | null;
  /** Finished within the committed working-day limit; null while open. */
  withinLimit: boolean | null;
}

export interface CaseResultNoticePdfModel extends CaseDocumentBase {
  /** Already formatted (2026-11-20). */
  issuedOn: string;
  results: readonly CaseItemResultRow[];
  notes?: readonly string[];
}

const LATE = '#b03a2e';

function limitCell(withinLimit: boolean | null) {
  if (withinLimit === null) return '—';
  return withinLimit ? '按时' : { text: '超时', color: LATE };
}

export async function renderCaseResultNoticePdf(model: CaseResultNoticePdfModel): Promise<Buffer> {
  const doc = await startCaseDocument(model, CASE_RESULT_NOTICE_TITLE, { label: '通知日期', value: model.issuedOn });

  sectionHeading(doc, '一、办理结果');
  const finished = model.results.filter((r) => r.finishedOn !== null);
  const onTime = finished.filter((r) => r.withinLimit === true);
  paragraph(doc, `本案件共 ${model.results.length} 个事项，已办结 ${finished.length} 个，其中在承诺时限内办结 ${onTime.length} 个。`, { indent: false });
  drawTable(doc, {
    columns: [
      { header: '序号', weight: 0.65, align: 'center' },
      { header: '事项名称', weight: 2 },
      { header: '办理部门', weight: 1.8 },
      { header: '办理结果', weight: 1.4 },
      { header: '文书编号', weight: 1.8 },
      { header: '办结日期', weight: 1.2, align: 'center' },
      { header: '是否按时', weight: 1, align: 'center' },
    ],
    rows: model.results.map((r, i) => [String(i + 1), r.name, r.department, r.result, r.documentNumber ?? '—', r.finishedOn ?? '—', limitCell(r.withinLimit)]),
    emptyText: '（暂无办理结果）',
  });

  sectionHeading(doc, '二、说明');
  numberedList(doc, [
    '各事项的批准文书可凭本通知书到服务大厅领取，或在网上办理页面下载电子证照；网上、大厅、自助终端查询结果一致。',
    '对办理结果有异议的，可依法申请行政复议或提起行政诉讼；对服务不满意的，可通过“好差评”进行评价。',
    ...(model.notes ?? []),
  ]);

  drawServiceHall(doc, model.serviceHall, '三、服务大厅');
  return finishCaseDocument(doc, model, CASE_RESULT_NOTICE_TITLE);
}
