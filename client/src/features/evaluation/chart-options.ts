// The option objects the two charts hand to echarts: the score over quarters and the regions
// compared. Plain data, so they are tested without a browser. Pure.
import { labelOf, translate, type Locale } from '../../app/i18n';
import { DIMENSIONS } from '../../../../server/src/evaluation/metric';
import type { RegionRow, TrendResponse } from './evaluation-api';
import { quarterLabel } from './evaluation-format';

// Okabe–Ito colours: distinguishable with colour-blindness, as the map legend.
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export function trendOption(trend: TrendResponse['quarters'], locale: Locale) {
  const series = [
    { name: translate(locale, 'evaluation.overall'), values: trend.map((q) => q.overall), width: 3 },
    ...DIMENSIONS.map((d) => ({ name: labelOf(d, locale), values: trend.map((q) => q.dimensions[d.code]), width: 1.5 })),
  ];
  return {
    color: SERIES_COLOURS,
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: trend.map((q) => quarterLabel(q.quarter, locale)) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: series.map((s) => ({ type: 'line', name: s.name, data: s.values.map(round1), connectNulls: false, lineStyle: { width: s.width }, symbolSize: 6 })),
  };
}

/** Regions best first (no data last), as horizontal bars 0–100. */
export function regionOption(regions: readonly RegionRow[], locale: Locale) {
  const sorted = [...regions].sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1));
  // Horizontal bars draw the first category at the bottom: reverse so the best is on top.
  const shown = [...sorted].reverse();
  return {
    color: SERIES_COLOURS.slice(0, 1),
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: shown.map((r) => r.name) },
    series: [
      {
        type: 'bar',
        name: translate(locale, 'evaluation.overall'),
        data: shown.map((r) => round1(r.overall)),
        label: { show: true, position: 'right' },
      },
    ],
  };
}
