import { describe, expect, it } from 'vitest';
import { type SpreadsheetSheet, writeXlsx } from '../../../server/src/spreadsheet';
import { columnLetters } from '../../../server/src/spreadsheet/xlsx-write';
import { elements, parseXml, readXlsx } from './xlsx-reader';

const METRICS: SpreadsheetSheet = {
  name: '指标得分',
  columns: [{ header: '维度', width: 10 }, { header: '指标' }, { header: '分子' }, { header: '分母' }, { header: '取值' }],
  rows: [
    ['完整性', '标准地地块信息完整率', 182, 196, 0.928571],
    ['一致性', '承诺指标不弱于地块指标的比例', 0, 0, null],
    ['及时性', 'A&B <平均> "工作日"', -3.5, 1e-7, '=1+1'],
    ['及时性', '两行\n文字 ', 12345678901, 0, ''],
  ],
};
const REGIONS: SpreadsheetSheet = {
  name: '地区对比/太原市',
  columns: [{ header: '地区' }, { header: '综合得分' }],
  rows: [['小店区', 91.3], ['清徐县', 70.2], ['阳曲县', null]],
};

describe('xlsx writer', () => {
  it('writes an Office Open XML package whose parts are declared, related and well-formed', () => {
    const { parts } = readXlsx(writeXlsx([METRICS, REGIONS]));
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    const types = parseXml(parts['[Content_Types].xml'], 'content types');
    const overrides = new Map(elements(types, 'Override').map((o) => [o.getAttribute('PartName'), o.getAttribute('ContentType')]));
    expect(overrides.get('/xl/workbook.xml')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
    expect(overrides.get('/xl/worksheets/sheet2.xml')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
    for (const name of overrides.keys()) expect(parts[String(name).slice(1)]).toBeDefined();
    const rootRel = elements(parseXml(parts['_rels/.rels'], 'rels'), 'Relationship')[0];
    expect(rootRel?.getAttribute('Target')).toBe('xl/workbook.xml');
    for (const rel of elements(parseXml(parts['xl/_rels/workbook.xml.rels'], 'workbook rels'), 'Relationship')) {
      expect(parts[`xl/${rel.getAttribute('Target')}`]).toBeDefined();
    }
  });

  it('round-trips every cell: strings (shared, escaped), numbers as numbers, empties as no cell', () => {
    const { sheets } = readXlsx(writeXlsx([METRICS, REGIONS]));
    expect(sheets.map((s) => s.name)).toEqual(['指标得分', '地区对比_太原市']);
    const [metrics, regions] = sheets;
    expect(metrics?.rows).toEqual([
      ['维度', '指标', '分子', '分母', '取值'],
      ['完整性', '标准地地块信息完整率', 182, 196, 0.928571],
      ['一致性', '承诺指标不弱于地块指标的比例', 0, 0],
      ['及时性', 'A&B <平均> "工作日"', -3.5, 1e-7, '=1+1'],
      ['及时性', '两行\n文字 ', 12345678901, 0],
    ]);
    expect(regions?.rows).toEqual([['地区', '综合得分'], ['小店区', 91.3], ['清徐县', 70.2], ['阳曲县']]);
    // A string that looks like a formula stays a string: there is no <f> element anywhere.
    expect(elements(metrics!.xml, 'f')).toHaveLength(0);
  });

  it('makes the header row bold and frozen, and sets column widths (given, or estimated from the text)', () => {
    const { parts, sheets } = readXlsx(writeXlsx([METRICS]));
    const styles = parseXml(parts['xl/styles.xml'], 'styles');
    const fonts = elements(styles, 'font');
    const xfs = elements(elements(styles, 'cellXfs')[0]!, 'xf');
    const sheet = sheets[0]!;
    expect(sheet.headerStyles).toHaveLength(5);
    for (const s of sheet.headerStyles) {
      const xf = xfs[Number(s)];
      expect(elements(fonts[Number(xf?.getAttribute('fontId'))]!, 'b')).toHaveLength(1);
    }
    expect(elements(fonts[Number(xfs[0]?.getAttribute('fontId'))]!, 'b')).toHaveLength(0);
    expect(elements(sheet.xml, 'pane')[0]?.getAttribute('state')).toBe('frozen');
    const widths = elements(sheet.xml, 'col').map((c) => Number(c.getAttribute('width')));
    expect(widths[0]).toBe(10);
    expect(widths[1]).toBe(2 * '承诺指标不弱于地块指标的比例'.length + 2); // Chinese characters count double
    expect(widths[2]).toBe(13); // 12345678901 is 11 characters
  });

  it('is deterministic, and refuses numbers a spreadsheet cannot hold', () => {
    expect(Buffer.from(writeXlsx([METRICS])).equals(Buffer.from(writeXlsx([METRICS])))).toBe(true);
    expect(() => writeXlsx([{ ...REGIONS, rows: [['x', Number.NaN]] }])).toThrow(/B2.*finite/);
    expect(() => writeXlsx([{ ...REGIONS, rows: [['x', Number.POSITIVE_INFINITY]] }])).toThrow(RangeError);
    expect(() => writeXlsx([])).toThrow(RangeError);
  });

  it('drops control characters XML forbids instead of writing an unreadable file', () => {
    const { sheets } = readXlsx(writeXlsx([{ name: 'a', columns: [{ header: 'h' }], rows: [['铃\u0007声\u0000']] }]));
    expect(sheets[0]?.rows[1]).toEqual(['铃声']);
  });

  it('names columns A … Z, AA … ZZ, AAA', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });
});
