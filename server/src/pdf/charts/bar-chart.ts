// A horizontal bar chart drawn with pdfkit vector primitives, for comparing regions: category
// names (often long Chinese place names) on the left, one bar each, the value at the bar's end.
import { CJK_FONT } from '../cjk-font';
import { MUTED_COLOR, TEXT_COLOR } from '../text-blocks';
import { AXIS_COLOR, GRID_COLOR, SERIES_COLORS, tickLabel, valueScale } from './chart-scale';

export interface BarChartOptions {
  x: number;
  y: number;
  width: number;
  labels: readonly string[];
  /** null is shown as 无数据 instead of a bar. */
  values: readonly (number | null)[];
  /** Under the value axis, e.g. 综合得分（分）. */
  valueAxisTitle: string;
  /** Fixed end of the value axis (100 for scores and percentages); else from the data. */
  max?: number;
  /** How values are printed at the bar ends (default one decimal). */
  formatValue?: (value: number) => string;
  barHeight?: number;
}

const LABEL_WIDTH = 110;
const VALUE_ROOM = 40;
const AXIS_ROOM = 34;

/** Height the chart will take, so callers can keep it on one page. */
export function barChartHeight(options: Pick<BarChartOptions, 'labels' | 'barHeight'>): number {
  return options.labels.length * ((options.barHeight ?? 12) + 6) + AXIS_ROOM + 4;
}

export function drawBarChart(doc: PDFKit.PDFDocument, chart: BarChartOptions): void {
  const barHeight = chart.barHeight ?? 12;
  const rowHeight = barHeight + 6;
  const scale = valueScale(chart.values, { max: chart.max });
  const left = chart.x + LABEL_WIDTH;
  const right = chart.x + chart.width - VALUE_ROOM;
  const top = chart.y + 4;
  const bottom = top + chart.labels.length * rowHeight;
  const xOf = (v: number) => left + ((right - left) * Math.min(v, scale.max)) / scale.max;
  const format = chart.formatValue ?? ((v: number) => v.toFixed(1));

  doc.save();
  doc.font(CJK_FONT).fontSize(8);
  for (const tick of scale.ticks) {
    doc.moveTo(xOf(tick), top).lineTo(xOf(tick), bottom).lineWidth(0.5).strokeColor(GRID_COLOR).stroke();
    doc.fillColor(MUTED_COLOR).text(tickLabel(tick), xOf(tick) - 15, bottom + 4, { width: 30, align: 'center', lineBreak: false });
  }
  doc.text(chart.valueAxisTitle, left, bottom + 18, { width: right - left, align: 'center', lineBreak: false });

  chart.labels.forEach((label, i) => {
    const y = top + i * rowHeight + 3;
    const value = chart.values[i] ?? null;
    doc.fontSize(8.5).fillColor(TEXT_COLOR);
    doc.text(label, chart.x, y + barHeight / 2 - 5, { width: LABEL_WIDTH - 6, align: 'right', height: 11, ellipsis: true });
    if (value === null) {
      doc.fillColor(MUTED_COLOR).text('无数据', left + 4, y + barHeight / 2 - 5, { lineBreak: false });
      return;
    }
    doc.rect(left, y, Math.max(0.5, xOf(value) - left), barHeight).fillColor(SERIES_COLORS[0]).fill();
    doc.fillColor(TEXT_COLOR).text(format(value), xOf(value) + 3, y + barHeight / 2 - 5, { lineBreak: false });
  });
  doc.moveTo(left, top).lineTo(left, bottom).lineWidth(0.8).strokeColor(AXIS_COLOR).stroke();
  doc.restore();
}
