// The indicator CSV: one row per parcel code, indicator columns named as in indicator-columns.ts.
// UTF-8 (with or without BOM, as Excel writes it) or GBK. Rows become features without geometry,
// carrying `properties.indicators`.
import type { ParcelIndicator, IndicatorKey } from '../domain/indicators';
import { type IndicatorCells, parseIndicatorCells } from './csv-indicators';
import { restoreFormula } from './csv-cells';
import { parseCsv } from './csv-parse';
import { decodeText } from './decode-text';
import { duplicateCodeIssues } from './duplicate-codes';
import { bilingual, failure, issue, recordLabel } from './import-result';
import type { ImportFeature, ImportIssue, ImportOverrides, ImportReadResult } from './import-types';
import { type CsvColumn, csvColumnFor } from './indicator-columns';
import { MAX_FEATURES } from './limits';
import { codeOf, mapProperties } from './property-names';

const NUMERIC_ATTRIBUTES = new Set(['areaM2', 'declaredAreaM2']);

function readRow(cells: readonly string[], columns: readonly (CsvColumn | null)[], index: number, issues: ImportIssue[]): ImportFeature {
  const r = recordLabel(index);
  const rowError = (zh: string, en: string) => issues.push(issue('CSV_INVALID', bilingual(`${r.zh}${zh}`, `${r.en}: ${en}`), index));
  const attributes: Record<string, unknown> = {};
  const byIndicator = new Map<IndicatorKey, IndicatorCells>();
  columns.forEach((column, i) => {
    const text = restoreFormula((cells[i] ?? '').trim());
    if (!column || text === '') return;
    if (column.kind === 'attribute') {
      if (!NUMERIC_ATTRIBUTES.has(column.key)) attributes[column.key] = text;
      else if (Number.isFinite(Number(text))) attributes[column.key] = Number(text);
      else rowError(`${column.key}“${text}”不是数字`, `${column.key} "${text}" is not a number`);
      return;
    }
    byIndicator.set(column.key, { ...byIndicator.get(column.key), [column.bound]: text });
  });
  const indicators: ParcelIndicator[] = [];
  for (const [key, indicatorCells] of byIndicator) {
    const parsed = parseIndicatorCells(key, indicatorCells);
    if (parsed.ok) indicators.push(parsed.indicator);
    else rowError(parsed.zh, parsed.en);
  }
  if (cells.length !== columns.length) rowError(`有${cells.length}列，表头有${columns.length}列`, `has ${cells.length} cells, the header ${columns.length}`);
  const properties = { ...mapProperties(attributes), indicators };
  const code = codeOf(properties);
  if (code === null) rowError('地块编号为空', 'has no parcel code');
  return { index, code, properties, geometry: null, sourceGeometryType: null };
}

function headerColumns(header: readonly string[]): { columns: (CsvColumn | null)[]; unknown: string[] } | string {
  const columns = header.map(csvColumnFor);
  const seen = new Set<string>();
  for (const column of columns) {
    if (!column) continue;
    const id = column.kind === 'attribute' ? column.key : `${column.key}:${column.bound}`;
    if (seen.has(id)) return `column ${id} appears twice`;
    seen.add(id);
  }
  if (!seen.has('code')) return 'no code column (code / 地块编号 / DKBH)';
  return { columns, unknown: header.filter((_, i) => columns[i] === null) };
}

export function readIndicatorCsv(bytes: Buffer, overrides: ImportOverrides): ImportReadResult {
  const decoded = decodeText(bytes, overrides.encoding);
  if (!decoded.ok) return failure('ENCODING', decoded.message);
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return failure('CSV_INVALID', bilingual(`CSV第${parsed.line}行格式错误`, `CSV line ${parsed.line}: ${parsed.message}`));
  const [header, ...rows] = parsed.rows;
  if (!header) return failure('EMPTY', bilingual('CSV为空', 'the CSV is empty'));
  const layout = headerColumns(header);
  if (typeof layout === 'string') return failure('CSV_INVALID', bilingual('CSV表头无效', `bad CSV header: ${layout}`));
  if (rows.length === 0) return failure('EMPTY', bilingual('CSV没有数据行', 'the CSV has no data rows'));
  if (rows.length > MAX_FEATURES) return failure('TOO_MANY_FEATURES', bilingual(`超过${MAX_FEATURES}行`, `more than ${MAX_FEATURES} rows`), { count: rows.length });

  const issues: ImportIssue[] = [];
  if (layout.unknown.length > 0) {
    const names = layout.unknown.join(', ');
    issues.push(issue('UNKNOWN_COLUMN', bilingual(`未识别的列已忽略：${names}`, `unrecognised columns ignored: ${names}`), null, 'warning'));
  }
  const features = rows.map((cells, i) => readRow(cells, layout.columns, i + 1, issues));
  issues.push(...duplicateCodeIssues(features));
  return { ok: true, detected: { format: 'csv', crs: null, crsSource: null, encoding: decoded.encoding }, features, issues };
}
