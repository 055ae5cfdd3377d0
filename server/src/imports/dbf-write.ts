// A dBASE III table for Shapefile attributes. Text is written in UTF-8 (LDID 0, with a .cpg
// saying UTF-8, as GDAL does) or GBK (LDID 0x4D = code page 936, for older Chinese desktop tools).
// Field names are at most 10 bytes in the table's encoding (≤ 5 Chinese characters in GBK).
import iconv from 'iconv-lite';

export interface DbfColumn {
  name: string;
  type: 'C' | 'N';
  /** For N: digits after the point. */
  decimals?: number;
}

export type DbfEncoding = 'utf-8' | 'gbk';
export type DbfValue = string | number | null;

const LDID: Readonly<Record<DbfEncoding, number>> = { 'utf-8': 0x00, gbk: 0x4d };
const MAX_CHAR_BYTES = 254;
const NUMBER_WIDTH = 19;
const FIELD_TERMINATOR = 0x0d;
const FILE_TERMINATOR = 0x1a;

/** Cuts text to `max` bytes without splitting a character. */
function encodedWithin(text: string, encoding: DbfEncoding, max: number): Buffer {
  let bytes = iconv.encode(text, encoding);
  let chars = [...text];
  while (bytes.length > max) {
    chars = chars.slice(0, -1);
    bytes = iconv.encode(chars.join(''), encoding);
  }
  return bytes;
}

function cell(column: DbfColumn, value: DbfValue, encoding: DbfEncoding, width: number): Buffer {
  const out = Buffer.alloc(width, 0x20);
  if (value === null) return out;
  if (column.type === 'N') {
    const text = typeof value === 'number' ? value.toFixed(column.decimals ?? 0) : value;
    out.write(text.slice(-width), Math.max(0, width - text.length), 'latin1'); // right-aligned
    return out;
  }
  encodedWithin(String(value), encoding, width).copy(out);
  return out;
}

export function writeDbf(columns: readonly DbfColumn[], rows: readonly DbfValue[][], encoding: DbfEncoding, date: Date): Buffer {
  const widths = columns.map((column, c) => {
    if (column.type === 'N') return NUMBER_WIDTH;
    const longest = Math.max(1, ...rows.map((r) => (r[c] === null ? 0 : iconv.encode(String(r[c]), encoding).length)));
    return Math.min(MAX_CHAR_BYTES, longest);
  });
  const headerLength = 32 + 32 * columns.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const header = Buffer.alloc(headerLength);
  header.writeUInt8(0x03, 0); // dBASE III without memo
  header.writeUInt8(date.getUTCFullYear() - 1900, 1);
  header.writeUInt8(date.getUTCMonth() + 1, 2);
  header.writeUInt8(date.getUTCDate(), 3);
  header.writeUInt32LE(rows.length, 4);
  header.writeUInt16LE(headerLength, 8);
  header.writeUInt16LE(recordLength, 10);
  header.writeUInt8(LDID[encoding], 29);
  columns.forEach((column, i) => {
    const at = 32 + 32 * i;
    encodedWithin(column.name, encoding, 10).copy(header, at);
    header.write(column.type, at + 11, 'latin1');
    header.writeUInt8(widths[i] as number, at + 16);
    header.writeUInt8(column.type === 'N' ? (column.decimals ?? 0) : 0, at + 17);
  });
  header.writeUInt8(FIELD_TERMINATOR, headerLength - 1);
  const records = rows.map((row) =>
    Buffer.concat([Buffer.from([0x20]), ...columns.map((column, c) => cell(column, row[c] ?? null, encoding, widths[c] as number))]),
  );
  return Buffer.concat([header, ...records, Buffer.from([FILE_TERMINATOR])]);
}
