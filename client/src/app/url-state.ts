// The screen as a URL: map view, filters, list page, selected parcel, comparison and open tool.
// `?z=14&c=112.54,37.75&status=listed,published&parcel=140105-2026-0001` restores the same screen.
// Decoding is forgiving (a bad value is dropped, never an error page); encoding is canonical, so the
// same state always gives the same URL.
import { INDICATORS, type IndicatorKey } from '../../../server/src/domain/indicators';
import { LAND_USE_CODES, type LandUseCode } from '../../../server/src/domain/land-use';
import { PARCEL_STATUS_CODES, type ParcelStatus } from '../../../server/src/domain/parcel-status';
import type { Bbox } from '../lib/api-types';
import { isLocale, type Locale } from './i18n';

export interface IndicatorRange {
  key: IndicatorKey;
  min: number | null;
  max: number | null;
}

export interface ParcelFilters {
  q: string;
  zones: string[];
  division: string | null;
  statuses: ParcelStatus[];
  landUses: LandUseCode[];
  areaMuMin: number | null;
  areaMuMax: number | null;
  indicators: IndicatorRange[];
  /** List only parcels in the current map view (bbox of the map). */
  inView: boolean;
}

export interface MapView {
  zoom: number;
  /** [lon, lat] in EPSG:4490. */
  center: [number, number];
}

export const TOOLS = ['check', 'compare'] as const;
export type Tool = (typeof TOOLS)[number];

export const SORTS = ['code', '-listedOn', 'areaMu', '-areaMu', 'reservePrice', 'name'] as const;
export type Sort = (typeof SORTS)[number];

export const MAX_COMPARE = 3;
export const PAGE_SIZE = 20;

export interface AtlasState {
  view: MapView | null;
  filters: ParcelFilters;
  sort: Sort;
  /** 1-based list page. */
  page: number;
  parcel: string | null;
  compare: string[];
  tool: Tool | null;
  locale: Locale | null;
}

export const EMPTY_FILTERS: ParcelFilters = {
  q: '',
  zones: [],
  division: null,
  statuses: [],
  landUses: [],
  areaMuMin: null,
  areaMuMax: null,
  indicators: [],
  inView: false,
};

export const INITIAL_STATE: AtlasState = {
  view: null,
  filters: EMPTY_FILTERS,
  sort: 'code',
  page: 1,
  parcel: null,
  compare: [],
  tool: null,
  locale: null,
};

const PARCEL_CODE = /^\d{6}-\d{4}-\d{4}$/;
const ZONE_CODE = /^[A-Z]\d{6}$/;
const DIVISION_CODE = /^14\d{4}$/;
/** Indicators with a numeric value: the ones a range filter applies to. */
export const NUMERIC_INDICATORS = INDICATORS.filter((i) => i.valueType === 'number').map((i) => i.key) as readonly IndicatorKey[];

function list(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function oneOf<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  const kept = values.filter((v): v is T => (allowed as readonly string[]).includes(v));
  return [...new Set(kept)];
}

function finite(text: string | null): number | null {
  if (text === null || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function decodeView(params: URLSearchParams): MapView | null {
  const zoom = finite(params.get('z'));
  const parts = (params.get('c') ?? '').split(',');
  const lon = finite(parts[0] ?? null);
  const lat = finite(parts[1] ?? null);
  if (zoom === null || lon === null || lat === null || parts.length !== 2) return null;
  if (zoom < 0 || zoom > 22 || lon < -180 || lon > 180 || lat < -85 || lat > 85) return null;
  return { zoom, center: [lon, lat] };
}

/** `investmentIntensity:150..300`, `greenRatio:..15` — the API's own syntax. */
export function parseIndicatorRange(text: string): IndicatorRange | null {
  const m = /^([A-Za-z]+):(-?[\d.]*)\.\.(-?[\d.]*)$/.exec(text);
  if (!m) return null;
  const [, key = '', lo = '', hi = ''] = m;
  if (!NUMERIC_INDICATORS.includes(key as IndicatorKey)) return null;
  const min = finite(lo);
  const max = finite(hi);
  if ((lo !== '' && min === null) || (hi !== '' && max === null) || (min === null && max === null)) return null;
  return { key: key as IndicatorKey, min, max };
}

export function formatIndicatorRange({ key, min, max }: IndicatorRange): string {
  return `${key}:${min ?? ''}..${max ?? ''}`;
}

export function decodeState(search: string | URLSearchParams): AtlasState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const division = params.get('division');
  const sort = params.get('sort');
  const page = finite(params.get('page'));
  const parcel = params.get('parcel');
  const tool = params.get('tool');
  const lang = params.get('lang');
  const areaBounds = [finite(params.get('areaMin')), finite(params.get('areaMax'))].map((v) => (v !== null && v >= 0 ? v : null));
  // A reversed range is read the way it was meant rather than sent to the API as an error.
  const [areaMuMin = null, areaMuMax = null] =
    areaBounds[0] != null && areaBounds[1] != null && areaBounds[0] > areaBounds[1] ? [areaBounds[1], areaBounds[0]] : areaBounds;
  const compare = [...new Set(list(params, 'compare').filter((c) => PARCEL_CODE.test(c)))].slice(0, MAX_COMPARE);
  return {
    view: decodeView(params),
    filters: {
      q: (params.get('q') ?? '').trim().slice(0, 100),
      zones: [...new Set(list(params, 'zone').filter((z) => ZONE_CODE.test(z)))],
      division: division !== null && DIVISION_CODE.test(division) ? division : null,
      statuses: oneOf(list(params, 'status'), PARCEL_STATUS_CODES),
      landUses: oneOf(list(params, 'landUse'), LAND_USE_CODES),
      areaMuMin,
      areaMuMax,
      indicators: params
        .getAll('ind')
        .map(parseIndicatorRange)
        .filter((r): r is IndicatorRange => r !== null),
      inView: params.get('inView') === '1',
    },
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'code',
    page: page !== null && Number.isInteger(page) && page >= 1 ? page : 1,
    parcel: parcel !== null && PARCEL_CODE.test(parcel) ? parcel : null,
    compare,
    tool: (TOOLS as readonly string[]).includes(tool ?? '') ? (tool as Tool) : null,
    locale: isLocale(lang) ? lang : null,
  };
}

/** Enough decimals for a centre: 6 decimals of a degree ≈ 0.1 m; zoom to 2 decimals. */
function round(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

export function encodeState(state: AtlasState): URLSearchParams {
  const p = new URLSearchParams();
  const { filters: f } = state;
  if (state.view) {
    p.set('z', round(state.view.zoom, 2));
    p.set('c', `${round(state.view.center[0], 6)},${round(state.view.center[1], 6)}`);
  }
  if (f.q !== '') p.set('q', f.q);
  if (f.zones.length > 0) p.set('zone', f.zones.join(','));
  if (f.division) p.set('division', f.division);
  if (f.statuses.length > 0) p.set('status', f.statuses.join(','));
  if (f.landUses.length > 0) p.set('landUse', f.landUses.join(','));
  if (f.areaMuMin !== null) p.set('areaMin', String(f.areaMuMin));
  if (f.areaMuMax !== null) p.set('areaMax', String(f.areaMuMax));
  for (const range of f.indicators) p.append('ind', formatIndicatorRange(range));
  if (f.inView) p.set('inView', '1');
  if (state.sort !== 'code') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.parcel) p.set('parcel', state.parcel);
  if (state.compare.length > 0) p.set('compare', state.compare.join(','));
  if (state.tool) p.set('tool', state.tool);
  if (state.locale) p.set('lang', state.locale);
  return p;
}

export function hasActiveFilters(f: ParcelFilters): boolean {
  return (
    f.q !== '' ||
    f.zones.length > 0 ||
    f.division !== null ||
    f.statuses.length > 0 ||
    f.landUses.length > 0 ||
    f.areaMuMin !== null ||
    f.areaMuMax !== null ||
    f.indicators.length > 0
  );
}

/** Filters the map cannot decide from tile attributes alone (code/status/landUse/areaMu). */
export function needsServerMatch(f: ParcelFilters): boolean {
  return f.q !== '' || f.zones.length > 0 || f.division !== null || f.indicators.length > 0;
}

/** The `/api/parcels` query for a filter and a page; `bbox` only when the list follows the map. */
export function parcelSearchParams(f: ParcelFilters, page: { limit: number; offset: number; sort?: string }, bbox: Bbox | null): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q !== '') p.set('q', f.q);
  if (f.zones.length > 0) p.set('zone', f.zones.join(','));
  if (f.division) p.set('division', f.division);
  if (f.statuses.length > 0) p.set('status', f.statuses.join(','));
  if (f.landUses.length > 0) p.set('landUse', f.landUses.join(','));
  if (f.areaMuMin !== null) p.set('areaMuMin', String(f.areaMuMin));
  if (f.areaMuMax !== null) p.set('areaMuMax', String(f.areaMuMax));
  for (const range of f.indicators) p.append('indicator', formatIndicatorRange(range));
  if (f.inView && bbox) p.set('bbox', bbox.map((v) => round(v, 6)).join(','));
  if (page.sort && page.sort !== 'code') p.set('sort', page.sort);
  p.set('limit', String(page.limit));
  p.set('offset', String(page.offset));
  return p;
}
