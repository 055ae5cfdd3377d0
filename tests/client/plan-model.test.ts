import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../server/src/checks';
import { addFeature, DEFAULT_DRAW_PROPS, EMPTY_PLAN, nextFeatureId, offendingIds, removeFeature, replaceGeometry, updateProperties } from '../../client/src/features/checks/plan-model';
import { figuresFromDraft, figuresNeeded } from '../../client/src/features/checks/figures';

const square = (x: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, 37], [x + 0.001, 37], [x + 0.001, 37.001], [x, 37.001], [x, 37]]] });

describe('the site plan being drawn', () => {
  it('numbers features per kind: B1, B2, G1', () => {
    let plan = addFeature(EMPTY_PLAN, square(112), DEFAULT_DRAW_PROPS);
    plan = addFeature(plan, square(112.01), DEFAULT_DRAW_PROPS);
    plan = addFeature(plan, square(112.02), { ...DEFAULT_DRAW_PROPS, kind: 'green' });
    expect(plan.features.map((f) => f.id)).toEqual(['B1', 'B2', 'G1']);
    expect(nextFeatureId(removeFeature(plan, 'B1'), 'building')).toBe('B3');
  });

  it('gives buildings their floors, height and use; other kinds none', () => {
    const plan = addFeature(EMPTY_PLAN, square(112), { kind: 'building', floors: 3, heightM: 15, adminUse: true });
    expect(plan.features[0]?.properties).toEqual({ kind: 'building', floors: 3, height_m: 15, use: 'admin' });
    const green = addFeature(EMPTY_PLAN, square(112), { kind: 'green', floors: 3, heightM: 15, adminUse: true });
    expect(green.features[0]?.properties).toEqual({ kind: 'green' });
  });

  it('drops storeys when a building becomes a yard, and clears a property set to undefined', () => {
    const plan = addFeature(EMPTY_PLAN, square(112), { kind: 'building', floors: 3, heightM: 15, adminUse: true });
    expect(updateProperties(plan, 'B1', { kind: 'yard' }).features[0]?.properties).toEqual({ kind: 'yard' });
    expect(updateProperties(plan, 'B1', { floors: undefined }).features[0]?.properties).toEqual({ kind: 'building', height_m: 15, use: 'admin' });
  });

  it('replaces a reshaped footprint and leaves the others alone', () => {
    const plan = addFeature(addFeature(EMPTY_PLAN, square(112), DEFAULT_DRAW_PROPS), square(113), DEFAULT_DRAW_PROPS);
    const moved = replaceGeometry(plan, 'B2', square(114));
    expect(moved.features[0]).toBe(plan.features[0]);
    expect(moved.features[1]?.geometry).toEqual(square(114));
  });

  it('collects the features named by failing and erroring checks', () => {
    const result = (status: string, features: string[], detailFeatures: string[] = []) => ({ status, features, details: detailFeatures.map((f) => ({ features: [f] })) });
    const report = { results: [result('pass', ['B9']), result('fail', ['B2'], ['B3']), result('error', ['B1']), result('not_provided', ['B7'])] } as unknown as CheckReport;
    expect(offendingIds(report)).toEqual(['B1', 'B2', 'B3']);
  });
});

describe('project figures', () => {
  it('asks only for the figures the parcel’s indicators are computed from', () => {
    expect(figuresNeeded([{ key: 'investmentIntensity' }, { key: 'floorAreaRatio' }])).toEqual(['fixedAssetInvestmentWanYuan']);
    expect(figuresNeeded([{ key: 'energyPerValueAdded' }, { key: 'emissionStandard' }, { key: 'rdIntensity' }])).toEqual([
      'valueAddedWanYuan',
      'energyUseTce',
      'rdSpendingWanYuan',
      'revenueWanYuan',
      'emissionStandard',
    ]);
  });

  it('turns typed text into figures, leaving blanks and non-numbers out', () => {
    expect(figuresFromDraft({ fixedAssetInvestmentWanYuan: ' 18000 ', annualTaxWanYuan: '', annualOutputWanYuan: 'abc', emissionStandard: ' GB 16297-1996 二级 ' })).toEqual({
      fixedAssetInvestmentWanYuan: 18000,
      emissionStandard: 'GB 16297-1996 二级',
    });
  });
});
