// Which reader a file goes to, from its first bytes and content, never from the extension alone
// (a .txt may be GeoJSON, a .zip may be anything; multer's MIME type is the client's guess).
import iconv from 'iconv-lite';
import type { ImportFormat } from './import-types';
import { csvColumnFor } from './indicator-columns';

export type DetectedFormat = { format: ImportFormat } | { format: null; hint: string };

const HEAD_BYTES = 64 * 1024;
const TXT_SECTIONS = ['[属性描述]', '[地块坐标]', '[扩展信息]'];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The head of the file as text, under each encoding it may be in (markers are Chinese). */
function headTexts(bytes: Uint8Array): string[] {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES));
  if (startsWith(head, [0xff, 0xfe])) return [iconv.decode(head, 'utf-16le')];
  if (startsWith(head, [0xfe, 0xff])) return [iconv.decode(head, 'utf-16be')];
  return [iconv.decode(head, 'utf-8', { stripBOM: true }), iconv.decode(head, 'gb18030')];
}

function looksLikeCsvHeader(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const cells = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return cells.length > 1 && cells.some((c) => csvColumnFor(c)?.kind === 'attribute' && csvColumnFor(c)?.key === 'code');
}

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { format: 'shapefile' };
  if (startsWith(bytes, [0x00, 0x00, 0x27, 0x0a])) {
    return { format: null, hint: '单独的.shp文件无法读取，请将.shp、.shx、.dbf、.prj打包为zip上传 / a bare .shp cannot be read; upload .shp, .shx, .dbf and .prj together in a zip' };
  }
  const texts = headTexts(bytes);
  if (texts.some((t) => TXT_SECTIONS.some((s) => t.includes(s)))) return { format: 'txt' };
  const first = (texts[0] ?? '').trimStart()[0];
  if (first === '{') return { format: 'geojson' };
  if (first === '<') return { format: 'kml' };
  if (texts.some(looksLikeCsvHeader)) return { format: 'csv' };
  return { format: null, hint: '支持GeoJSON、zip打包的Shapefile、KML、报部格式TXT和指标CSV / supported: GeoJSON, zipped Shapefile, KML, ministry TXT and indicator CSV' };
}
