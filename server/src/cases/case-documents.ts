// The case as the PDF toolkit prints it: 受理回执 and 办理结果通知书 are drawn from the same CaseView
// the case page shows (one submission, the same result on every channel). Pure.
import type { CaseDocumentBase, CaseReceiptPdfModel, CaseResultNoticePdfModel, HeldMaterialRow, MaterialToSupplyRow } from '../pdf';
import type { MaterialSource } from '../approval-items/approval-item';
import { todayInBeijing } from '../calendar/iso-date';
import type { CaseView, MaterialView } from './case-view';
import { channelLabel } from './channels';
import { itemStatusLabel } from './item-status';

/** The national government-service hotline; zones publish their own window numbers in 办事指南. */
const HOTLINE = '12345（政务服务便民热线）';

const SOURCE_LABELS: Record<MaterialSource, string> = {
  'e-licence': '电子证照库（数据共享）',
  parcel: '地块档案（出让合同、界址图）',
  commitment: '标准地承诺书（已签署）',
  upload: '企业已上传',
};

function base(view: CaseView, generatedAt: Date): CaseDocumentBase {
  return {
    generatedAt,
    caseCode: view.code,
    caseUrl: view.url,
    channelLabel: channelLabel(view.originChannel).labelZh,
    enterprise: { name: view.enterprise.name, uscc: view.enterprise.uscc },
    parcel: { code: view.parcel.code, name: view.parcel.name, location: view.parcel.location || view.parcel.zoneName },
    project: { name: view.project.name, code: view.project.code ?? '备案后生成' },
    agent: { name: view.assignedAgent ? (view.assignedAgent.name ?? view.assignedAgent.username) : '待指派', phone: HOTLINE },
    serviceHall: {
      name: `${view.parcel.zoneName}政务服务中心`,
      address: `山西省${view.parcel.cityName}${view.parcel.countyName}`,
      phone: HOTLINE,
      hours: '工作日 9:00–12:00，13:30–17:30',
    },
  };
}

function heldRow(m: MaterialView): HeldMaterialRow {
  const source = m.heldBy === 'upload' && m.upload ? `${SOURCE_LABELS.upload}（第 ${m.upload.version} 版）` : SOURCE_LABELS[m.heldBy as MaterialSource];
  return { name: m.nameZh, source };
}

export function caseReceiptModel(view: CaseView, generatedAt: Date): CaseReceiptPdfModel {
  const held = new Map<string, HeldMaterialRow>();
  const toSupply = new Map<string, MaterialToSupplyRow>();
  for (const item of view.items) {
    for (const m of item.materials) {
      const promised = item.deficiency?.materials.includes(m.type) ? item.deficiency.supplementDueOn : null;
      if (m.heldBy !== null) held.set(m.type, heldRow(m));
      else if (!toSupply.has(m.type) || promised) {
        toSupply.set(m.type, { name: m.nameZh, dueOn: promised, note: promised ? `容缺：${item.nameZh}补交` : `${item.nameZh}${m.key ? '（关键材料）' : ''}` });
      }
    }
  }
  return {
    ...base(view, generatedAt),
    receivedOn: todayInBeijing(new Date(view.createdAt)),
    receivedBy: view.assignedAgent ? (view.assignedAgent.name ?? view.assignedAgent.username) : channelLabel(view.originChannel).labelZh,
    items: view.items.map((i) => ({
      name: i.nameZh,
      department: i.departmentZh,
      status: itemStatusLabel(i.status).labelZh,
      committedLimitWorkdays: i.committedLimitDays,
      dueOn: i.deadline.dueOn ?? (i.acceptedOn ? '—' : '受理后计算'),
      supplementDueOn: i.deficiency?.supplementDueOn ?? null,
    })),
    materials: { held: [...held.values()], toSupply: [...toSupply.values()] },
  };
}

export function caseResultNoticeModel(view: CaseView, generatedAt: Date): CaseResultNoticePdfModel {
  return {
    ...base(view, generatedAt),
    issuedOn: view.today,
    results: view.items.map((i) => ({
      name: i.nameZh,
      department: i.departmentZh,
      result:
        i.status === 'completed'
          ? `已办结（${i.resultZh}）`
          : i.reason
            ? `${itemStatusLabel(i.status).labelZh}（${i.reason}）`
            : `办理中（${itemStatusLabel(i.status).labelZh}）`,
      documentNumber: i.resultDocumentNo,
      finishedOn: i.completedOn,
      withinLimit: i.deadline.onTime,
    })),
  };
}
