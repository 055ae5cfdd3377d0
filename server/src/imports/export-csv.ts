// Parcels and their indicators as CSV for Excel/WPS: UTF-8 with BOM (so Chinese Excel detects
// it), CRLF, RFC 4180 quoting, formula injection neutralised. Columns follow indicator-columns.ts,
// so readImport reads the file back. An indicator uses its plain column when it has its default
// comparator (or is text), else the 下限/上限 columns; a numeric 'eq' on an indicator whose default
// is not 'eq' is written as a range with equal bounds (the same constraint). areaBase and the
// floor-area flags are not exported (the CSV has no columns for them).
import { INDICATORS, type ParcelIndicator } from '../domain/indicators';
import { PARCEL_STATUSES } from '../domain/parcel-status';
import { neutraliseFormula, quoteCell } from './csv-cells';
import type { ExportParcel } from './import-types';
import { type CsvAttributeKey, type CsvColumn, type IndicatorBound, csvHeaderFor } from './indicator-columns';

export interface CsvOptions {
  /** Header names: our keys (machine-friendly, default) or Chinese labels with units. */
  labels?: 'keys' | 'zh';
}

const ATTRIBUTE_COLUMNS: readonly CsvAttributeKey[] = ['code', 'name', 'landUseCode', 'status', 'areaM2', 'declaredAreaM2'];
const AREA_DECIMALS = 2;

type Cells = Partial<Record<IndicatorBound, string | number>>;

function cellsOf(indicator: ParcelIndicator): Cells {
  const def = INDICATORS.find((i) => i.key === indicator.key);
  if (indicator.textValue !== null && indicator.value === null) return { value: indicator.textValue };
  const value = indicator.value ?? '';
  if (indicator.comparator === 'range') return { min: value, max: indicator.valueMax ?? '' };
  if (indicator.comparator === def?.defaultComparator) return { value };
  if (indicator.comparator === 'min') return { min: value };
  if (indicator.comparator === 'max') return { max: value };
  return { min: value, max: value };
}

function attributeCell(parcel: ExportParcel, key: CsvAttributeKey, labels: 'keys' | 'zh'): string | number {
  if (key === 'areaM2' || key === 'declaredAreaM2') {
    const v = parcel[key];
    return v === undefined || v === null ? '' : Math.round(v * 10 ** AREA_DECIMALS) / 10 ** AREA_DECIMALS;
  }
  if (key === 'status' && labels === 'zh') return PARCEL_STATUSES.find((s) => s.code === parcel.status)?.labelZh ?? parcel.status;
  return parcel[key];
}

function text(value: string | number): string {
  return typeof value === 'number' ? String(value) : quoteCell(neutraliseFormula(value));
}

export function exportCsv(parcels: readonly ExportParcel[], options: CsvOptions = {}): Buffer {
  const labels = options.labels ?? 'keys';
  const cells = parcels.map((p) => new Map((p.indicators ?? []).map((i) => [i.key, cellsOf(i)])));
  // Only the indicator columns some parcel uses, in the shared indicator order.
  const indicatorColumns = INDICATORS.flatMap((i) =>
    (['value', 'min', 'max'] as const)
      .filter((bound) => cells.some((m) => m.get(i.key)?.[bound] !== undefined))
      .map((bound): CsvColumn => ({ kind: 'indicator', key: i.key, bound })),
  );
  const columns: CsvColumn[] = [...ATTRIBUTE_COLUMNS.map((key): CsvColumn => ({ kind: 'attribute', key })), ...indicatorColumns];
  const rows = parcels.map((parcel, r) =>
    columns.map((column) =>
      text(column.kind === 'attribute' ? attributeCell(parcel, column.key, labels) : (cells[r]?.get(column.key)?.[column.bound] ?? '')),
    ),
  );
  const lines = [columns.map((c) => quoteCell(csvHeaderFor(c, labels))), ...rows].map((row) => row.join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
