import { describe, expect, it } from 'vitest';
import { excelSheetNames } from '../../../server/src/spreadsheet/sheet-names';

describe('Excel sheet names', () => {
  it('replaces forbidden characters, trims apostrophes and cuts at 31 characters', () => {
    expect(excelSheetNames(["太原市/小店区:[2026Q3]?*\\", "'引号'"])).toEqual(['太原市_小店区__2026Q3____', '引号']);
    const long = '山西转型综合改革示范区潇河产业园区阳曲产业园区线上线下融合评估指标得分明细';
    expect(Array.from(excelSheetNames([long])[0] ?? '')).toHaveLength(31);
  });

  it('keeps names unique ignoring case, and replaces empty or reserved ones', () => {
    expect(excelSheetNames(['得分', 'Data', 'data', '得分', '', 'History'])).toEqual(['得分', 'Data', 'data (2)', '得分 (2)', 'Sheet5', 'Sheet6']);
  });
});
