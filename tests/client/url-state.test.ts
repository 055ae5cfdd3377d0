import { describe, expect, it } from 'vitest';
import {
  type AtlasState,
  decodeState,
  EMPTY_FILTERS,
  encodeState,
  hasActiveFilters,
  INITIAL_STATE,
  needsServerMatch,
  parcelSearchParams,
  parseIndicatorRange,
} from '../../client/src/app/url-state';

const full: AtlasState = {
  view: { zoom: 14.25, center: [112.540282, 37.752911] },
  filters: {
    q: '龙盛街',
    zones: ['G140105'],
    division: '140100',
    statuses: ['listed', 'published'],
    landUses: ['100102'],
    areaMuMin: 50,
    areaMuMax: 200,
    indicators: [
      { key: 'investmentIntensity', min: 150, max: 300 },
      { key: 'greenRatio', min: null, max: 15 },
    ],
    inView: true,
  },
  sort: '-areaMu',
  page: 3,
  parcel: '140105-2026-0001',
  compare: ['140105-2026-0001', '140121-2026-0001'],
  tool: 'check',
  locale: 'en',
};

describe('URL state', () => {
  it('round-trips every part of the screen through the query string', () => {
    const search = encodeState(full).toString();
    expect(decodeState(search)).toEqual(full);
    expect(decodeState(`?${search}`)).toEqual(full);
  });

  it('writes the short form a person can read and share', () => {
    const state: AtlasState = { ...INITIAL_STATE, view: { zoom: 14, center: [112.54, 37.75] }, filters: { ...EMPTY_FILTERS, statuses: ['listed'] }, parcel: '140702-2025-0001' };
    expect(decodeURIComponent(encodeState(state).toString())).toBe('z=14&c=112.54,37.75&status=listed&parcel=140702-2025-0001');
  });

  it('leaves defaults out, so the empty screen is the bare URL', () => {
    expect(encodeState(INITIAL_STATE).toString()).toBe('');
    expect(decodeState('')).toEqual(INITIAL_STATE);
  });

  it('rounds the centre to 6 decimals (about 0.1 m) and the zoom to 2', () => {
    const p = encodeState({ ...INITIAL_STATE, view: { zoom: 14.123456, center: [112.1234567891, 37.9876543219] } });
    expect(p.get('z')).toBe('14.12');
    expect(p.get('c')).toBe('112.123457,37.987654');
  });

  it('drops values that are not valid rather than failing', () => {
    const s = decodeState('z=99&c=abc&status=listed,bogus,listed&landUse=999999&zone=nope&division=110000&parcel=../etc&page=-2&sort=evil&tool=x&lang=fr&ind=foo:1..2&ind=investmentIntensity:..&compare=a,b');
    expect(s).toEqual({ ...INITIAL_STATE, filters: { ...EMPTY_FILTERS, statuses: ['listed'] } });
  });

  it('keeps at most three parcels to compare, without repeats', () => {
    const s = decodeState('compare=140105-2026-0001,140105-2026-0001,140105-2026-0002,140105-2026-0003,140105-2026-0004');
    expect(s.compare).toEqual(['140105-2026-0001', '140105-2026-0002', '140105-2026-0003']);
  });

  it('reads a reversed area range the way it was meant', () => {
    const s = decodeState('areaMin=200&areaMax=50');
    expect([s.filters.areaMuMin, s.filters.areaMuMax]).toEqual([50, 200]);
  });

  it('accepts repeated and comma-separated lists alike', () => {
    expect(decodeState('status=listed&status=published').filters.statuses).toEqual(['listed', 'published']);
  });
});

describe('indicator ranges', () => {
  it('parses the API syntax key:min..max with open ends', () => {
    expect(parseIndicatorRange('investmentIntensity:150..300')).toEqual({ key: 'investmentIntensity', min: 150, max: 300 });
    expect(parseIndicatorRange('greenRatio:..15')).toEqual({ key: 'greenRatio', min: null, max: 15 });
    expect(parseIndicatorRange('taxPerMu:10..')).toEqual({ key: 'taxPerMu', min: 10, max: null });
  });

  it('rejects text indicators, unknown keys and empty ranges', () => {
    expect(parseIndicatorRange('emissionStandard:1..2')).toBeNull();
    expect(parseIndicatorRange('bogus:1..2')).toBeNull();
    expect(parseIndicatorRange('taxPerMu:..')).toBeNull();
    expect(parseIndicatorRange('taxPerMu:a..b')).toBeNull();
  });
});

describe('the API query of a filter', () => {
  it('speaks the /api/parcels parameters', () => {
    const p = parcelSearchParams(full.filters, { limit: 20, offset: 40, sort: '-areaMu' }, [112.5, 37.7, 112.6, 37.8]);
    expect(decodeURIComponent(p.toString())).toBe(
      'q=龙盛街&zone=G140105&division=140100&status=listed,published&landUse=100102&areaMuMin=50&areaMuMax=200' +
        '&indicator=investmentIntensity:150..300&indicator=greenRatio:..15&bbox=112.5,37.7,112.6,37.8&sort=-areaMu&limit=20&offset=40',
    );
  });

  it('sends the map bbox only when the list follows the map', () => {
    const p = parcelSearchParams({ ...full.filters, inView: false }, { limit: 20, offset: 0 }, [112.5, 37.7, 112.6, 37.8]);
    expect(p.has('bbox')).toBe(false);
  });

  it('knows which filters need the server to tell matching parcels on the map', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(needsServerMatch({ ...EMPTY_FILTERS, statuses: ['listed'], areaMuMin: 10 })).toBe(false);
    expect(needsServerMatch({ ...EMPTY_FILTERS, q: '龙盛街' })).toBe(true);
    expect(needsServerMatch({ ...EMPTY_FILTERS, indicators: [{ key: 'taxPerMu', min: 10, max: null }] })).toBe(true);
  });
});
