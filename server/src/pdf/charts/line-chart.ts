// A line chart drawn with pdfkit vector primitives: categories (quarters) along x, values up y,
// one line per series with a legend; a null value leaves a gap in its line.
import { CJK_FONT } from '../cjk-font';
import { MUTED_COLOR, TEXT_COLOR } from '../text-blocks';
import { AXIS_COLOR, GRID_COLOR, SERIES_COLORS, tickLabel, valueScale } from './chart-scale';

export interface LineSeries {
  name: string;
  values: readonly (number | null)[];
}

export interface LineChartOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  categories: readonly string[];
  series: readonly LineSeries[];
  /** Above the y axis, e.g. 得分（分）. */
  yAxisTitle: string;
  /** Right of the x axis, e.g. 季度. */
  xAxisTitle: string;
  /** Fixed top of the axis (100 for scores and percentages); else from the data. */
  yMax?: number;
}

const AXIS_LEFT = 34;
const LEGEND_HEIGHT = 18;
const TOP = 16;
const BOTTOM = 28;

export function drawLineChart(doc: PDFKit.PDFDocument, chart: LineChartOptions): void {
  const scale = valueScale(chart.series.flatMap((s) => s.values), { max: chart.yMax });
  const plot = {
    left: chart.x + AXIS_LEFT,
    right: chart.x + chart.width - 30,
    top: chart.y + TOP + LEGEND_HEIGHT,
    bottom: chart.y + chart.height - BOTTOM,
  };
  const yOf = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / scale.max;
  const step = (plot.right - plot.left) / Math.max(1, chart.categories.length);
  const xOf = (i: number) => plot.left + step * (i + 0.5);

  doc.save();
  doc.font(CJK_FONT).fontSize(8).fillColor(MUTED_COLOR);
  doc.text(chart.yAxisTitle, chart.x, chart.y + LEGEND_HEIGHT, { lineBreak: false });
  for (const tick of scale.ticks) {
    doc.moveTo(plot.left, yOf(tick)).lineTo(plot.right, yOf(tick)).lineWidth(0.5).strokeColor(GRID_COLOR).stroke();
    doc.fillColor(MUTED_COLOR).text(tickLabel(tick), chart.x, yOf(tick) - 4, { width: AXIS_LEFT - 4, align: 'right', lineBreak: false });
  }
  doc.moveTo(plot.left, plot.top).lineTo(plot.left, plot.bottom).lineTo(plot.right, plot.bottom).lineWidth(0.8).strokeColor(AXIS_COLOR).stroke();
  chart.categories.forEach((category, i) => {
    doc.fillColor(TEXT_COLOR).text(category, xOf(i) - step / 2, plot.bottom + 5, { width: step, align: 'center', lineBreak: false });
  });
  doc.fillColor(MUTED_COLOR).text(chart.xAxisTitle, plot.right + 4, plot.bottom - 4, { lineBreak: false });

  chart.series.forEach((series, s) => drawSeries(doc, series, SERIES_COLORS[s % SERIES_COLORS.length] ?? 'black', xOf, yOf));
  drawLegend(doc, chart);
  doc.restore();
}

function drawSeries(doc: PDFKit.PDFDocument, series: LineSeries, color: string, xOf: (i: number) => number, yOf: (v: number) => number): void {
  let drawing = false;
  series.values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(xOf(i), yOf(v));
    else doc.moveTo(xOf(i), yOf(v));
    drawing = true;
  });
  doc.lineWidth(1.6).strokeColor(color).stroke();
  series.values.forEach((v, i) => {
    if (v !== null) doc.circle(xOf(i), yOf(v), 2.2).fillColor(color).fill();
  });
}

function drawLegend(doc: PDFKit.PDFDocument, chart: LineChartOptions): void {
  doc.fontSize(8);
  let x = chart.x + AXIS_LEFT;
  chart.series.forEach((series, s) => {
    const color = SERIES_COLORS[s % SERIES_COLORS.length] ?? 'black';
    doc.moveTo(x, chart.y + 6).lineTo(x + 14, chart.y + 6).lineWidth(2).strokeColor(color).stroke();
    doc.fillColor(TEXT_COLOR).text(series.name, x + 18, chart.y + 2, { lineBreak: false });
    x += 18 + doc.widthOfString(series.name) + 14;
  });
}
