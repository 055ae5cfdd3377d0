// An audit entry's changes as rows a person reads: "状态：草稿 → 待审核", one row per changed leaf
// field (nested snapshot objects are opened one level), indicators per key with their bounds, codes
// as their labels, areas and money with units. Pure; the UI passes the locale in.
import { INDICATORS, type ParcelIndicator } from '../../../../server/src/domain/indicators';
import { LAND_USES } from '../../../../server/src/domain/land-use';
import { INFRASTRUCTURE, PARCEL_STATUSES, SUPPLY_METHODS } from '../../../../server/src/domain/parcel-status';
import { WORKFLOW_STATES } from '../../../../server/src/domain/workflow';
import { labelOf, type Locale, type MessageId, translate } from '../../app/i18n';
import { boundDigits, describeBound, formatM2, formatMu, formatNumber, formatWanYuan } from '../../lib/format';
import type { HistoryChange } from './staff-api';

export interface DiffRow {
  /** Field path, e.g. `workflow.state`, `indicators.greenRatio`. */
  path: string;
  label: string;
  before: string;
  after: string;
}

const FIELD_LABELS: Record<string, MessageId> = {
  name: 'staff.field.name',
  location: 'staff.field.location',
  landUseCode: 'staff.field.landUseCode',
  industryCode: 'staff.field.industryCode',
  divisionCode: 'staff.field.divisionCode',
  status: 'staff.field.status',
  supplyMethod: 'staff.field.supplyMethod',
  transferTermYears: 'staff.field.transferTermYears',
  reservePriceWanYuan: 'staff.field.reservePriceWanYuan',
  infrastructure: 'staff.field.infrastructure',
  listedOn: 'staff.field.listedOn',
  geometrySha256: 'staff.field.geometry',
  reason: 'staff.field.reason',
  zone: 'staff.field.zone',
  'area.m2': 'staff.field.areaM2',
  'area.mu': 'staff.field.areaMu',
  'area.gkSrid': 'staff.field.gkSrid',
  'area.declaredM2': 'staff.field.declaredAreaM2',
  'area.declaredDiffPct': 'staff.field.declaredDiffPct',
  'planning.heightLimitM': 'staff.field.planningHeightLimitM',
  'planning.setbackM': 'staff.field.planningSetbackM',
  'workflow.state': 'staff.field.workflowState',
  'workflow.reviewComment': 'staff.field.reviewComment',
  'workflow.withdrawnReason': 'staff.field.withdrawnReason',
  'workflow.createdBy': 'staff.field.createdBy',
  'workflow.submittedAt': 'staff.field.submittedAt',
  'workflow.approvedAt': 'staff.field.approvedAt',
  'workflow.publishedAt': 'staff.field.publishedAt',
  createdAt: 'staff.field.createdAt',
};

const ACTION_LABELS: Record<string, MessageId> = {
  'parcel.edited': 'staff.history.action.edited',
  'parcel.submit': 'staff.history.action.submit',
  'parcel.approve': 'staff.history.action.approve',
  'parcel.reject': 'staff.history.action.reject',
  'parcel.publish': 'staff.history.action.publish',
  'parcel.withdraw': 'staff.history.action.withdraw',
  'parcel.lifecycle': 'staff.history.action.lifecycle',
};

export function actionLabel(action: string, locale: Locale): string {
  const id = ACTION_LABELS[action];
  return id ? translate(locale, id) : action;
}

const timestamp = new Map<Locale, Intl.DateTimeFormat>();

/** "2026/5/3 14:05" in Shanxi's time zone (the audit log stores UTC). */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = timestamp.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
    timestamp.set(locale, format);
  }
  return format.format(date);
}

const NONE = '—';
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function labelFrom(list: readonly { code: string; labelZh: string; labelEn: string }[], value: unknown, locale: Locale): string {
  const item = list.find((i) => i.code === value);
  return item ? labelOf(item, locale) : String(value);
}

function formatValue(path: string, value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return NONE;
  if (Array.isArray(value) && value.length === 0) return NONE;
  switch (path) {
    case 'status':
      return labelFrom(PARCEL_STATUSES, value, locale);
    case 'workflow.state':
      return labelFrom(WORKFLOW_STATES, value, locale);
    case 'landUseCode':
      return labelFrom(LAND_USES, value, locale);
    case 'supplyMethod':
      return labelFrom(SUPPLY_METHODS, value, locale);
    case 'infrastructure':
      return Array.isArray(value) ? value.map((v) => labelFrom(INFRASTRUCTURE, v, locale)).join(locale === 'zh' ? '、' : ', ') : String(value);
    case 'geometrySha256':
      // The log keeps a hash of the outline, not the outline: enough to show that it changed.
      return `#${String(value).slice(0, 8)}`;
    case 'zone':
      return isObject(value) ? String(value.name ?? value.code) : String(value);
  }
  if (typeof value === 'number') {
    if (path === 'area.m2' || path === 'area.declaredM2') return formatM2(value);
    if (path === 'area.mu') return formatMu(value, locale);
    if (path === 'reservePriceWanYuan') return formatWanYuan(value, locale);
    if (path === 'transferTermYears') return translate(locale, 'detail.years', { n: value });
    if (path.startsWith('planning.')) return `${formatNumber(value)} m`;
    if (path === 'area.declaredDiffPct') return `${formatNumber(value, 3)}%`;
    if (path === 'area.gkSrid') return `EPSG:${value}`;
    return formatNumber(value, 4);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, locale);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function indicatorRows(before: unknown, after: unknown, locale: Locale): DiffRow[] {
  const byKey = (v: unknown) => new Map((Array.isArray(v) ? (v as ParcelIndicator[]) : []).map((i) => [i.key, i]));
  const old = byKey(before);
  const now = byKey(after);
  const describe = (i: ParcelIndicator | undefined) => {
    if (!i) return NONE;
    const unit = INDICATORS.find((d) => d.key === i.key)?.unit ?? i.unit;
    return describeBound(i, unit, locale, boundDigits(i.key)).symbol;
  };
  // Catalogue order, so the same indicator sits in the same place in every entry.
  return INDICATORS.flatMap((definition) => {
    const a = old.get(definition.key);
    const b = now.get(definition.key);
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    const before = describe(a);
    const after = describe(b);
    const row = { path: `indicators.${definition.key}`, label: translate(locale, 'staff.field.indicator', { name: labelOf(definition, locale) }), before, after };
    // Same bound in words, another flag (area base, tall storeys): say which.
    return [before === after ? { ...row, after: `${after} *` } : row];
  });
}

function labelFor(path: string, locale: Locale): string {
  const id = FIELD_LABELS[path];
  return id ? translate(locale, id) : path;
}

/** One row per changed leaf: objects (workflow, area, planning) open one level, indicators per key. */
export function diffRows(changes: readonly HistoryChange[], locale: Locale): DiffRow[] {
  return changes.flatMap((change): DiffRow[] => {
    if (change.field === 'indicators') return indicatorRows(change.before, change.after, locale);
    if (change.field !== 'zone' && (isObject(change.before) || isObject(change.after))) {
      const before = isObject(change.before) ? change.before : {};
      const after = isObject(change.after) ? change.after : {};
      const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
      return keys
        .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        .map((k) => {
          const path = `${change.field}.${k}`;
          return { path, label: labelFor(path, locale), before: formatValue(path, before[k], locale), after: formatValue(path, after[k], locale) };
        });
    }
    return [{ path: change.field, label: labelFor(change.field, locale), before: formatValue(change.field, change.before, locale), after: formatValue(change.field, change.after, locale) }];
  });
}
