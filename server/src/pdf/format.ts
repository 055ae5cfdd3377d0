// Chinese-convention formatting shared by the renderers: times in Beijing time, areas in m² and
// 亩, shares as percentages with 无数据 for an empty denominator, quarters as 2026 年第三季度.
import { M2_PER_MU } from '../domain/indicators';

export const NO_DATA = '无数据';

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-09-29 14:05 in China Standard Time, whatever the server's time zone. */
export function formatBeijingTime(date: Date): string {
  const t = new Date(date.getTime() + BEIJING_OFFSET_MS);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

const grouped = (value: number, decimals: number) =>
  value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** 66,666.67 m²（100.00 亩） */
export function formatArea(areaM2: number): string {
  return `${grouped(areaM2, 2)} m²（${grouped(areaM2 / M2_PER_MU, 2)} 亩）`;
}

/** 87.5%, or 无数据 when the denominator is 0. */
export function formatShare(numerator: number, denominator: number, decimals = 1): string {
  return denominator === 0 ? NO_DATA : `${((numerator / denominator) * 100).toFixed(decimals)}%`;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** '2026Q3' → '2026 年第三季度'; anything else is returned unchanged. */
export function quarterLabelZh(quarter: string): string {
  const match = /^(\d{4})Q([1-4])$/.exec(quarter);
  return match ? `${match[1]} 年第${QUARTER_NAMES[Number(match[2]) - 1]}季度` : quarter;
}
