// The wizard's committed-indicator table: blank keeps the parcel's bound, only stricter values pass,
// and what the form accepts the server's own rule (commitIndicators) accepts too.
import { describe, expect, it } from 'vitest';
import { commitIndicators } from '../../server/src/commitments/committed-indicators';
import type { ParcelIndicator } from '../../server/src/domain/indicators';
import { checkIndicatorDrafts, checkIndicatorRow, INDICATOR_FORM_PROBLEMS } from '../../client/src/features/commitments/committed-indicator-form';

const indicator = (i: Partial<ParcelIndicator> & Pick<ParcelIndicator, 'key' | 'comparator' | 'unit'>): ParcelIndicator => ({
  value: null, valueMax: null, textValue: null, areaBase: 'gross', ...i,
});

// A typical Shanxi industrial parcel: investment ≥ 300 万元/亩, FAR 1.0–2.5, green ≤ 15 %, tax ≥ 15, a fixed emission standard.
const PARCEL: ParcelIndicator[] = [
  indicator({ key: 'investmentIntensity', comparator: 'min', value: 300, unit: '万元/亩' }),
  indicator({ key: 'floorAreaRatio', comparator: 'range', value: 1, valueMax: 2.5, unit: '' }),
  indicator({ key: 'greenRatio', comparator: 'max', value: 15, unit: '%' }),
  indicator({ key: 'taxPerMu', comparator: 'min', value: 15, unit: '万元/亩·年' }),
  indicator({ key: 'emissionStandard', comparator: 'eq', textValue: 'GB 16297-1996 二级', unit: '' }),
];
const [investment, far, green, tax, emission] = PARCEL as [ParcelIndicator, ParcelIndicator, ParcelIndicator, ParcelIndicator, ParcelIndicator];

describe('one committed indicator row', () => {
  it('keeps the parcel’s bound when the field is blank', () => {
    expect(checkIndicatorRow(investment, undefined)).toMatchObject({ editable: true, stricter: false, problem: null, committed: { value: 300 } });
    expect(checkIndicatorRow(investment, { value: '   ' })).toMatchObject({ stricter: false, problem: null, committed: { value: 300 } });
  });

  it('accepts a higher minimum and a lower maximum as stricter', () => {
    expect(checkIndicatorRow(investment, { value: '350' })).toMatchObject({ stricter: true, problem: null, committed: { value: 350 } });
    expect(checkIndicatorRow(green, { value: '12' })).toMatchObject({ stricter: true, problem: null, committed: { value: 12 } });
    // The same number as the parcel is no override.
    expect(checkIndicatorRow(tax, { value: '15.0' })).toMatchObject({ stricter: false, problem: null });
  });

  it('refuses a weaker bound inline', () => {
    expect(checkIndicatorRow(investment, { value: '250' }).problem).toEqual({ reason: INDICATOR_FORM_PROBLEMS.WEAKER_THAN_PARCEL });
    expect(checkIndicatorRow(green, { value: '20' }).problem).toEqual({ reason: INDICATOR_FORM_PROBLEMS.WEAKER_THAN_PARCEL });
    expect(checkIndicatorRow(far, { valueMax: '3' }).problem).toEqual({ reason: INDICATOR_FORM_PROBLEMS.WEAKER_THAN_PARCEL });
    expect(checkIndicatorRow(far, { value: '0.8' }).problem).toEqual({ reason: INDICATOR_FORM_PROBLEMS.WEAKER_THAN_PARCEL });
  });

  it('narrows a range from either end and refuses one turned upside down', () => {
    expect(checkIndicatorRow(far, { value: '1.2', valueMax: '2' })).toMatchObject({ stricter: true, problem: null, committed: { value: 1.2, valueMax: 2 } });
    expect(checkIndicatorRow(far, { value: '2.2', valueMax: '1.5' }).problem).toEqual({ reason: INDICATOR_FORM_PROBLEMS.RANGE_INVERTED });
    // Only the lower end typed: the upper stays the parcel's 2.5, and 3 > 2.5 makes it inverted.
    expect(checkIndicatorRow(far, { value: '3' }).problem).toEqual({ reason: INDICATOR_FORM_PROBLEMS.RANGE_INVERTED });
  });

  it('tells text and implausible numbers apart from policy', () => {
    expect(checkIndicatorRow(investment, { value: '三百' }).problem).toEqual({ reason: INDICATOR_FORM_PROBLEMS.NOT_A_NUMBER });
    expect(checkIndicatorRow(green, { value: '-5' }).problem).toEqual({ reason: INDICATOR_FORM_PROBLEMS.OUT_OF_RANGE, range: [0, 100] });
    expect(checkIndicatorRow(investment, { value: '1,000' })).toMatchObject({ problem: null, committed: { value: 1000 } });
  });

  it('commits an equality (the emission standard) exactly as the parcel states it', () => {
    expect(checkIndicatorRow(emission, { value: 'anything' })).toMatchObject({ editable: false, stricter: false, problem: null, committed: { textValue: 'GB 16297-1996 二级' } });
  });
});

describe('the whole table', () => {
  it('sends only the stricter rows, and the server’s rule accepts them', () => {
    const form = checkIndicatorDrafts(PARCEL, { taxPerMu: { value: '18' }, floorAreaRatio: { value: '1.2' }, greenRatio: { value: '' } });
    expect(form.valid).toBe(true);
    expect(form.overrides).toEqual([
      { key: 'floorAreaRatio', value: 1.2, valueMax: 2.5 },
      { key: 'taxPerMu', value: 18 },
    ]);
    const server = commitIndicators(PARCEL, form.overrides);
    expect(server.ok).toBe(true);
    if (server.ok) expect(server.indicators.find((i) => i.key === 'taxPerMu')).toMatchObject({ value: 18, parcelValue: 15 });
  });

  it('is invalid while any row is, and the server refuses the same weaker value', () => {
    const form = checkIndicatorDrafts(PARCEL, { investmentIntensity: { value: '250' }, taxPerMu: { value: '18' } });
    expect(form.valid).toBe(false);
    expect(form.rows.filter((r) => r.problem).map((r) => r.key)).toEqual(['investmentIntensity']);
    expect(form.overrides).toEqual([{ key: 'taxPerMu', value: 18 }]);
    const server = commitIndicators(PARCEL, [{ key: 'investmentIntensity', value: 250 }]);
    expect(server).toMatchObject({ ok: false, problems: [{ key: 'investmentIntensity', reason: 'WEAKER_THAN_PARCEL' }] });
  });
});
