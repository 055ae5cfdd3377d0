import { describe, expect, it } from 'vitest';
import { regionOption, trendOption } from '../../client/src/features/evaluation/chart-options';

const trend = [
  { quarter: '2026Q2', overall: 80.04, dimensions: { completeness: 70, consistency: 90, timeliness: null }, metrics: {} },
  { quarter: '2026Q3', overall: null, dimensions: { completeness: null, consistency: null, timeliness: null }, metrics: {} },
];

describe('chart options', () => {
  it('draws the overall score and each dimension per quarter, gaps where there is no data', () => {
    const o = trendOption(trend, 'zh');
    expect(o.xAxis.data).toEqual(['2026年第2季度', '2026年第3季度']);
    expect(o.yAxis).toMatchObject({ min: 0, max: 100 });
    expect(o.series.map((s) => s.name)).toEqual(['综合得分', '完整性', '一致性', '及时性']);
    expect(o.series[0]?.data).toEqual([80, null]);
    expect(o.series[3]?.data).toEqual([null, null]);
    expect(trendOption(trend, 'en').series.map((s) => s.name)).toEqual(['Overall score', 'Completeness', 'Consistency', 'Timeliness']);
  });

  it('puts the best region on top of the bar chart and regions without data at the bottom', () => {
    const regions = [
      { code: '1410', name: '临汾市', kind: 'city' as const, overall: 61.24, dimensions: { completeness: null, consistency: null, timeliness: null }, metrics: {} },
      { code: '1401', name: '太原市', kind: 'city' as const, overall: 97.8, dimensions: { completeness: null, consistency: null, timeliness: null }, metrics: {} },
      { code: '1409', name: '忻州市', kind: 'city' as const, overall: null, dimensions: { completeness: null, consistency: null, timeliness: null }, metrics: {} },
    ];
    const o = regionOption(regions, 'zh');
    // Category axes draw bottom-up.
    expect(o.yAxis.data).toEqual(['忻州市', '临汾市', '太原市']);
    expect(o.series[0]?.data).toEqual([null, 61.2, 97.8]);
  });
});
