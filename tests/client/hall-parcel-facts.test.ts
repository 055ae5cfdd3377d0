import { describe, expect, it } from 'vitest';
import type { ParcelDetail } from '../../client/src/lib/api-types';
import { parcelFacts } from '../../client/src/features/sheet/parcel-facts';

const parcel: ParcelDetail = {
  code: '140105-2026-0001',
  name: '综改区标准地2026-1号',
  zone: { code: 'G140105', name: '山西转型综合改革示范区', level: 'national', cityCode: '1401', cityName: '太原市', countyCode: '140105', countyName: '小店区' },
  divisionCode: '140105',
  location: '龙盛街以东、纬八路以北',
  landUseCode: '100102',
  industryCode: '40',
  status: 'listed',
  area: { m2: 84097.3, mu: 126.14595, gkSrid: 4547, declaredM2: null, declaredDiffPct: null },
  supplyMethod: 'listing',
  transferTermYears: 50,
  reservePriceWanYuan: 4264,
  infrastructure: ['water', 'power'],
  planning: { heightLimitM: 30, setbackM: 9 },
  listedOn: '2026-06-24',
  indicators: [],
  assessments: [],
  centroid: { type: 'Point', coordinates: [112.5, 37.7] },
  bbox: [112.49, 37.69, 112.51, 37.71],
  geometry: { type: 'Polygon', coordinates: [] },
};

const valueOf = (facts: ReturnType<typeof parcelFacts>, id: string) => facts.find((f) => f.id === id)?.value;

describe('a parcel’s key facts for the hall and the sheet', () => {
  it('lists where, how big, what for, in which state and at what price, in that order', () => {
    const facts = parcelFacts(parcel, 'zh');
    expect(facts.map((f) => f.id)).toEqual(['code', 'zone', 'division', 'location', 'area', 'landUse', 'status', 'supplyMethod', 'transferTerm', 'reservePrice', 'listedOn', 'planning']);
    expect(facts.find((f) => f.id === 'area')).toEqual({ id: 'area', label: '面积', value: '84,097.3 m² / 126.15 亩' });
    expect(valueOf(facts, 'zone')).toBe('山西转型综合改革示范区');
    expect(valueOf(facts, 'division')).toBe('太原市 小店区');
    expect(valueOf(facts, 'status')).toBe('挂牌中');
    expect(valueOf(facts, 'supplyMethod')).toBe('挂牌');
    expect(valueOf(facts, 'transferTerm')).toBe('50 年');
    expect(valueOf(facts, 'reservePrice')).toBe('4,264 万元');
    expect(valueOf(facts, 'planning')).toBe('建筑限高 ≤ 30 m；建筑退界 ≥ 9 m');
  });

  it('speaks English on request', () => {
    const facts = parcelFacts(parcel, 'en');
    expect(facts.find((f) => f.id === 'area')).toEqual({ id: 'area', label: 'Area', value: '84,097.3 m² / 126.15 mu' });
    expect(valueOf(facts, 'status')).toBe('Listed');
    expect(valueOf(facts, 'reservePrice')).toBe('CNY 42.64 million');
    expect(valueOf(facts, 'planning')).toBe('Height limit ≤ 30 m; Setback ≥ 9 m');
  });

  it('shows a dash for what is not stated and leaves out an empty listing date and planning line', () => {
    const bare = { ...parcel, supplyMethod: null, transferTermYears: null, reservePriceWanYuan: null, listedOn: null, planning: { heightLimitM: null, setbackM: null } };
    const facts = parcelFacts(bare, 'zh');
    expect(valueOf(facts, 'supplyMethod')).toBe('—');
    expect(valueOf(facts, 'transferTerm')).toBe('—');
    expect(valueOf(facts, 'reservePrice')).toBe('—');
    expect(facts.map((f) => f.id)).not.toContain('listedOn');
    expect(facts.map((f) => f.id)).not.toContain('planning');
  });
});
