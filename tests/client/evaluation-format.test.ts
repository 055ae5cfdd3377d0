import { describe, expect, it } from 'vitest';
import {
  formatMetricValue,
  formatScore,
  quarterLabel,
  quarterOptions,
  readEvaluationParams,
  scoreBand,
  scopeGroups,
  worstRegionsOf,
} from '../../client/src/features/evaluation/evaluation-format';

describe('evaluation figures as people read them', () => {
  it('writes shares as percentages, durations in working days and missing values as 无数据', () => {
    expect(formatMetricValue(0.875, 'ratio', 'zh')).toBe('87.5%');
    expect(formatMetricValue(1, 'ratio', 'zh')).toBe('100%');
    expect(formatMetricValue(12 / 13, 'ratio', 'zh')).toBe('92.3%');
    expect(formatMetricValue(4.75, 'workdays', 'zh')).toBe('4.75 个工作日');
    expect(formatMetricValue(4.75, 'workdays', 'en')).toBe('4.75 working days');
    expect(formatMetricValue(null, 'ratio', 'zh')).toBe('无数据');
    expect(formatMetricValue(null, 'workdays', 'en')).toBe('No data');
    expect(formatScore(66.81410256, 'zh')).toBe('66.8');
    expect(formatScore(100, 'zh')).toBe('100.0');
    expect(formatScore(null, 'zh')).toBe('无数据');
    expect([95, 80, 60, null].map(scoreBand)).toEqual(['good', 'fair', 'poor', 'none']);
  });

  it('names quarters and offers the current one and the seven before it', () => {
    expect(quarterLabel('2026Q3', 'zh')).toBe('2026年第3季度');
    expect(quarterLabel('2026Q3', 'en')).toBe('Q3 2026');
    expect(quarterLabel('bad', 'zh')).toBe('bad');
    expect(quarterOptions(new Date('2026-12-04T03:00:00Z'), 5)).toEqual(['2026Q4', '2026Q3', '2026Q2', '2026Q1', '2025Q4']);
    // 31 December 23:30 in Beijing is still 2025Q4 there.
    expect(quarterOptions(new Date('2025-12-31T15:30:00Z'), 1)).toEqual(['2025Q4']);
  });

  it('reads quarter and scope from the URL, defaulting to now and the province', () => {
    const now = new Date('2026-08-01T00:00:00Z');
    expect(readEvaluationParams(new URLSearchParams('quarter=2026Q1&scope=G140702'), now)).toEqual({ quarter: '2026Q1', scope: 'G140702' });
    expect(readEvaluationParams(new URLSearchParams('quarter=2026Q9&scope=x'), now)).toEqual({ quarter: '2026Q3', scope: '14' });
  });

  it('groups the zones into cities, counties and zones for the scope picker', () => {
    const zones = [
      { code: 'G140702', name: '晋中开发区', cityCode: '140700', cityName: '晋中市', countyCode: '140702', countyName: '榆次区' },
      { code: 'G140105', name: '综改示范区', cityCode: '140100', cityName: '太原市', countyCode: '140105', countyName: '小店区' },
      { code: 'G140121', name: '潇河园区', cityCode: '140100', cityName: '太原市', countyCode: '140121', countyName: '清徐县' },
    ];
    const g = scopeGroups(zones, 'zh');
    expect(g.province).toEqual({ code: '14', label: '山西省（全省）' });
    expect(g.cities).toEqual([{ code: '1401', label: '太原市' }, { code: '1407', label: '晋中市' }]);
    expect(g.counties.map((c) => c.code)).toEqual(['140105', '140121', '140702']);
    expect(g.counties[1]?.label).toBe('太原市清徐县');
    expect(g.zones.map((z) => z.code)).toEqual(['G140105', 'G140121', 'G140702']);
  });

  it('finds the weakest regions and their weakest scored metric, an overdue share counting the other way', () => {
    const metrics = [
      { key: 'a', nameZh: '甲', nameEn: 'A', unit: 'ratio' as const, better: 'higher' as const, scored: true },
      { key: 'overdue', nameZh: '超期率', nameEn: 'Overdue', unit: 'ratio' as const, better: 'lower' as const, scored: true },
      { key: 'days', nameZh: '用时', nameEn: 'Days', unit: 'workdays' as const, better: 'lower' as const, scored: false },
    ];
    const regions: { code: string; name: string; overall: number | null; metrics: Record<string, { value: number | null }> }[] = [
      { code: '1401', name: '太原市', overall: 90, metrics: { a: { value: 0.9 }, overdue: { value: 0.05 }, days: { value: 30 } } },
      { code: '1410', name: '临汾市', overall: 60, metrics: { a: { value: 0.5 }, overdue: { value: 0.7 }, days: { value: 2 } } },
      { code: '1407', name: '晋中市', overall: 80, metrics: { a: { value: 0.7 }, overdue: { value: null }, days: { value: 1 } } },
      { code: '1409', name: '忻州市', overall: null, metrics: {} },
    ];
    const worst = worstRegionsOf(regions, metrics, 'zh', 2);
    expect(worst.map((r) => r.code)).toEqual(['1410', '1407']);
    // 临汾: 甲 50 % vs overdue 70 % (counts as 30 %): overdue is weaker.
    expect(worst[0]?.weakest).toEqual({ key: 'overdue', name: '超期率', value: 0.7, unit: 'ratio' });
    expect(worst[1]?.weakest?.key).toBe('a');
  });
});
