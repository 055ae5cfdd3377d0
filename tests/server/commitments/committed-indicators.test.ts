import { describe, expect, it } from 'vitest';
import { commitIndicators, isNotWeaker } from '../../../server/src/commitments/committed-indicators';
import type { ParcelIndicator } from '../../../server/src/domain/indicators';

const ind = (key: ParcelIndicator['key'], comparator: ParcelIndicator['comparator'], value: number | null, valueMax: number | null = null, textValue: string | null = null, unit = ''): ParcelIndicator =>
  ({ key, comparator, value, valueMax, textValue, unit, areaBase: 'gross' });

const parcel = [
  ind('investmentIntensity', 'min', 300, null, null, '万元/亩'),
  ind('floorAreaRatio', 'range', 1.0, 2.5),
  ind('greenRatio', 'max', 15, null, null, '%'),
  ind('emissionStandard', 'eq', null, null, 'GB 16297-1996'),
  ind('taxPerMu', 'min', 15, null, null, '万元/亩·年'),
];

describe('committed indicators are never weaker than the parcel’s', () => {
  it('commits every parcel indicator at its own bound by default, with the stage it is checked at', () => {
    const out = commitIndicators(parcel);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.indicators.map((i) => [i.key, i.stage, i.value, i.parcelValue])).toEqual([
      ['investmentIntensity', 'completion', 300, 300],
      ['floorAreaRatio', 'completion', 1.0, 1.0],
      ['greenRatio', 'completion', 15, 15],
      ['emissionStandard', 'output', null, null],
      ['taxPerMu', 'output', 15, 15],
    ]);
  });

  it('accepts stricter values: higher minimum, lower maximum, a narrower range', () => {
    const out = commitIndicators(parcel, [
      { key: 'investmentIntensity', value: 320 },
      { key: 'greenRatio', value: 12 },
      { key: 'floorAreaRatio', value: 1.2, valueMax: 2.0 },
    ]);
    expect(out.ok).toBe(true);
  });

  it('refuses weaker values one by one with a reason', () => {
    const out = commitIndicators(parcel, [
      { key: 'investmentIntensity', value: 299.5 },
      { key: 'greenRatio', value: 16 },
      { key: 'floorAreaRatio', value: 0.9, valueMax: 2.5 },
      { key: 'emissionStandard', textValue: '地方标准' },
      { key: 'rdIntensity', value: 3 },
    ]);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems.map((p) => [p.key, p.reason])).toEqual([
      ['rdIntensity', 'NOT_ON_PARCEL'],
      ['investmentIntensity', 'WEAKER_THAN_PARCEL'],
      ['floorAreaRatio', 'WEAKER_THAN_PARCEL'],
      ['greenRatio', 'WEAKER_THAN_PARCEL'],
      ['emissionStandard', 'WEAKER_THAN_PARCEL'],
    ]);
  });

  it('refuses an implausible value before comparing it', () => {
    const out = commitIndicators(parcel, [{ key: 'greenRatio', value: -5 }]);
    expect(!out.ok && out.problems[0]).toMatchObject({ key: 'greenRatio', reason: 'INVALID_VALUE' });
  });

  it('compares each comparator the right way round', () => {
    expect(isNotWeaker(ind('taxPerMu', 'min', 15), { value: 15, valueMax: null, textValue: null })).toBe(true);
    expect(isNotWeaker(ind('taxPerMu', 'min', 15), { value: 14.99, valueMax: null, textValue: null })).toBe(false);
    expect(isNotWeaker(ind('greenRatio', 'max', 15), { value: 15.01, valueMax: null, textValue: null })).toBe(false);
    expect(isNotWeaker(ind('floorAreaRatio', 'range', 1, 2.5), { value: 2.6, valueMax: 2.5, textValue: null })).toBe(false);
    // An open end of the parcel's range stays open.
    expect(isNotWeaker(ind('floorAreaRatio', 'range', 1, null), { value: 1.5, valueMax: 9, textValue: null })).toBe(true);
  });
});
