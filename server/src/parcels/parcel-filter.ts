import type { IndicatorKey } from '../domain/indicators';
import { INDICATOR_KEYS } from '../domain/indicators';
import type { LandUseCode } from '../domain/land-use';
import { LAND_USE_CODES } from '../domain/land-use';
import type { ParcelStatus } from '../domain/parcel-status';
import { PARCEL_STATUS_CODES } from '../domain/parcel-status';
import type { WorkflowState } from '../domain/workflow';
import { WORKFLOW_STATE_CODES } from '../domain/workflow';
import { HttpError } from '../http/http-error';
import type { Bbox, RawQuery } from '../http/query-params';
import { bboxParam, listParam, numberParam, rawList, stringParam } from '../http/query-params';

export interface IndicatorRange {
  key: IndicatorKey;
  min: number | null;
  max: number | null;
}

/** What narrows a parcel search; shared by the REST list, OGC items and exports. */
export interface ParcelFilter {
  zones?: string[];
  division?: string;
  statuses?: ParcelStatus[];
  landUses?: LandUseCode[];
  areaMuMin?: number;
  areaMuMax?: number;
  indicators?: IndicatorRange[];
  bbox?: Bbox;
  q?: string;
  codes?: string[];
  /** Staff only: narrow to review states (draft, submitted …). */
  workflowStates?: WorkflowState[];
}

export const SORT_FIELDS = ['code', 'name', 'areaMu', 'status', 'reservePrice', 'listedOn', 'updatedAt'] as const;
export const SORT_KEYS = SORT_FIELDS.flatMap((f) => [f, `-${f}`]);

/** Parameters both the REST list and the OGC items endpoint read the same way. */
export const FILTER_PARAMS = ['zone', 'division', 'status', 'landUse', 'areaMuMin', 'areaMuMax', 'indicator', 'q', 'workflow'] as const;

export function parseParcelFilter(query: RawQuery, bbox?: Bbox): ParcelFilter {
  const filter: ParcelFilter = {};
  const zones = rawList(query, 'zone');
  if (zones) {
    for (const z of zones) {
      if (!/^[A-Z][0-9]{6}$/.test(z)) throw new HttpError(400, 'UNKNOWN_FILTER_VALUE', `"${z}" is not a zone code.`, { param: 'zone' });
    }
    filter.zones = zones;
  }
  const division = stringParam(query, 'division');
  if (division !== undefined) filter.division = divisionPrefix(division);
  const statuses = listParam(query, 'status', PARCEL_STATUS_CODES);
  if (statuses) filter.statuses = statuses;
  const landUses = listParam(query, 'landUse', LAND_USE_CODES);
  if (landUses) filter.landUses = landUses;
  const areaMuMin = numberParam(query, 'areaMuMin');
  const areaMuMax = numberParam(query, 'areaMuMax');
  if (areaMuMin !== undefined) filter.areaMuMin = areaMuMin;
  if (areaMuMax !== undefined) filter.areaMuMax = areaMuMax;
  if (areaMuMin !== undefined && areaMuMax !== undefined && areaMuMin > areaMuMax) {
    throw new HttpError(400, 'INVALID_PARAMETER', '"areaMuMin" is greater than "areaMuMax".', { param: 'areaMuMin' });
  }
  const indicators = rawList(query, 'indicator');
  if (indicators) filter.indicators = indicators.map(parseIndicatorRange);
  const workflow = listParam(query, 'workflow', WORKFLOW_STATE_CODES);
  if (workflow) filter.workflowStates = workflow;
  const q = stringParam(query, 'q')?.trim();
  if (q) filter.q = q.slice(0, 100);
  const box = bbox ?? bboxParam(query, 'bbox');
  if (box) filter.bbox = box;
  return filter;
}

/** GB/T 2260 code → prefix: 140000 (province) → "14", 140700 (city) → "1407", 140702 (county) → itself. */
export function divisionPrefix(code: string): string {
  if (!/^14\d{4}$/.test(code)) {
    throw new HttpError(400, 'UNKNOWN_FILTER_VALUE', `"${code}" is not a Shanxi division code (14xxxx).`, { param: 'division' });
  }
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** `investmentIntensity:150..300`, `taxPerMu:10..` or `greenRatio:..15`. */
export function parseIndicatorRange(text: string): IndicatorRange {
  const m = /^([A-Za-z]+):(-?[\d.]*)\.\.(-?[\d.]*)$/.exec(text);
  const fail = (detail: string) => new HttpError(400, 'INVALID_PARAMETER', detail, { param: 'indicator' });
  if (!m) throw fail(`"${text}" must look like key:min..max (either bound may be empty).`);
  const [, key = '', lo = '', hi = ''] = m;
  if (!INDICATOR_KEYS.includes(key as IndicatorKey)) {
    throw new HttpError(400, 'UNKNOWN_FILTER_VALUE', `"${key}" is not an indicator. Allowed: ${INDICATOR_KEYS.join(', ')}.`, {
      param: 'indicator',
    });
  }
  const min = lo === '' ? null : Number(lo);
  const max = hi === '' ? null : Number(hi);
  if ((min !== null && !Number.isFinite(min)) || (max !== null && !Number.isFinite(max)) || (min === null && max === null)) {
    throw fail(`"${text}" needs at least one numeric bound.`);
  }
  return { key: key as IndicatorKey, min, max };
}
