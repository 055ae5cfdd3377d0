import { describe, expect, it } from 'vitest';
import { actionLabel, diffRows, formatDateTime } from '../../client/src/features/staff/history-diff';

describe('history diff rows', () => {
  it('opens a nested snapshot object and names its changed fields with their labels', () => {
    const rows = diffRows(
      [{ field: 'workflow', before: { state: 'draft', submittedAt: null, reviewComment: null }, after: { state: 'submitted', submittedAt: '2026-05-03T06:05:00Z', reviewComment: null } }],
      'zh',
    );
    expect(rows).toEqual([
      { path: 'workflow.state', label: '审核状态', before: '草稿', after: '待审核' },
      { path: 'workflow.submittedAt', label: '提交时间', before: '—', after: formatDateTime('2026-05-03T06:05:00Z', 'zh') },
    ]);
  });

  it('writes times in Shanxi’s time zone', () => {
    expect(formatDateTime('2026-05-03T06:05:00Z', 'en')).toContain('14:05');
  });

  it('shows indicators one by one with their bounds and units', () => {
    const rows = diffRows(
      [
        {
          field: 'indicators',
          before: [{ key: 'greenRatio', comparator: 'max', value: 20, valueMax: null, textValue: null, unit: '%', areaBase: 'gross' }],
          after: [
            { key: 'greenRatio', comparator: 'max', value: 15, valueMax: null, textValue: null, unit: '%', areaBase: 'gross' },
            { key: 'investmentIntensity', comparator: 'min', value: 300, valueMax: null, textValue: null, unit: '万元/亩', areaBase: 'gross' },
          ],
        },
      ],
      'zh',
    );
    expect(rows).toEqual([
      { path: 'indicators.investmentIntensity', label: '指标：固定资产投资强度', before: '—', after: '≥ 300 万元/亩' },
      { path: 'indicators.greenRatio', label: '指标：绿地率', before: '≤ 20%', after: '≤ 15%' },
    ]);
  });

  it('labels codes, areas and money in English too', () => {
    const rows = diffRows(
      [
        { field: 'landUseCode', before: '100101', after: '100102' },
        { field: 'area', before: { m2: 3600, mu: 5.4 }, after: { m2: 3720.5, mu: 5.58075 } },
        { field: 'reservePriceWanYuan', before: null, after: 1200 },
        { field: 'geometrySha256', before: 'aaaaaaaaaaaa', after: 'bbbbbbbbbbbb' },
      ],
      'en',
    );
    expect(rows).toEqual([
      { path: 'landUseCode', label: 'Land use', before: 'Class 1 industrial', after: 'Class 2 industrial' },
      { path: 'area.m2', label: 'Area (m²)', before: '3,600 m²', after: '3,720.5 m²' },
      { path: 'area.mu', label: 'Area (mu)', before: '5.4 mu', after: '5.58 mu' },
      { path: 'reservePriceWanYuan', label: 'Reserve price', before: '—', after: 'CNY 12 million' },
      { path: 'geometrySha256', label: 'Outline', before: '#aaaaaaaa', after: '#bbbbbbbb' },
    ]);
  });

  it('names audit actions, and shows an unknown one as it is', () => {
    expect(actionLabel('parcel.approve', 'zh')).toBe('审核通过');
    expect(actionLabel('parcel.lifecycle', 'en')).toBe('Lifecycle moved');
    expect(actionLabel('parcel.merged', 'en')).toBe('parcel.merged');
  });
});
