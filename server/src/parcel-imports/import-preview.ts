import type { MultiPolygon } from 'geojson';
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { IndicatorKey, ParcelIndicator } from '../domain/indicators';
import { requiredIndicatorKeys } from '../domain/indicators';
import { LAND_USE_CODES } from '../domain/land-use';
import { INFRASTRUCTURE_CODES, PARCEL_STATUS_CODES, SUPPLY_METHODS } from '../domain/parcel-status';
import type { ImportFeature, ImportSuccess } from '../imports';
import type { ValidationIssueCode } from './validation-issues';
import { AREA_TOLERANCE, OVERLAP_NOISE_M2, VALIDATION_ISSUES } from './validation-issues';

export interface PreviewIssue {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  detail?: Record<string, unknown>;
}

export interface PreviewFeature {
  index: number;
  code: string | null;
  name: string | null;
  action: 'create' | 'update' | 'skip';
  areaM2: number | null;
  zoneCode: string | null;
  issues: PreviewIssue[];
  /** EPSG:4490, for the preview map (repaired when repair was asked for); null without geometry. */
  geometry: MultiPolygon | null;
}

/** What the commit writes for one feature; kept with the preview so the commit needs no re-read. */
export interface StagedParcel {
  index: number;
  action: 'create' | 'update';
  code: string;
  properties: Record<string, unknown>;
  geometry: MultiPolygon | null;
  indicators: ParcelIndicator[] | null;
}

interface ValidationRow {
  idx: number;
  valid: boolean;
  invalidReason: string | null;
  invalidLocation: unknown;
  repairAreaChangeM2: number | null;
  geometry: MultiPolygon | null;
  areaM2: number | null;
  zoneCode: string | null;
  zoneCountyCode: string | null;
  outsideZoneM2: number | null;
  overlaps: { code: string; areaM2: number }[];
  fileOverlaps: number[];
  constraints: { layer: string; kind: string; areaM2: number }[];
  existingWorkflowState: string | null;
  existingVersion: number | null;
}

const EDITABLE = new Set(['draft', 'rejected']);
const CODE_PATTERN = /^\d{6}-\d{4}-\d{4}$/;

const issue = (code: ValidationIssueCode, severity: PreviewIssue['severity'], detail?: Record<string, unknown>, extra = ''): PreviewIssue => ({
  code,
  severity,
  message: `${VALIDATION_ISSUES[code].zh}${extra} / ${VALIDATION_ISSUES[code].en}`,
  ...(detail ? { detail } : {}),
});

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export interface Preview {
  features: PreviewFeature[];
  staged: StagedParcel[];
}

/** Validates what a file reader produced against PostGIS and the catalog, feature by feature. */
export async function previewImport(db: Queryable, read: ImportSuccess, repair: boolean): Promise<Preview> {
  const withGeometry = read.features.filter((f) => f.geometry !== null);
  const rows = new Map<number, ValidationRow>();
  if (withGeometry.length > 0) {
    const candidates = withGeometry.map((f) => ({ idx: f.index, code: f.code, zoneCode: text(f.properties.zoneCode), geometry: f.geometry }));
    const result = await db.query<ValidationRow>(sql('imports/validate-candidates'), [JSON.stringify(candidates), repair]);
    for (const r of result.rows) rows.set(r.idx, r);
  }
  const existing = await existingStates(db, read.features.filter((f) => f.geometry === null).map((f) => f.code));
  const features: PreviewFeature[] = [];
  const staged: StagedParcel[] = [];
  for (const f of read.features) {
    const fileIssues: PreviewIssue[] = read.issues
      .filter((i) => i.feature === f.index)
      .map((i) => ({ code: i.code, severity: i.severity, message: i.message }));
    const judged = f.geometry === null && read.detected.format === 'csv' ? judgeIndicatorsOnly(f, existing) : judgeParcel(f, rows.get(f.index));
    const issues = [...fileIssues, ...judged.issues];
    const blocked = issues.some((i) => i.severity === 'error');
    const action = blocked || !judged.staged ? 'skip' : judged.staged.action;
    features.push({
      index: f.index,
      code: f.code,
      name: text(f.properties.name),
      action,
      areaM2: rows.get(f.index)?.areaM2 ?? null,
      zoneCode: rows.get(f.index)?.zoneCode ?? null,
      issues,
      geometry: rows.get(f.index)?.geometry ?? f.geometry,
    });
    if (action !== 'skip' && judged.staged) staged.push(judged.staged);
  }
  return { features, staged };
}

async function existingStates(db: Queryable, codes: (string | null)[]): Promise<Map<string, string>> {
  const wanted = codes.filter((c): c is string => c !== null);
  if (wanted.length === 0) return new Map();
  const { rows } = await db.query<{ code: string; workflowState: string }>(sql('imports/existing-states'), [wanted]);
  return new Map(rows.map((r) => [r.code, r.workflowState]));
}

function judgeIndicatorsOnly(f: ImportFeature, existing: Map<string, string>): { issues: PreviewIssue[]; staged?: StagedParcel } {
  const indicators = (f.properties.indicators ?? []) as ParcelIndicator[];
  if (!f.code) return { issues: [issue('CODE_MISSING', 'error')] };
  const state = existing.get(f.code);
  if (state === undefined) return { issues: [issue('PARCEL_NOT_FOUND', 'error')] };
  if (!EDITABLE.has(state)) return { issues: [issue('NOT_EDITABLE', 'error', { workflowState: state })] };
  return { issues: [], staged: { index: f.index, action: 'update', code: f.code, properties: {}, geometry: null, indicators } };
}

function judgeParcel(f: ImportFeature, row: ValidationRow | undefined): { issues: PreviewIssue[]; staged?: StagedParcel } {
  const issues: PreviewIssue[] = [];
  const p = f.properties;
  const code = f.code;
  if (!code) issues.push(issue('CODE_MISSING', 'error'));
  else if (!CODE_PATTERN.test(code)) issues.push(issue('CODE_INVALID', 'error', { code }));
  const name = text(p.name);
  if (!name) issues.push(issue('NAME_MISSING', 'error'));
  const landUseCode = text(p.landUseCode);
  if (!landUseCode || !LAND_USE_CODES.includes(landUseCode as never)) issues.push(issue('LAND_USE_INVALID', 'error', { landUseCode }));
  if (!row) return { issues };

  if (!row.valid) {
    const detail = { reason: row.invalidReason, location: row.invalidLocation, repairAreaChangeM2: row.repairAreaChangeM2 };
    issues.push(row.geometry ? issue('GEOMETRY_REPAIRED', 'warning', detail) : issue('INVALID_GEOMETRY', 'error', detail, `：${row.invalidReason ?? ''}`));
  }
  if (!row.zoneCode) issues.push(issue(text(p.zoneCode) ? 'ZONE_UNKNOWN' : 'NO_ZONE', 'error'));
  else if ((row.outsideZoneM2 ?? 0) > OVERLAP_NOISE_M2) issues.push(issue('OUTSIDE_ZONE', 'error', { zoneCode: row.zoneCode, outsideM2: row.outsideZoneM2 }));
  const overlaps = row.overlaps.filter((o) => o.areaM2 > OVERLAP_NOISE_M2);
  if (overlaps.length > 0) issues.push(issue('OVERLAP', 'error', { parcels: overlaps }));
  if (row.fileOverlaps.length > 0) issues.push(issue('FILE_OVERLAP', 'error', { features: row.fileOverlaps }));
  const constraints = row.constraints.filter((c) => c.areaM2 > OVERLAP_NOISE_M2);
  if (constraints.length > 0) issues.push(issue('CONSTRAINT_OVERLAP', 'error', { layers: constraints }));
  const declared = num(p.declaredAreaM2);
  if (declared !== null && row.areaM2 && Math.abs(declared - row.areaM2) / row.areaM2 > AREA_TOLERANCE) {
    const diffPct = ((declared - row.areaM2) / row.areaM2) * 100;
    issues.push(issue('AREA_MISMATCH', 'warning', { declaredM2: declared, computedM2: row.areaM2, diffPct }));
  }
  const indicators = Array.isArray(p.indicators) ? (p.indicators as ParcelIndicator[]) : null;
  if (landUseCode) {
    const stated = new Set<IndicatorKey>((indicators ?? []).map((i) => i.key));
    const missing = requiredIndicatorKeys(landUseCode).filter((k) => !stated.has(k));
    // A parcel may be drafted before its indicators are set; publishing needs them (warning now).
    if (missing.length > 0) issues.push(issue('MISSING_INDICATORS', 'warning', { missing }));
  }
  if (row.existingWorkflowState !== null && !EDITABLE.has(row.existingWorkflowState)) {
    issues.push(issue('NOT_EDITABLE', 'error', { workflowState: row.existingWorkflowState }));
  }
  if (!code || !row.geometry) return { issues };
  const properties = {
    ...cleanProperties(p),
    code,
    zoneCode: row.zoneCode,
    divisionCode: /^14\d{4}$/.test(text(p.divisionCode) ?? '') ? text(p.divisionCode) : row.zoneCountyCode,
    workflowState: 'draft',
  };
  const action = row.existingWorkflowState === null ? 'create' : 'update';
  return { issues, staged: { index: f.index, action, code, properties, geometry: row.geometry, indicators } };
}

/**
 * Only known fields with valid values go on to the insert, so a stray attribute can never break the
 * commit's transaction; anything else in the source file is left behind.
 */
function cleanProperties(p: Record<string, unknown>): Record<string, unknown> {
  const supply = text(p.supplyMethod);
  const supplyMethod = SUPPLY_METHODS.find((m) => m.code === supply || m.labelZh === supply)?.code;
  const status = text(p.status);
  const positive = (v: unknown) => (num(v) !== null && (v as number) > 0 ? v : null);
  return {
    name: text(p.name),
    location: text(p.location) ?? '',
    landUseCode: text(p.landUseCode),
    industryCode: /^\d{2}$/.test(text(p.industryCode) ?? '') ? text(p.industryCode) : null,
    declaredAreaM2: positive(p.declaredAreaM2),
    supplyMethod: supplyMethod ?? 'listing',
    transferTermYears: Number.isInteger(p.transferTermYears) && (p.transferTermYears as number) >= 1 && (p.transferTermYears as number) <= 50 ? p.transferTermYears : null,
    reservePriceWanYuan: positive(p.reservePriceWanYuan),
    infrastructure: Array.isArray(p.infrastructure) ? p.infrastructure.filter((c) => INFRASTRUCTURE_CODES.includes(c as never)) : [],
    planningHeightLimitM: positive(p.planningHeightLimitM),
    planningSetbackM: num(p.planningSetbackM) !== null && (p.planningSetbackM as number) >= 0 ? p.planningSetbackM : null,
    status: status && PARCEL_STATUS_CODES.includes(status as never) ? status : 'reserve',
  };
}
