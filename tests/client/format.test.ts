import { describe, expect, it } from 'vitest';
import type { ParcelIndicator } from '../../server/src/domain/indicators';
import { boundDigits, describeBound, formatM2, formatMu, formatNumber, formatSigned, formatWanYuan, m2ToMu, withUnit } from '../../client/src/lib/format';

const indicator = (patch: Partial<ParcelIndicator>): ParcelIndicator => ({
  key: 'investmentIntensity',
  comparator: 'min',
  value: 300,
  valueMax: null,
  textValue: null,
  unit: '万元/亩',
  areaBase: 'gross',
  ...patch,
});

describe('number formatting in Chinese conventions', () => {
  it('groups thousands and drops trailing zeros', () => {
    expect(formatNumber(84097.3)).toBe('84,097.3');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(300)).toBe('300');
    expect(formatNumber(1, 2, 1)).toBe('1.0');
  });

  it('writes areas in m² and 亩 (1 亩 = 10000/15 m²)', () => {
    expect(formatM2(84097.3)).toBe('84,097.3 m²');
    expect(formatMu(126.146, 'zh')).toBe('126.15 亩');
    expect(formatMu(126.146, 'en')).toBe('126.15 mu');
    expect(m2ToMu(10000)).toBeCloseTo(15, 12);
  });

  it('writes money in 万元, and in millions of yuan for English readers', () => {
    expect(formatWanYuan(4264, 'zh')).toBe('4,264 万元');
    expect(formatWanYuan(4264, 'en')).toBe('CNY 42.64 million');
  });

  it('writes signed margins', () => {
    expect(formatSigned(50)).toBe('+50');
    expect(formatSigned(-0.154)).toBe('−0.15');
    expect(formatSigned(0.001)).toBe('0');
  });

  it('attaches units the way they are read', () => {
    expect(withUnit(300, '万元/亩', 'zh')).toBe('300 万元/亩');
    expect(withUnit(41.75, '%', 'zh')).toBe('41.75%');
    expect(withUnit(1.15, '', 'zh')).toBe('1.15');
    expect(withUnit(300, '万元/亩', 'en')).toBe('300 10k CNY/mu');
  });
});

describe('indicator bounds', () => {
  it('explains a minimum with its sign and in words', () => {
    expect(describeBound(indicator({}), '万元/亩', 'zh')).toEqual({ symbol: '≥ 300 万元/亩', words: '不低于 300 万元/亩' });
    expect(describeBound(indicator({}), '万元/亩', 'en').words).toBe('at least 300 10k CNY/mu');
  });

  it('explains a maximum', () => {
    expect(describeBound(indicator({ key: 'greenRatio', comparator: 'max', value: 15, unit: '%' }), '%', 'zh')).toEqual({ symbol: '≤ 15%', words: '不高于 15%' });
  });

  it('writes a ratio range with one decimal: 1.0–2.5', () => {
    const far = indicator({ key: 'floorAreaRatio', comparator: 'range', value: 1, valueMax: 2.5, unit: '' });
    expect(boundDigits('floorAreaRatio')).toBe(1);
    expect(describeBound(far, '', 'zh', 1)).toEqual({ symbol: '1.0–2.5', words: '介于 1.0–2.5' });
  });

  it('reads an open range as a one-sided bound', () => {
    expect(describeBound(indicator({ key: 'floorAreaRatio', comparator: 'range', value: null, valueMax: 2, unit: '' }), '', 'zh', 1).symbol).toBe('≤ 2.0');
    expect(describeBound(indicator({ key: 'floorAreaRatio', comparator: 'range', value: 1.2, valueMax: null, unit: '' }), '', 'en', 1).words).toBe('at least 1.2');
  });

  it('counts features without decimals: ≤ 0 个', () => {
    expect(boundDigits('containment')).toBe(0);
    expect(describeBound({ comparator: 'max', value: 0 }, '个', 'zh').symbol).toBe('≤ 0 个');
    expect(describeBound({ comparator: 'max', value: 0 }, '个', 'en').symbol).toBe('≤ 0');
  });

  it('shows a text indicator as the required value', () => {
    const emission = indicator({ key: 'emissionStandard', comparator: 'eq', value: null, textValue: 'GB 16297-1996 二级', unit: '' });
    expect(describeBound(emission, '', 'zh')).toEqual({ symbol: '= GB 16297-1996 二级', words: '须为 GB 16297-1996 二级' });
  });
});
