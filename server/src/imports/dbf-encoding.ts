// Which encoding a DBF's text is in. Order (libraries.md §1): the caller's explicit choice, the
// .cpg sidecar, the LDID byte, then strict UTF-8 with a GB18030 fallback. (domain.md §6 notes that
// ArcGIS ranks LDID above .cpg; we follow the library survey because the .cpg is what a user
// edits to fix a file.) Whatever the source, the decode must prove itself: no U+FFFD, no misread
// UTF-8 — otherwise ENCODING, so a wrong label never becomes silent 乱码.
import { checkDecoded, isStrictUtf8, normaliseEncoding } from './decode-text';
import { type DbfTable, decodeDbfRows } from './read-dbf';

export type EncodingSource = 'override' | 'cpg' | 'ldid' | 'detected';

/** ESRI language-driver ids for Chinese code pages; 0x57 ("ANSI") and 0x00 say nothing. */
const LDID_ENCODINGS: Readonly<Record<number, string>> = { 0x4d: 'gb18030', 0x7a: 'gb18030', 0x4f: 'big5' };

export function chooseDbfEncoding(table: DbfTable, cpg: Uint8Array | undefined, override: string | undefined): { encoding: string; source: EncodingSource } {
  const chosen = override === undefined ? null : normaliseEncoding(override);
  if (chosen) return { encoding: chosen, source: 'override' };
  const fromCpg = cpg ? normaliseEncoding(Buffer.from(cpg).toString('latin1')) : null;
  if (fromCpg) return { encoding: fromCpg, source: 'cpg' };
  const fromLdid = LDID_ENCODINGS[table.ldid];
  if (fromLdid) return { encoding: fromLdid, source: 'ldid' };
  return { encoding: isStrictUtf8(table.textBytes) ? 'utf-8' : 'gb18030', source: 'detected' };
}

export type DecodedDbf = { ok: true; rows: Record<string, unknown>[] } | { ok: false; message: string };

export function decodeDbf(table: DbfTable, encoding: string, source: EncodingSource): DecodedDbf {
  const { names, rows } = decodeDbfRows(table, encoding);
  const texts = [...names, ...rows.flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string'))];
  // One check over all text at once: the misread heuristic needs length to be reliable.
  const checked = checkDecoded(texts.join('\n'), encoding, source === 'override');
  if (!checked.ok) return { ok: false, message: `${checked.message}（编码来源 source: ${source}）` };
  return { ok: true, rows };
}
