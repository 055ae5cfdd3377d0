// A minimal Office Open XML workbook (ECMA-376 SpreadsheetML): one worksheet per sheet, strings in
// a shared-string table, numbers as numbers, a bold frozen header row and column widths. Enough
// for Excel, WPS and LibreOffice to open our exports; no formulas, dates or merged cells.
import { zipSync } from 'fflate';
import { estimateColumnWidth } from './column-width';
import { excelSheetNames } from './sheet-names';
import type { SpreadsheetCell, SpreadsheetSheet } from './spreadsheet-sheet';
import { xmlText } from './xml-text';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxOptions {
  /** Timestamp of the zip entries; a fixed default keeps the output byte-for-byte repeatable. */
  modifiedAt?: Date;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// Excel refuses longer cell texts (specification limit of 32 767 characters).
const MAX_CELL_TEXT = 32767;
const DEFAULT_MODIFIED_AT = new Date(2000, 0, 1);
const HEADER_STYLE = 1;

/** A → 1, Z → 26, AA → 27 … (column letters for cell references). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = this.list.map((t) => `<si><t${/^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : ''}>${xmlText(t)}</t></si>`);
    return `${XML_DECL}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

function cellXml(value: SpreadsheetCell, ref: string, strings: SharedStrings, style?: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`xlsx cell ${ref}: ${value} is not a finite number`);
    return `<c r="${ref}"${s}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
  }
  if (value.length > MAX_CELL_TEXT) throw new RangeError(`xlsx cell ${ref}: text longer than ${MAX_CELL_TEXT} characters`);
  return `<c r="${ref}" t="s"${s}><v>${strings.add(value)}</v></c>`;
}

function rowXml(cells: readonly SpreadsheetCell[], rowNumber: number, strings: SharedStrings, style?: number): string {
  const xml = cells.map((value, c) => cellXml(value, `${columnLetters(c)}${rowNumber}`, strings, style)).join('');
  return `<row r="${rowNumber}">${xml}</row>`;
}

function worksheetXml(sheet: SpreadsheetSheet, strings: SharedStrings, selected: boolean): string {
  const widths = sheet.columns.map(
    (column, c) => column.width ?? estimateColumnWidth([column.header, ...sheet.rows.map((r) => (r[c] === null || r[c] === undefined ? '' : String(r[c])))]),
  );
  const cols = widths.length
    ? `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const header = rowXml(sheet.columns.map((c) => c.header), 1, strings, HEADER_STYLE);
  const body = sheet.rows.map((row, r) => rowXml(row, r + 2, strings)).join('');
  const view = `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`;
  return `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${view}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${header}${body}</sheetData></worksheet>`;
}

const STYLES_XML =
  `${XML_DECL}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>' +
  '<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '</Types>'
  );
}

function workbookXml(names: readonly string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`;
}

function workbookRelsXml(sheetCount: number): string {
  const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, i) => rel(i + 1, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('');
  return `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${sheets}${rel(sheetCount + 1, 'styles', 'styles.xml')}${rel(sheetCount + 2, 'sharedStrings', 'sharedStrings.xml')}</Relationships>`;
}

const ROOT_RELS_XML = `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

export function writeXlsx(sheets: readonly SpreadsheetSheet[], options: XlsxOptions = {}): Uint8Array {
  if (sheets.length === 0) throw new RangeError('an xlsx workbook needs at least one sheet');
  const strings = new SharedStrings();
  const encode = (xml: string) => new TextEncoder().encode(xml);
  const worksheets = Object.fromEntries(sheets.map((sheet, i) => [`xl/worksheets/sheet${i + 1}.xml`, encode(worksheetXml(sheet, strings, i === 0))]));
  return zipSync(
    {
      '[Content_Types].xml': encode(contentTypesXml(sheets.length)),
      '_rels/.rels': encode(ROOT_RELS_XML),
      'xl/workbook.xml': encode(workbookXml(excelSheetNames(sheets.map((s) => s.name)))),
      'xl/_rels/workbook.xml.rels': encode(workbookRelsXml(sheets.length)),
      'xl/styles.xml': encode(STYLES_XML),
      'xl/sharedStrings.xml': encode(strings.xml()),
      ...worksheets,
    },
    { level: 6, mtime: options.modifiedAt ?? DEFAULT_MODIFIED_AT },
  );
}
