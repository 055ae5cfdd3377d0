// 完整性 (completeness): what is published and offered is whole, and nothing the government holds is
// asked for again (guide §6 "已持有的材料不再重复提交"). Pure.
import type { MaterialSource } from '../../approval-items/approval-item';
import type { CommitmentStatus } from '../../commitments/commitment-status';
import { INDICATORS, requiredIndicatorKeys } from '../../domain/indicators';
import type { ParcelStatus } from '../../domain/parcel-status';
import { sharedSourceHolds } from '../../materials/material-holdings';
import type { CaseMaterialsRecord, CatalogItemRecord, ParcelRecord } from '../evaluation-records';
import type { EvaluationContext } from '../evaluation-context';
import { contains } from '../quarter';
import { type DrillRow, type MetricOutcome, ratio } from '../metric';

const located = (r: { zoneCode: string | null; divisionCode: string }) => ({ zoneCode: r.zoneCode, divisionCode: r.divisionCode });

/** C1: published parcels whose record is whole — geometry, every indicator its land use requires, assessments, infrastructure. */
export function parcelRecordComplete(parcels: readonly ParcelRecord[]): MetricOutcome {
  const rows: DrillRow[] = parcels.map((p) => {
    const stated = new Set(p.indicatorKeys);
    const missing = requiredIndicatorKeys(p.landUseCode).filter((k) => !stated.has(k));
    const gaps = [
      ...(p.geometryComplete ? [] : ['地块图形不完整']),
      ...(missing.length > 0 ? [`缺少指标：${missing.map((k) => INDICATORS.find((i) => i.key === k)?.labelZh ?? k).join('、')}`] : []),
      ...(p.validAssessments > 0 ? [] : ['无有效区域评估']),
      ...(p.infrastructure.length > 0 ? [] : ['未填写基础设施配套']),
    ];
    return { id: p.code, label: p.name, ...located(p), passed: gaps.length === 0, value: null, noteZh: gaps.length === 0 ? '信息完整' : gaps.join('；') };
  });
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}

/** The guide fields every catalog entry must fill (办事指南要素). */
export const REQUIRED_ITEM_TEXT_FIELDS = {
  nameZh: '事项名称',
  departmentZh: '实施部门',
  legalBasis: '设定依据',
  resultZh: '办理结果',
  feeNoteZh: '收费说明',
} as const;

/** C2: catalog items whose guide has every required field and that can be done both online and at the hall window. */
export function itemCatalogComplete(items: readonly CatalogItemRecord[]): MetricOutcome {
  const rows: DrillRow[] = items.map((item) => {
    const empty = Object.entries(REQUIRED_ITEM_TEXT_FIELDS).filter(([field]) => (item.textFields[field] ?? '').trim() === '');
    const gaps = [
      ...(empty.length > 0 ? [`要素缺失：${empty.map(([, label]) => label).join('、')}`] : []),
      ...(item.materialCount > 0 ? [] : ['未列明申请材料']),
      ...(item.committedLimitDays <= item.legalLimitDays ? [] : ['承诺时限长于法定时限']),
      ...(item.channels.includes('ONLINE_PORTAL') ? [] : ['不能网上办理']),
      ...(item.channels.includes('HALL_WINDOW') ? [] : ['不能在大厅窗口办理']),
    ];
    return { id: item.code, label: item.nameZh, zoneCode: null, divisionCode: null, passed: gaps.length === 0, value: null, noteZh: gaps.length === 0 ? '要素齐全，线上线下均可办理' : gaps.join('；') };
  });
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}

/**
 * C3: cases opened in the quarter whose every material the government already holds (e-licence,
 * parcel documents once the parcel is transferred, the commitment letter once signed — the rules of
 * materials/material-holdings.ts) was taken from that source rather than uploaded again.
 * Cases that needed no held material are left out (nothing to reuse).
 */
export function caseMaterialsReused(cases: readonly CaseMaterialsRecord[], ctx: EvaluationContext): MetricOutcome {
  const rows: DrillRow[] = [];
  for (const c of cases) {
    if (!contains(ctx.quarter, c.openedAt) || c.openedAt.getTime() > ctx.asOfInstant.getTime()) continue;
    const holding = {
      enterpriseRegistered: true,
      parcelStatus: c.parcelStatus as ParcelStatus | null,
      commitmentStatus: c.commitmentStatus as CommitmentStatus | null,
      uploads: new Map(),
    };
    const held = c.attachments.filter((a) => sharedSourceHolds(a.heldSource as MaterialSource, holding));
    if (held.length === 0) continue;
    const asked = held.filter((a) => a.source !== a.heldSource);
    rows.push({
      id: c.caseCode,
      label: c.caseCode,
      ...located(c),
      passed: asked.length === 0,
      value: held.length - asked.length,
      noteZh:
        asked.length === 0
          ? `已持有材料 ${held.length} 份全部共享复用`
          : `重复提交 ${asked.length} 份：${[...new Set(asked.map((a) => `${a.itemCode}/${a.materialType}`))].join('、')}`,
    });
  }
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}
