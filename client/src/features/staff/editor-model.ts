// The parcel editor's form as plain data: text fields as typed, parsed and checked by the same rules
// as the API (parcel-patch.schema.ts; indicators through the shared indicatorProblem), and turned
// into a PATCH holding only what changed. Pure; tested in tests/client/staff-editor-model.test.ts.
import type { MultiPolygon, Polygon } from 'geojson';
import {
  type AreaBase,
  type Comparator,
  INDICATOR_KEYS,
  indicatorDefinition,
  indicatorProblem,
  type IndicatorKey,
  type ParcelIndicator,
  requiredIndicatorKeys,
} from '../../../../server/src/domain/indicators';
import type { LandUseCode } from '../../../../server/src/domain/land-use';
import { INFRASTRUCTURE_CODES, type InfrastructureCode, type SupplyMethod } from '../../../../server/src/domain/parcel-status';
import type { ParcelPatch, StaffParcelDetail } from './staff-api';

export interface AttributesDraft {
  name: string;
  location: string;
  landUseCode: LandUseCode;
  industryCode: string;
  declaredAreaM2: string;
  supplyMethod: SupplyMethod;
  transferTermYears: string;
  reservePriceWanYuan: string;
  infrastructure: InfrastructureCode[];
  planningHeightLimitM: string;
  planningSetbackM: string;
}

export interface IndicatorDraft {
  key: IndicatorKey;
  comparator: Comparator;
  value: string;
  valueMax: string;
  textValue: string;
  areaBase: AreaBase;
  doubleCountTallStoreys: boolean;
  ofFloorArea: boolean;
}

export interface EditorDraft {
  attributes: AttributesDraft;
  indicators: IndicatorDraft[];
  geometry: Polygon | MultiPolygon;
}

/** Why a field cannot be saved; the UI names each in both languages (staff.problem.*). */
export const FIELD_PROBLEMS = ['REQUIRED', 'TOO_LONG', 'NOT_A_NUMBER', 'NOT_POSITIVE', 'NEGATIVE', 'NOT_WHOLE', 'OUT_OF_RANGE', 'BAD_INDUSTRY_CODE'] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];

export type NumericField = 'declaredAreaM2' | 'transferTermYears' | 'reservePriceWanYuan' | 'planningHeightLimitM' | 'planningSetbackM';

interface NumberRule {
  integer?: boolean;
  /** Lowest allowed value; `above` makes it exclusive (> instead of ≥). */
  min: number;
  above?: boolean;
  max?: number;
}

// The bounds of parcel-patch.schema.ts.
const NUMBER_RULES: Readonly<Record<NumericField, NumberRule>> = {
  declaredAreaM2: { min: 0, above: true },
  transferTermYears: { integer: true, min: 1, max: 50 },
  reservePriceWanYuan: { min: 0 },
  planningHeightLimitM: { min: 0, above: true, max: 500 },
  planningSetbackM: { min: 0, max: 200 },
};

const TEXT_LIMITS = { name: 200, location: 500 } as const;

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

/** '' → null; anything else must be a finite number ("1,200" is not). */
function parseOptionalNumber(text: string): Parsed<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const n = Number(trimmed);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, problem: 'NOT_A_NUMBER' };
}

function parseBounded(text: string, rule: NumberRule): Parsed<number | null> {
  const parsed = parseOptionalNumber(text);
  if (!parsed.ok || parsed.value === null) return parsed;
  const n = parsed.value;
  if (rule.integer && !Number.isInteger(n)) return { ok: false, problem: 'NOT_WHOLE' };
  if (rule.above ? n <= rule.min : n < rule.min) return { ok: false, problem: rule.min === 0 ? (rule.above ? 'NOT_POSITIVE' : 'NEGATIVE') : 'OUT_OF_RANGE' };
  if (rule.max !== undefined && n > rule.max) return { ok: false, problem: 'OUT_OF_RANGE' };
  return parsed;
}

type AttributeValues = Required<Omit<ParcelPatch, 'geometry' | 'indicators'>>;
export type AttributeField = keyof AttributesDraft;

export interface AttributeCheck {
  values: AttributeValues;
  problems: Partial<Record<AttributeField, FieldProblem>>;
}

export function checkAttributes(a: AttributesDraft): AttributeCheck {
  const problems: Partial<Record<AttributeField, FieldProblem>> = {};
  const number = (field: NumericField): number | null => {
    const parsed = parseBounded(a[field], NUMBER_RULES[field]);
    if (parsed.ok) return parsed.value;
    problems[field] = parsed.problem;
    return null;
  };
  const name = a.name.trim();
  if (name === '') problems.name = 'REQUIRED';
  else if (name.length > TEXT_LIMITS.name) problems.name = 'TOO_LONG';
  const location = a.location.trim();
  if (location.length > TEXT_LIMITS.location) problems.location = 'TOO_LONG';
  const industryCode = a.industryCode.trim();
  if (industryCode !== '' && !/^\d{2}$/.test(industryCode)) problems.industryCode = 'BAD_INDUSTRY_CODE';
  const values: AttributeValues = {
    name,
    location,
    landUseCode: a.landUseCode,
    industryCode: industryCode === '' ? null : industryCode,
    declaredAreaM2: number('declaredAreaM2'),
    supplyMethod: a.supplyMethod,
    transferTermYears: number('transferTermYears'),
    reservePriceWanYuan: number('reservePriceWanYuan'),
    infrastructure: [...a.infrastructure].sort(),
    planningHeightLimitM: number('planningHeightLimitM'),
    planningSetbackM: number('planningSetbackM'),
  };
  return { values, problems };
}

export type IndicatorCheck =
  | { ok: true; indicator: ParcelIndicator }
  | { ok: false; field: 'value' | 'valueMax'; problem: 'NOT_A_NUMBER' }
  /** The shared rule (indicatorProblem) in its own words, the same the API would answer. */
  | { ok: false; rule: string };

export function checkIndicator(d: IndicatorDraft): IndicatorCheck {
  const definition = indicatorDefinition(d.key);
  const base = { key: d.key, unit: definition.unit, areaBase: d.areaBase };
  const flags = {
    ...(d.key === 'floorAreaRatio' ? { doubleCountTallStoreys: d.doubleCountTallStoreys } : {}),
    ...(d.key === 'adminFacilityShare' ? { ofFloorArea: d.ofFloorArea } : {}),
  };
  let indicator: ParcelIndicator;
  if (definition.valueType === 'text') {
    const text = d.textValue.trim();
    indicator = { ...base, comparator: 'eq', value: null, valueMax: null, textValue: text === '' ? null : text, ...flags };
  } else {
    const value = parseOptionalNumber(d.value);
    if (!value.ok) return { ok: false, field: 'value', problem: 'NOT_A_NUMBER' };
    const valueMax = d.comparator === 'range' ? parseOptionalNumber(d.valueMax) : ({ ok: true, value: null } as const);
    if (!valueMax.ok) return { ok: false, field: 'valueMax', problem: 'NOT_A_NUMBER' };
    indicator = { ...base, comparator: d.comparator, value: value.value, valueMax: valueMax.value, textValue: null, ...flags };
  }
  const rule = indicatorProblem(indicator);
  return rule === null ? { ok: true, indicator } : { ok: false, rule };
}

/** A new row for an indicator: its usual comparator, empty values. */
export function newIndicatorDraft(key: IndicatorKey): IndicatorDraft {
  const definition = indicatorDefinition(key);
  return {
    key,
    comparator: definition.valueType === 'text' ? 'eq' : definition.defaultComparator,
    value: '',
    valueMax: '',
    textValue: '',
    areaBase: 'gross',
    doubleCountTallStoreys: false,
    ofFloorArea: false,
  };
}

const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

function indicatorDraftOf(i: ParcelIndicator): IndicatorDraft {
  return {
    key: i.key,
    comparator: i.comparator,
    value: text(i.value),
    valueMax: text(i.valueMax),
    textValue: i.textValue ?? '',
    areaBase: i.areaBase ?? 'gross',
    doubleCountTallStoreys: i.doubleCountTallStoreys === true,
    ofFloorArea: i.ofFloorArea === true,
  };
}

export function draftFromParcel(p: StaffParcelDetail): EditorDraft {
  return {
    attributes: {
      name: p.name,
      location: p.location,
      landUseCode: p.landUseCode,
      industryCode: p.industryCode ?? '',
      declaredAreaM2: text(p.area.declaredM2),
      supplyMethod: p.supplyMethod ?? 'listing',
      transferTermYears: text(p.transferTermYears),
      reservePriceWanYuan: text(p.reservePriceWanYuan),
      // Catalogue order, as the form's checkboxes write it, so ticking one off and on again is no change.
      infrastructure: INFRASTRUCTURE_CODES.filter((c) => (p.infrastructure ?? []).includes(c)),
      planningHeightLimitM: text(p.planning.heightLimitM),
      planningSetbackM: text(p.planning.setbackM),
    },
    indicators: p.indicators.map(indicatorDraftOf),
    geometry: p.geometry,
  };
}

/** Indicators the land use requires (for publishing) that the form does not state yet. */
export function missingRequired(landUseCode: string, indicators: readonly IndicatorDraft[]): IndicatorKey[] {
  const stated = new Set(indicators.map((i) => i.key));
  return requiredIndicatorKeys(landUseCode).filter((k) => !stated.has(k));
}

/** Indicators not in the form yet, in the catalogue's order. */
export function addableIndicators(indicators: readonly IndicatorDraft[]): IndicatorKey[] {
  const stated = new Set(indicators.map((i) => i.key));
  return INDICATOR_KEYS.filter((k) => !stated.has(k));
}

export interface PatchOutcome {
  patch: ParcelPatch;
  /** Something differs from the record as loaded. */
  dirty: boolean;
  /** Nothing stops a save (problems in untouched fields and indicators do not). */
  valid: boolean;
  attributeProblems: AttributeCheck['problems'];
  /** One check per indicator row, in form order. */
  indicatorChecks: IndicatorCheck[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function buildPatch(draft: EditorDraft, original: EditorDraft): PatchOutcome {
  const now = checkAttributes(draft.attributes);
  const before = checkAttributes(original.attributes).values;
  const patch: ParcelPatch = {};
  for (const field of Object.keys(now.values) as (keyof AttributeValues)[]) {
    if (!same(now.values[field], before[field])) Object.assign(patch, { [field]: now.values[field] });
  }
  const indicatorChecks = draft.indicators.map(checkIndicator);
  const indicatorsChanged = !same(draft.indicators, original.indicators);
  const indicatorsValid = indicatorChecks.every((c) => c.ok);
  if (indicatorsChanged && indicatorsValid) {
    patch.indicators = indicatorChecks.map((c) => (c as Extract<IndicatorCheck, { ok: true }>).indicator);
  }
  const geometryChanged = draft.geometry !== original.geometry && !same(draft.geometry, original.geometry);
  if (geometryChanged) patch.geometry = draft.geometry;
  // A problem counts only in a field the user changed: an untouched field is not sent.
  const changed = (Object.keys(draft.attributes) as AttributeField[]).filter((f) => !same(draft.attributes[f], original.attributes[f]));
  const dirty = changed.length > 0 || indicatorsChanged || geometryChanged;
  const valid = changed.every((f) => now.problems[f] === undefined) && (!indicatorsChanged || indicatorsValid);
  return { patch, dirty, valid, attributeProblems: now.problems, indicatorChecks };
}
