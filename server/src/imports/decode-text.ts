// Text decoding for DBF attributes, 报部 TXT, CSV, GeoJSON and KML. Chinese files come in GBK as
// often as UTF-8, with or without a label, and a wrong guess gives 乱码 that looks like text. So a
// decode either proves itself (no U+FFFD, not a misread of UTF-8) or fails with ENCODING
// (security.md: reject if the result has U+FFFD). GBK is always decoded as its superset GB18030.
import iconv from 'iconv-lite';

export type TextDecodeResult = { ok: true; text: string; encoding: string } | { ok: false; encoding: string; message: string };

const UTF8 = 'utf-8';
const GB18030 = 'gb18030';
const REPLACEMENT = '\uFFFD';
const CJK = /[\u4e00-\u9fff]/;

/** Labels seen in .cpg files, DBF tools and HTTP forms, mapped to one iconv-lite name. */
const LABELS: Readonly<Record<string, string>> = {
  'utf-8': UTF8, utf8: UTF8, '65001': UTF8,
  gbk: GB18030, gb2312: GB18030, gb18030: GB18030, '936': GB18030, cp936: GB18030, 'windows-936': GB18030, '54936': GB18030,
};

/** One iconv-lite name for a label, or null when iconv-lite does not know it. */
export function normaliseEncoding(label: string): string | null {
  const key = label.trim().toLowerCase();
  const known = LABELS[key];
  if (known) return known;
  return key !== '' && iconv.encodingExists(key) ? key : null;
}

export function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder(UTF8, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((b) => b > 0x7f);
}

/** True when `text` reads like UTF-8 bytes that were decoded as another encoding (e.g. 晋中 read as
 *  GBK gives 鏅嬩腑): encoding the text back gives valid UTF-8 that holds Chinese. For UTF-8 text
 *  this catches double encoding (a UTF-8 file that once went through a GBK tool). Run it over all
 *  of a file's text at once: a long text that is both valid GBK and valid UTF-8 is vanishingly rare. */
export function looksLikeMisreadUtf8(text: string, decodedAs: string): boolean {
  // Re-encode as GBK rather than GB18030: the two differ on 0x80 (€), which misread UTF-8 is full of.
  const through = decodedAs === UTF8 ? ['gbk', 'windows-1252'] : [decodedAs === GB18030 ? 'gbk' : decodedAs];
  return through.some((encoding) => {
    const bytes = iconv.encode(text, encoding);
    if (!hasNonAscii(bytes) || !isStrictUtf8(bytes)) return false;
    const asUtf8 = bytes.toString(UTF8);
    return asUtf8 !== text && CJK.test(asUtf8);
  });
}

export function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

/** Checks a decoded text; `trusted` (an explicit user choice) skips the misread heuristic. */
export function checkDecoded(text: string, encoding: string, trusted: boolean): TextDecodeResult {
  if (text.includes(REPLACEMENT)) {
    return { ok: false, encoding, message: `按${encoding}解码出现无法识别的字符(U+FFFD) / decoding as ${encoding} produced U+FFFD` };
  }
  if (!trusted && looksLikeMisreadUtf8(text, encoding)) {
    return { ok: false, encoding, message: `按${encoding}解码得到乱码，疑似UTF-8文件 / decoding as ${encoding} gives mojibake; the text looks like UTF-8` };
  }
  return { ok: true, text, encoding };
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return UTF8;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The encoding order for a whole text file: explicit choice → BOM → strict UTF-8 → GB18030. */
export function decodeText(bytes: Uint8Array, override?: string): TextDecodeResult {
  if (override !== undefined) {
    const encoding = normaliseEncoding(override) ?? override;
    return checkDecoded(decodeWith(bytes, encoding), encoding, true);
  }
  const encoding = bomEncoding(bytes) ?? (isStrictUtf8(bytes) ? UTF8 : GB18030);
  return checkDecoded(decodeWith(bytes, encoding), encoding, false);
}
