// dBASE III tables as Shapefiles use them. Read by hand rather than through the shapefile
// package, whose DBF path decodes with a TextDecoder it builds itself: we need the raw bytes to
// pick the encoding (LDID, .cpg, heuristic) and to prove the decode (decode-text.ts).
import { decodeWith } from './decode-text';

export interface DbfField {
  nameBytes: Uint8Array;
  type: string;
  offset: number;
  length: number;
}

export interface DbfTable {
  /** Language-driver id, header byte 29 (0x4D = code page 936, GBK). */
  ldid: number;
  fields: DbfField[];
  /** Each record without its deletion flag. */
  records: Uint8Array[];
  /** The bytes that hold text (field names and records), for choosing and proving the encoding. */
  textBytes: Uint8Array;
}

const FIELD_TERMINATOR = 0x0d;

export function parseDbf(bytes: Uint8Array): DbfTable | string {
  if (bytes.length < 33) return 'DBF header is truncated';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength > bytes.length || recordLength < 1) return 'DBF header lengths are inconsistent';
  const fields: DbfField[] = [];
  let offset = 1; // byte 0 of a record is the deletion flag
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== FIELD_TERMINATOR; at += 32) {
    const raw = bytes.subarray(at, at + 11);
    const end = raw.indexOf(0);
    const length = bytes[at + 16] as number;
    fields.push({ nameBytes: raw.subarray(0, end < 0 ? 11 : end), type: String.fromCharCode(bytes[at + 11] as number), offset, length });
    offset += length;
  }
  if (offset > recordLength) return 'DBF fields are longer than the record';
  if (headerLength + recordCount * recordLength > bytes.length) return 'DBF holds fewer records than its header claims';
  const records: Uint8Array[] = [];
  for (let i = 0; i < recordCount; i++) {
    const start = headerLength + i * recordLength;
    records.push(bytes.subarray(start, start + recordLength));
  }
  const names = fields.map((f) => f.nameBytes);
  const body = bytes.subarray(headerLength, headerLength + recordCount * recordLength);
  return { ldid: bytes[29] as number, fields, records, textBytes: Buffer.concat([...names, body]) };
}

function trimmed(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x00)) end--;
  return bytes.subarray(0, end);
}

function valueOf(field: DbfField, raw: Uint8Array, encoding: string): unknown {
  const ascii = () => Buffer.from(trimmed(raw)).toString('latin1').trim();
  switch (field.type) {
    case 'N':
    case 'F': {
      const text = ascii();
      const n = Number(text);
      return text === '' || !Number.isFinite(n) ? null : n;
    }
    case 'L': {
      const c = ascii().toUpperCase();
      return c === 'T' || c === 'Y' ? true : c === 'F' || c === 'N' ? false : null;
    }
    case 'D': {
      const d = ascii();
      return /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : null;
    }
    default: {
      const bytes = trimmed(raw);
      return bytes.length === 0 ? null : decodeWith(bytes, encoding).trim();
    }
  }
}

export function decodeDbfRows(table: DbfTable, encoding: string): { names: string[]; rows: Record<string, unknown>[] } {
  const names = table.fields.map((f) => decodeWith(f.nameBytes, encoding).trim());
  const rows = table.records.map((record) => {
    const row: Record<string, unknown> = {};
    table.fields.forEach((field, i) => {
      const value = valueOf(field, record.subarray(field.offset, field.offset + field.length), encoding);
      // defineProperty: a field named "__proto__" must stay a plain column.
      Object.defineProperty(row, names[i] as string, { value, enumerable: true, writable: true, configurable: true });
    });
    return row;
  });
  return { names, rows };
}
