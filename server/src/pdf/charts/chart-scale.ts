// Axis scale for the charts: from zero to a "nice" maximum (1, 2, 2.5 or 5 × 10ⁿ steps).

export interface ValueScale {
  max: number;
  ticks: number[];
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

export function valueScale(values: readonly (number | null)[], options: { max?: number; tickCount?: number } = {}): ValueScale {
  const tickCount = options.tickCount ?? 5;
  const dataMax = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const target = options.max ?? (dataMax > 0 ? dataMax : 1);
  const rough = target / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = (NICE_STEPS.find((s) => s * magnitude >= rough) ?? 10) * magnitude;
  const max = options.max ?? Math.ceil(target / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 1e6; t += step) ticks.push(Number(t.toPrecision(12)));
  return { max, ticks };
}

/** Tick label without float noise: 12.5, 20, 0.25. */
export function tickLabel(value: number): string {
  return String(Number(value.toPrecision(6)));
}

export const SERIES_COLORS = ['#2f6db5', '#d9822b', '#2e9d63', '#b8414a', '#7a5fb0', '#5b6770'] as const;
export const GRID_COLOR = '#d9dde3';
export const AXIS_COLOR = '#555555';
