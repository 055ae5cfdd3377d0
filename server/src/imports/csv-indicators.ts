// The cells of one indicator (value / 下限 / 上限 columns) → a ParcelIndicator, or why not.
// Rules: Min+Max → 'range'; Min → 'min'; Max → 'max'; the plain column → the indicator's default
// comparator, or a range when written "a~b"; text indicators take the plain column as text ('eq').
import { type IndicatorDefinition, type ParcelIndicator, indicatorDefinition, type IndicatorKey } from '../domain/indicators';

export interface IndicatorCells {
  value?: string;
  min?: string;
  max?: string;
}

export type IndicatorParse = { ok: true; indicator: ParcelIndicator } | { ok: false; zh: string; en: string };

const RANGE = /^(.+?)\s*[~～]\s*(.+)$/;

/** A number, allowing a trailing % (the unit is the indicator's, not the cell's). */
function numberOf(text: string): number | null {
  const n = Number(text.replace(/%$/, '').trim());
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

function indicator(def: IndicatorDefinition, comparator: ParcelIndicator['comparator'], value: number | null, valueMax: number | null, textValue: string | null): IndicatorParse {
  return { ok: true, indicator: { key: def.key as IndicatorKey, comparator, value, valueMax, textValue, unit: def.unit, areaBase: 'gross' } };
}

function numeric(def: IndicatorDefinition, cells: IndicatorCells): IndicatorParse {
  const bad = (text: string): IndicatorParse => ({ ok: false, zh: `${def.labelZh}“${text}”不是数字`, en: `${def.key} "${text}" is not a number` });
  if (cells.value !== undefined && (cells.min !== undefined || cells.max !== undefined)) {
    return { ok: false, zh: `${def.labelZh}同时填写了值和上下限`, en: `${def.key} has both a value and bounds` };
  }
  if (cells.value !== undefined) {
    const range = RANGE.exec(cells.value);
    if (range) return numeric(def, { min: range[1] as string, max: range[2] as string });
    const value = numberOf(cells.value);
    if (value === null) return bad(cells.value);
    if (def.defaultComparator === 'range') {
      return { ok: false, zh: `${def.labelZh}需填写下限和上限（或“下限~上限”）`, en: `${def.key} needs ${def.key}Min and ${def.key}Max (or "min~max")` };
    }
    return indicator(def, def.defaultComparator, value, null, null);
  }
  const min = cells.min === undefined ? null : numberOf(cells.min);
  const max = cells.max === undefined ? null : numberOf(cells.max);
  if (cells.min !== undefined && min === null) return bad(cells.min);
  if (cells.max !== undefined && max === null) return bad(cells.max);
  if (min !== null && max !== null) {
    if (min > max) return { ok: false, zh: `${def.labelZh}下限大于上限`, en: `${def.key} lower bound exceeds the upper bound` };
    return indicator(def, 'range', min, max, null);
  }
  return min !== null ? indicator(def, 'min', min, null, null) : indicator(def, 'max', max, null, null);
}

export function parseIndicatorCells(key: IndicatorKey, cells: IndicatorCells): IndicatorParse {
  const def = indicatorDefinition(key);
  if (def.valueType === 'text') {
    if (cells.value === undefined) return { ok: false, zh: `${def.labelZh}是文字指标，不能填上下限`, en: `${def.key} is a text indicator and takes no bounds` };
    return indicator(def, 'eq', null, null, cells.value);
  }
  return numeric(def, cells);
}
