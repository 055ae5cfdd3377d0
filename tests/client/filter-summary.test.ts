import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../client/src/app/url-state';
import { filterSummary } from '../../client/src/features/parcels/filter-summary';
import type { Zone } from '../../client/src/lib/api-types';

const zone: Zone = {
  code: 'G140105',
  name: '山西转型综合改革示范区',
  level: 'national',
  cityCode: '140100',
  cityName: '太原市',
  countyCode: '140105',
  countyName: '小店区',
  areaKm2: 30,
  parcelCount: 44,
  bbox: [112.52, 37.72, 112.58, 37.8],
};

describe('the filter in words above the list', () => {
  it('is empty when nothing is filtered', () => {
    expect(filterSummary(EMPTY_FILTERS, [zone], 'zh')).toEqual([]);
  });

  it('names zones, divisions, statuses, land uses, area and indicator ranges', () => {
    const parts = filterSummary(
      {
        ...EMPTY_FILTERS,
        q: '龙盛',
        zones: ['G140105'],
        division: '140105',
        statuses: ['published', 'listed'],
        landUses: ['100102'],
        areaMuMin: 50,
        areaMuMax: 200,
        indicators: [{ key: 'investmentIntensity', min: 300, max: null }, { key: 'greenRatio', min: null, max: 15 }],
        inView: true,
      },
      [zone],
      'zh',
    );
    expect(parts).toEqual(['“龙盛”', '山西转型综合改革示范区', '小店区', '已发布、挂牌中', '二类工业用地', '50–200 亩', '固定资产投资强度 ≥ 300 万元/亩', '绿地率 ≤ 15%', '仅显示地图范围内']);
  });

  it('speaks English with the English labels', () => {
    expect(filterSummary({ ...EMPTY_FILTERS, division: '140100', statuses: ['listed'], areaMuMax: 80 }, [zone], 'en')).toEqual(['太原市', 'Listed', '≤ 80 mu']);
  });
});
