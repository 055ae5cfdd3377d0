// A check report as a plain-text table with Chinese labels, for the CLI and for logs. No I/O.
import type { Comparator } from '../domain/indicators';
import type { CheckInputError } from './input-errors';
import type { CheckReport, CheckResult, RequiredBound, ResultStatus, Verdict } from './report';

const VERDICT_ZH: Record<Verdict, string> = { pass: '通过', fail: '不通过', incomplete: '资料不全', error: '无法判定' };
const STATUS_ZH: Record<ResultStatus, string> = { pass: '通过', fail: '不通过', not_provided: '未提供', not_applicable: '不适用', error: '错误' };
const COMPARATOR_SIGN: Record<Exclude<Comparator, 'range'>, string> = { min: '≥', max: '≤', eq: '=' };

/** Two decimals at most, trailing zeros dropped: 1.15, 41.75, 300. */
function formatNumber(value: number): string {
  if (Math.abs(value) < 0.005) return '0';
  return value.toFixed(2).replace(/\.?0+$/, '');
}

function formatValue(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'number' ? formatNumber(value) : value;
}

function formatRequired({ comparator, value, valueMax }: RequiredBound): string {
  if (comparator === 'range') {
    if (value === null) return `≤ ${formatValue(valueMax)}`;
    if (valueMax === null || valueMax === undefined) return `≥ ${formatValue(value)}`;
    return `${formatValue(value)}–${formatValue(valueMax)}`;
  }
  return `${COMPARATOR_SIGN[comparator]} ${formatValue(value)}`;
}

/** East Asian wide characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

function table(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))));
  return rows.map((row) => row.map((cell, column) => pad(cell, widths[column] ?? 0)).join(' | ').trimEnd());
}

function resultRow(result: CheckResult): string[] {
  const unit = result.unit ? ` ${result.unit}` : '';
  const margin = result.margin === null ? '—' : `${result.margin > 0 ? '+' : ''}${formatNumber(result.margin)}`;
  return [
    result.blocking ? result.labelZh : `${result.labelZh}（提示）`,
    `${formatRequired(result.required)}${unit}`,
    `${formatValue(result.actual)}${result.actual === null ? '' : unit}`,
    STATUS_ZH[result.status],
    margin,
    result.status === 'pass' ? '' : result.reason,
    result.features.join(', '),
  ];
}

const m2 = (value: number | null): string => (value === null ? '—' : `${value.toFixed(2)} m²`);

export function formatReport(report: CheckReport): string {
  const { areas, crs } = report;
  const lines = [
    `宗地 ${report.parcelCode}    结论：${VERDICT_ZH[report.verdict]}`,
    `坐标系：输入 ${crs.input === null ? '—' : `EPSG:${crs.input}`} → 计算平面 EPSG:${crs.planar}`,
    `用地面积 ${m2(areas.parcelM2)}（${areas.parcelMu.toFixed(2)} 亩）  总建筑面积 ${m2(areas.totalFloorAreaM2)}  计容建筑面积 ${m2(areas.countedFloorAreaM2)}`,
    `建筑基底 ${m2(areas.buildingFootprintM2)}  建筑系数计入 ${m2(areas.coverageFootprintM2)}  绿地 ${m2(areas.greenM2)}  行政办公及生活服务用地 ${m2(areas.adminM2)}`,
    '',
    ...table([['指标', '要求', '实际', '结果', '余量', '原因', '涉及要素'], ...report.results.map(resultRow)]),
  ];
  if (report.warnings.length > 0) {
    lines.push('', '警告：', ...report.warnings.map((w) => `  [${w.code}] ${w.message}${w.features.length > 0 ? `（${w.features.join(', ')}）` : ''}`));
  }
  return `${lines.join('\n')}\n`;
}

export function formatInputError(error: CheckInputError): string {
  const features = error.features.length > 0 ? `（${error.features.join(', ')}）` : '';
  const candidates = error.candidates ? `\n可选坐标系：${error.candidates.map((s) => `EPSG:${s}`).join('、')}` : '';
  return `输入有误 [${error.code}] ${error.message}${features}${candidates}\n`;
}
