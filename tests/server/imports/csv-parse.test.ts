import { describe, expect, it } from 'vitest';
import { neutraliseFormula, quoteCell, restoreFormula } from '../../../server/src/imports/csv-cells';
import { parseCsv } from '../../../server/src/imports/csv-parse';
import { csvColumnFor } from '../../../server/src/imports/indicator-columns';

describe('parseCsv (RFC 4180)', () => {
  it('splits on commas and CRLF or LF, and skips blank lines', () => {
    expect(parseCsv('a,b\r\n1,2\n\n3,\r\n')).toEqual({ ok: true, rows: [['a', 'b'], ['1', '2'], ['3', '']] });
  });

  it('keeps commas, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('"a,b","say ""hi""","two\r\nlines",""')).toEqual({ ok: true, rows: [['a,b', 'say "hi"', 'two\r\nlines', '']] });
  });

  it('refuses a quote inside an unquoted field, text after a closing quote and an open quote', () => {
    expect(parseCsv('a,b"c')).toMatchObject({ ok: false, line: 1 });
    expect(parseCsv('x\n"a"b')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('"open')).toMatchObject({ ok: false });
  });
});

describe('formula injection', () => {
  it.each(['=1+1', '+86', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises %j and restores it', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
  });

  it('leaves ordinary text and apostrophes alone', () => {
    expect(neutraliseFormula('晋中')).toBe('晋中');
    expect(restoreFormula("'晋中")).toBe("'晋中");
  });

  it('quotes only when needed', () => {
    expect(quoteCell('plain')).toBe('plain');
    expect(quoteCell('a"b')).toBe('"a""b"');
  });
});

describe('csvColumnFor', () => {
  it('accepts keys, Chinese labels and the matching unit, and refuses another unit', () => {
    expect(csvColumnFor('greenRatio')).toEqual({ kind: 'indicator', key: 'greenRatio', bound: 'value' });
    expect(csvColumnFor('绿地率(%)')).toEqual({ kind: 'indicator', key: 'greenRatio', bound: 'value' });
    expect(csvColumnFor('容积率上限')).toEqual({ kind: 'indicator', key: 'floorAreaRatio', bound: 'max' });
    expect(csvColumnFor('面积（平方米）')).toEqual({ kind: 'attribute', key: 'areaM2' });
    expect(csvColumnFor('面积（亩）')).toBeNull();
    expect(csvColumnFor('固定资产投资强度（元/平方米）')).toBeNull();
  });
});
