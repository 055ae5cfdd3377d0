// An independent reading of our xlsx for the tests: unzip with fflate, parse each part with
// @xmldom/xmldom (strict: any XML error fails), resolve shared strings and cell references.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export function parseXml(bytes: Uint8Array | undefined, part: string): Document {
  if (!bytes) throw new Error(`missing part ${part}`);
  return new DOMParser({
    onError(level, message) {
      if (level !== 'warning') throw new Error(`${part}: ${message}`);
    },
  }).parseFromString(new TextDecoder().decode(bytes), 'text/xml');
}

export const elements = (node: Document | Element, name: string): Element[] => Array.from(node.getElementsByTagName(name));

/** Column letters → zero-based index (A → 0, AA → 26). */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export interface ReadSheet {
  name: string;
  /** Row by row, cells by column; a missing cell is null. */
  rows: (string | number | null)[][];
  /** Style index of every cell of row 1. */
  headerStyles: string[];
  xml: Document;
}

export function readXlsx(bytes: Uint8Array): { parts: Record<string, Uint8Array>; sheets: ReadSheet[] } {
  const parts = unzipSync(bytes);
  const shared = elements(parseXml(parts['xl/sharedStrings.xml'], 'sharedStrings'), 'si').map((si) => elements(si, 't').map((t) => t.textContent ?? '').join(''));
  const rels = new Map(elements(parseXml(parts['xl/_rels/workbook.xml.rels'], 'workbook rels'), 'Relationship').map((r) => [r.getAttribute('Id'), r.getAttribute('Target')]));
  const workbook = parseXml(parts['xl/workbook.xml'], 'workbook');
  const sheets = elements(workbook, 'sheet').map((sheet) => {
    const target = `xl/${rels.get(sheet.getAttribute('r:id'))}`;
    const xml = parseXml(parts[target], target);
    const rows: (string | number | null)[][] = [];
    let headerStyles: string[] = [];
    for (const row of elements(xml, 'row')) {
      const r = Number(row.getAttribute('r')) - 1;
      const cells: (string | number | null)[] = [];
      for (const c of elements(row, 'c')) {
        const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(c.getAttribute('r') ?? '') ?? [];
        if (Number(digits) !== r + 1) throw new Error(`cell ${c.getAttribute('r')} in row ${r + 1}`);
        const v = elements(c, 'v')[0]?.textContent ?? '';
        cells[columnIndex(letters ?? '')] = c.getAttribute('t') === 's' ? (shared[Number(v)] ?? null) : Number(v);
      }
      rows[r] = Array.from(cells, (v) => v ?? null);
      if (r === 0) headerStyles = elements(row, 'c').map((c) => c.getAttribute('s') ?? '');
    }
    return { name: sheet.getAttribute('name') ?? '', rows, headerStyles, xml };
  });
  return { parts, sheets };
}
