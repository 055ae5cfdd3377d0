import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../server/src/imports/csv-parse';
import { writeCsv } from '../../../server/src/spreadsheet';

const SHEET = {
  columns: [{ header: '地区' }, { header: '指标' }, { header: '取值' }],
  rows: [
    ['小店区', '按承诺时限办结率', 0.903],
    ['清徐县', '含逗号, 和"引号"', -2],
    ['晋源区', '两行\r\n文字', null],
    ['阳曲县', '=HYPERLINK("http://evil")', '+1'],
  ],
};

describe('CSV writer', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const bytes = writeCsv(SHEET);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('地区,指标,取值\r\n小店区,按承诺时限办结率,0.903\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180) and neutralises formulas', () => {
    const text = writeCsv(SHEET).toString('utf8');
    expect(text).toContain('清徐县,"含逗号, 和""引号""",-2\r\n');
    expect(text).toContain('晋源区,"两行\r\n文字",\r\n');
    expect(text).toContain(`阳曲县,"'=HYPERLINK(""http://evil"")",'+1\r\n`);
  });

  it('reads back cell for cell with a CSV parser', () => {
    const parsed = parseCsv(writeCsv(SHEET).toString('utf8').slice(1));
    expect(parsed).toEqual({
      ok: true,
      rows: [
        ['地区', '指标', '取值'],
        ['小店区', '按承诺时限办结率', '0.903'],
        ['清徐县', '含逗号, 和"引号"', '-2'],
        ['晋源区', '两行\r\n文字', ''],
        ['阳曲县', `'=HYPERLINK("http://evil")`, "'+1"],
      ],
    });
  });

  it('refuses numbers that are not finite', () => {
    expect(() => writeCsv({ columns: [{ header: 'x' }], rows: [[Number.NaN]] })).toThrow(RangeError);
  });
});
