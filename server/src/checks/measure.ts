// A measured quantity or why it could not be measured; results turn the latter into `error`.
import type { CheckReason } from './reasons';

export type Measure<T = number> = { ok: true; value: T } | { ok: false; reason: CheckReason; features: string[]; message: string };

export function measured<T>(value: T): Measure<T> {
  return { ok: true, value };
}

export function unmeasured<T = number>(reason: CheckReason, features: string[], message: string): Measure<T> {
  return { ok: false, reason, features, message };
}

export function valueOrNull<T>(measure: Measure<T>): T | null {
  return measure.ok ? measure.value : null;
}
