import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkDecoded, decodeText, looksLikeMisreadUtf8, normaliseEncoding } from '../../../server/src/imports/decode-text';

const NAME = '晋中开发区标准地01号';

describe('decodeText', () => {
  it('takes UTF-8 with or without BOM, and falls back to GB18030 for GBK bytes', () => {
    expect(decodeText(Buffer.from(`\uFEFF${NAME}`, 'utf8'))).toEqual({ ok: true, text: NAME, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(NAME, 'utf8'))).toEqual({ ok: true, text: NAME, encoding: 'utf-8' });
    expect(decodeText(iconv.encode(NAME, 'gbk'))).toEqual({ ok: true, text: NAME, encoding: 'gb18030' });
  });

  it('follows an explicit encoding and rejects U+FFFD', () => {
    expect(decodeText(iconv.encode(NAME, 'gbk'), 'GBK')).toMatchObject({ ok: true, text: NAME });
    expect(decodeText(iconv.encode(NAME, 'gbk'), 'utf-8')).toMatchObject({ ok: false, encoding: 'utf-8' });
  });

  it('reads a UTF-16LE file by its BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(NAME, 'utf-16le')]))).toMatchObject({ ok: true, text: NAME, encoding: 'utf-16le' });
  });
});

describe('mojibake', () => {
  // Most UTF-8 read as GBK already yields U+FFFD; these strings are the ones that decode cleanly.
  const clean = ['晋中', '山西', '晋中开发区'];

  it.each(clean)('spots UTF-8 bytes of %s decoded as GBK (晋中 → 鏅嬩腑)', (text) => {
    const misread = iconv.decode(Buffer.from(text, 'utf8'), 'gb18030');
    expect(misread).not.toContain('\uFFFD');
    expect(looksLikeMisreadUtf8(misread, 'gb18030')).toBe(true);
    expect(checkDecoded(misread, 'gb18030', false)).toMatchObject({ ok: false });
  });

  it('rejects the usual misread by its U+FFFD', () => {
    const misread = iconv.decode(Buffer.from(NAME, 'utf8'), 'gb18030');
    expect(checkDecoded(misread, 'gb18030', false)).toMatchObject({ ok: false });
  });

  it('spots text that went through a GBK tool and was saved as UTF-8 again', () => {
    const doubled = iconv.decode(Buffer.from('晋中开发区', 'utf8'), 'gbk');
    expect(looksLikeMisreadUtf8(doubled, 'utf-8')).toBe(true);
    expect(decodeText(Buffer.from(doubled, 'utf8'))).toMatchObject({ ok: false });
  });

  it('leaves real Chinese alone, in either encoding', () => {
    const text = '晋中开发区标准地01号,临汾经开区标准地01号,工业用地,物流仓储用地,储备,已发布';
    expect(looksLikeMisreadUtf8(text, 'gb18030')).toBe(false);
    expect(looksLikeMisreadUtf8(text, 'utf-8')).toBe(false);
  });

  it('trusts an explicit choice over the heuristic', () => {
    const misread = iconv.decode(Buffer.from('晋中', 'utf8'), 'gb18030');
    expect(checkDecoded(misread, 'gb18030', true)).toMatchObject({ ok: true });
  });
});

describe('normaliseEncoding', () => {
  it.each([
    ['UTF-8', 'utf-8'], ['utf8', 'utf-8'], ['65001', 'utf-8'], ['GBK', 'gb18030'], ['936', 'gb18030'], ['GB2312', 'gb18030'], [' cp936 \n', 'gb18030'], ['big5', 'big5'],
  ])('%s → %s', (label, encoding) => {
    expect(normaliseEncoding(label)).toBe(encoding);
  });

  it('returns null for an unknown label such as OEM', () => {
    expect(normaliseEncoding('OEM')).toBeNull();
  });
});
