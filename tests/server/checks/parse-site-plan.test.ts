import { describe, expect, it } from 'vitest';
import { CHECK_ERROR_CODES as E } from '../../../server/src/checks/input-errors';
import { MAX_PLAN_FEATURES, MAX_PLAN_VERTICES } from '../../../server/src/checks/limits';
import { parseSitePlan } from '../../../server/src/checks/parse-site-plan';
import { GEOMETRY_REASONS } from '../../../server/src/geo/validate-geometry';

const ring = [[112.72, 37.674], [112.721, 37.674], [112.721, 37.675], [112.72, 37.675], [112.72, 37.674]];
const building = (props: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id: 'B1',
  properties: { kind: 'building', floors: 2, ...props },
  geometry: { type: 'Polygon', coordinates: [ring] },
  ...extra,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const errorOf = (plan: unknown) => {
  const parsed = parseSitePlan(plan);
  return parsed.ok ? null : parsed.error;
};

describe('parseSitePlan', () => {
  it('reads ids from feature.id or properties.id, numbers included', () => {
    const parsed = parseSitePlan(collection(building(), building({ id: 7 }, { id: undefined })));
    expect(parsed.ok && parsed.features.map((f) => f.id)).toEqual(['B1', '7']);
  });

  it('derives floors from storey heights and marks admin use', () => {
    const parsed = parseSitePlan(collection(building({ floors: undefined, storey_heights_m: [9, 4], use: 'admin' })));
    expect(parsed.ok && parsed.features[0]).toMatchObject({ floors: 2, storeyHeightsM: [9, 4], isAdminUse: true });
  });

  it.each([
    ['a non-collection', { type: 'Feature' }, E.PLAN_INVALID_GEOJSON],
    ['a feature that is not a Feature', collection({ type: 'Polygon' }), E.PLAN_INVALID_GEOJSON],
    ['a feature without id', collection(building({}, { id: undefined })), E.PLAN_FEATURE_ID_MISSING],
    ['a repeated id', collection(building(), building()), E.PLAN_DUPLICATE_FEATURE_ID],
    ['an unknown kind', collection(building({ kind: 'tower' })), E.PLAN_UNKNOWN_KIND],
    ['a null geometry', collection(building({}, { geometry: null })), E.PLAN_NULL_GEOMETRY],
    ['a point geometry', collection(building({}, { geometry: { type: 'Point', coordinates: [112.72, 37.674] } })), E.PLAN_UNSUPPORTED_GEOMETRY],
    ['a NaN coordinate', collection(building({}, { geometry: { type: 'Polygon', coordinates: [[[Number.NaN, 37.674], ...ring.slice(1)]] } })), E.PLAN_NON_FINITE_COORDINATE],
    ['negative floors', collection(building({ floors: -1 })), E.PLAN_INVALID_FLOORS],
    ['zero floors', collection(building({ floors: 0 })), E.PLAN_INVALID_FLOORS],
    ['fractional floors', collection(building({ floors: 1.5 })), E.PLAN_INVALID_FLOORS],
    ['storey heights that disagree with floors', collection(building({ storey_heights_m: [5] })), E.PLAN_INVALID_PROPERTY],
    ['a negative height', collection(building({ height_m: -3 })), E.PLAN_INVALID_PROPERTY],
    ['a floor area given as text', collection(building({ floor_area_m2: '1000' })), E.PLAN_INVALID_PROPERTY],
  ])('rejects %s', (_label, plan, code) => {
    expect(errorOf(plan)?.code).toBe(code);
  });

  it('names the offending feature and the validator reason', () => {
    const open = building({}, { geometry: { type: 'Polygon', coordinates: [ring.slice(0, 4).concat([[112.72, 37.6745]])] } });
    expect(errorOf(collection(open))).toMatchObject({ code: E.PLAN_INVALID_GEOJSON, reason: GEOMETRY_REASONS.RING_NOT_CLOSED, features: ['B1'] });
  });

  it(`rejects more than ${MAX_PLAN_FEATURES} features before looking at any of them`, () => {
    expect(errorOf(collection(...Array.from({ length: MAX_PLAN_FEATURES + 1 }, () => null)))?.code).toBe(E.PLAN_TOO_MANY_FEATURES);
  });

  it(`rejects more than ${MAX_PLAN_VERTICES} vertices across the plan`, () => {
    const big = Array.from({ length: MAX_PLAN_VERTICES }, (_, i) => [112.72 + i * 1e-7, 37.674]);
    const geometry = { type: 'Polygon', coordinates: [[...big, big[0]]] };
    expect(errorOf(collection(building({}, { geometry })))?.code).toBe(E.PLAN_TOO_MANY_VERTICES);
  });
});
