// The scale bar drawn onto the printed map snapshot (a DOM ScaleLine control would not be part of
// the exported canvas): the longest round length (1, 2 or 5 × 10ⁿ m) that fits the room. Pure.

export interface ScaleBar {
  meters: number;
  /** Length of the bar in CSS pixels. */
  px: number;
  label: string;
}

/** 5, 2, 1 × 10ⁿ, largest first. */
const STEPS = [5, 2, 1] as const;

export function scaleBar(metersPerPixel: number, maxPx: number): ScaleBar | null {
  const maxMeters = metersPerPixel * maxPx;
  if (!(metersPerPixel > 0) || !(maxPx > 0) || !Number.isFinite(maxMeters)) return null;
  // 1 × 10ⁿ with n = ⌊log₁₀ max⌋ always fits, so one of the three steps does.
  const power = 10 ** Math.floor(Math.log10(maxMeters));
  const step = STEPS.find((s) => s * power <= maxMeters) ?? 1;
  // 10 ** -n leaves float noise (0.30000000000000004); round lengths are exact at 3 significant digits.
  const meters = Number((step * power).toPrecision(3));
  return { meters, px: meters / metersPerPixel, label: meters >= 1000 ? `${meters / 1000} km` : `${meters} m` };
}
