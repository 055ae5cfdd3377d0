import { describe, expect, it } from 'vitest';
import { checkRequestSchema } from '../../../server/src/checks/check-request.schema';
import { CHECK_ERROR_CODES as E } from '../../../server/src/checks/input-errors';
import { CHECK_REASONS, WARNING_CODES } from '../../../server/src/checks/reasons';
import { runChecks } from '../../../server/src/checks/run-checks';
import type { CheckReport } from '../../../server/src/checks/report';
import { feature, indicator, lonLatPolygon, parcel, plan, rect, toLonLat } from './plan-builder';

const workshop = feature('B1', rect(20, 20, 120, 110), { kind: 'building', floors: 1, height_m: 7 });

function reportOf(...args: Parameters<typeof runChecks>): CheckReport {
  const outcome = runChecks(...args);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.report;
}

const resultOf = (report: CheckReport, key: string) => report.results.find((r) => r.key === key);

describe('runChecks', () => {
  it('names the offending parcel edge with the parcel’s own coordinates', () => {
    const square = lonLatPolygon(rect(0, 0, 200, 200));
    const near = feature('B2', rect(142, 20, 192, 120), { kind: 'building', floors: 1 });
    const report = reportOf(parcel([indicator('setback', 'min', 10, { unit: 'm' })], square), plan(workshop, near));
    const edge = resultOf(report, 'setback')?.details[0]?.edge;
    expect(edge).toMatchObject({ polygon: 0, ring: 0, index: 1 });
    expect(edge?.from).toEqual(square.coordinates[0]?.[1]);
    expect(edge?.to).toEqual(square.coordinates[0]?.[2]);
  });

  it('reports only the indicators the parcel states, plus the structural checks', () => {
    const report = reportOf(parcel([indicator('greenRatio', 'max', 15, { unit: '%' })]), plan(workshop));
    expect(report.results.map((r) => r.key)).toEqual(['greenRatio', 'containment', 'overlaps']);
  });

  it('leaves the FAR not provided while a building has neither floors nor floor area', () => {
    const report = reportOf(parcel([indicator('floorAreaRatio', 'min', 1)]), plan(feature('B1', rect(20, 20, 120, 110), { kind: 'building' })));
    expect(resultOf(report, 'floorAreaRatio')).toMatchObject({ status: 'not_provided', reason: CHECK_REASONS.FLOORS_NOT_PROVIDED, features: ['B1'] });
    expect(report.verdict).toBe('incomplete');
  });

  it('leaves the height not provided when a building has no height, unless another one is already too tall', () => {
    const noHeight = feature('B2', rect(130, 20, 180, 120), { kind: 'building', floors: 1 });
    const limit = parcel([indicator('heightLimit', 'max', 24, { unit: 'm' })]);
    expect(resultOf(reportOf(limit, plan(workshop, noHeight)), 'heightLimit')).toMatchObject({ status: 'not_provided', features: ['B2'] });
    const tall = feature('B3', rect(20, 130, 60, 150), { kind: 'building', floors: 1, height_m: 30 });
    expect(resultOf(reportOf(limit, plan(tall, noHeight)), 'heightLimit')).toMatchObject({ status: 'fail', features: ['B3'] });
  });

  it('has nothing to measure for height and setback on a plan without buildings', () => {
    const report = reportOf(parcel([indicator('heightLimit', 'max', 24), indicator('setback', 'min', 10)]), plan(feature('G1', rect(20, 20, 60, 60), { kind: 'green' })));
    expect(report.results.map((r) => r.status)).toEqual(['not_applicable', 'not_applicable', 'pass', 'pass']);
    expect(report.verdict).toBe('pass');
  });

  it('checks the stricter of indicator and planning condition', () => {
    const report = reportOf(parcel([indicator('setback', 'min', 10, { unit: 'm' })], undefined, { planningSetbackM: 25 }), plan(workshop));
    expect(resultOf(report, 'setback')?.required.value).toBe(25);
    expect(report.warnings.map((w) => w.code)).toEqual([WARNING_CODES.PLANNING_CONDITION_DIFFERS]);
  });

  it('warns that a net-area indicator was measured on the gross parcel area', () => {
    const report = reportOf(parcel([indicator('buildingCoverage', 'min', 30, { areaBase: 'net' })]), plan(workshop));
    expect(report.warnings.map((w) => w.code)).toEqual([WARNING_CODES.NET_AREA_NOT_AVAILABLE]);
  });

  it('refuses to compare a bound stated in another unit', () => {
    const report = reportOf(parcel([indicator('investmentIntensity', 'min', 3750, { unit: '万元/公顷' })]), plan(workshop), { fixedAssetInvestmentWanYuan: 18000 });
    expect(resultOf(report, 'investmentIntensity')).toMatchObject({ status: 'error', reason: CHECK_REASONS.UNIT_MISMATCH });
  });

  it('accepts a stated EPSG:4490', () => {
    expect(reportOf(parcel([]), plan(workshop), {}, { planSrid: 4490 }).crs).toEqual({ input: 4490, planar: 4547 });
  });

  it('rejects negative or unknown figures', () => {
    const bad = runChecks(parcel([]), plan(workshop), { annualTaxWanYuan: -5 });
    expect(bad.ok ? null : bad.error.code).toBe(E.FIGURES_INVALID);
    const unknown = runChecks(parcel([]), plan(workshop), { taxes: 5 } as never);
    expect(unknown.ok ? null : unknown.error.code).toBe(E.FIGURES_INVALID);
  });

  it('rejects a parcel outside Shanxi or with a crossing boundary', () => {
    const beijing = { type: 'Polygon' as const, coordinates: [[[116.4, 39.9], [116.41, 39.9], [116.41, 39.91], [116.4, 39.9]]] };
    const outside = runChecks(parcel([], beijing), plan(workshop));
    expect(outside.ok ? null : outside.error.code).toBe(E.PARCEL_INVALID_GEOMETRY);
    const bowTie = lonLatPolygon([[[0, 0], [200, 200], [200, 0], [0, 200], [0, 0]]]);
    const crossing = runChecks(parcel([], bowTie), plan(workshop));
    expect(crossing.ok ? null : crossing.error.code).toBe(E.PARCEL_INVALID_GEOMETRY);
  });

  it('never throws on rubbish input', () => {
    for (const rubbish of [null, 42, 'plan', [], { type: 'FeatureCollection' }, { type: 'FeatureCollection', features: [1, 2] }]) {
      expect(runChecks(parcel([]), rubbish).ok).toBe(false);
    }
  });

  it('produces a report that survives JSON', () => {
    const report = reportOf(parcel([indicator('floorAreaRatio', 'min', 0.1)]), plan(workshop));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('checkRequestSchema', () => {
  it('parses a body with plan, figures and a stated CRS, figures defaulting to none', () => {
    expect(checkRequestSchema.parse({ plan: plan(workshop), planSrid: 4547 })).toMatchObject({ figures: {}, planSrid: 4547 });
    expect(checkRequestSchema.parse({ plan: {}, figures: { annualTaxWanYuan: null } }).figures).toEqual({ annualTaxWanYuan: null });
  });

  it('rejects unknown fields and negative figures', () => {
    expect(checkRequestSchema.safeParse({ plan: {}, extra: 1 }).success).toBe(false);
    expect(checkRequestSchema.safeParse({ plan: {}, figures: { energyUseTce: -1 } }).success).toBe(false);
  });
});

describe('areas', () => {
  it('unions the overlapping parts of one multipolygon footprint', () => {
    const parts = [rect(20, 20, 60, 60), rect(40, 40, 80, 80)].map((rings) => rings.map((ring) => ring.map(toLonLat)));
    const footprint = { type: 'Feature' as const, id: 'B1', properties: { kind: 'building' as const, floors: 1 }, geometry: { type: 'MultiPolygon' as const, coordinates: parts } };
    const report = reportOf(parcel([]), plan(footprint));
    // 1600 + 1600 − 20 × 20 overlap
    expect(report.areas.buildingFootprintM2).toBeCloseTo(2800, 6);
  });
});
