import { describe, expect, it } from 'vitest';
import { valueScale } from '../../../server/src/pdf/charts/chart-scale';
import { formatArea, formatBeijingTime, formatShare, quarterLabelZh } from '../../../server/src/pdf/format';
import { pageNumberText } from '../../../server/src/pdf/page-decorations';

describe('PDF formatting', () => {
  it('formats areas in m² and 亩 (1 亩 = 10000/15 m²)', () => {
    expect(formatArea(66666.67)).toBe('66,666.67 m²（100.00 亩）');
    expect(formatArea(1000)).toBe('1,000.00 m²（1.50 亩）');
  });

  it('formats shares as percentages and an empty denominator as 无数据', () => {
    expect(formatShare(318, 352)).toBe('90.3%');
    expect(formatShare(0, 5)).toBe('0.0%');
    expect(formatShare(0, 0)).toBe('无数据');
  });

  it('prints times in Beijing time whatever the server zone', () => {
    expect(formatBeijingTime(new Date('2026-09-29T16:30:00Z'))).toBe('2026-09-30 00:30');
  });

  it('names quarters in Chinese', () => {
    expect(quarterLabelZh('2026Q3')).toBe('2026 年第三季度');
    expect(quarterLabelZh('2026Q1')).toBe('2026 年第一季度');
    expect(quarterLabelZh('2026-上半年')).toBe('2026-上半年');
  });

  it('numbers pages the Chinese way', () => {
    expect(pageNumberText(2, 5)).toBe('第 2 页 共 5 页');
  });
});

describe('chart value scale', () => {
  it('runs from zero to a round maximum in round steps', () => {
    expect(valueScale([3.2, 17.9, null])).toEqual({ max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(valueScale([0.42])).toEqual({ max: 0.5, ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5] });
    expect(valueScale([86.4], { max: 100 }).ticks).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('has an axis even with no data', () => {
    expect(valueScale([null, null]).max).toBeGreaterThan(0);
  });
});
