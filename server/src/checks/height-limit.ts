// 建筑限高: the tallest building against the limit; every building above it is named.
import type { ParcelIndicator } from '../domain/indicators';
import type { CheckContext } from './check-context';
import { evaluateBound } from './evaluate-bound';
import { CHECK_REASONS } from './reasons';
import type { CheckResult } from './report';
import { indicatorFrame, judged, withoutActual } from './results';
import { ofKinds } from './site-areas';

export function heightLimit(ctx: CheckContext, indicator: ParcelIndicator): CheckResult {
  const frame = indicatorFrame(indicator);
  if (ctx.planEmpty) return withoutActual(frame, 'not_provided', CHECK_REASONS.PLAN_EMPTY);
  const buildings = ofKinds(ctx.scene.features, 'building');
  if (buildings.length === 0) return withoutActual(frame, 'not_applicable', CHECK_REASONS.NO_BUILDINGS);

  const heights = buildings.map((b) => ({ id: b.id, heightM: b.heightM ?? b.storeyHeightsM?.reduce((sum, h) => sum + h, 0) ?? null }));
  const known = heights.filter((h): h is { id: string; heightM: number } => h.heightM !== null);
  const offenders = known.filter((h) => evaluateBound(indicator, h.heightM).status === 'fail');
  const missing = heights.filter((h) => h.heightM === null).map((h) => h.id);
  // A building over the limit fails the plan even if others lack a height.
  if (missing.length > 0 && offenders.length === 0) return withoutActual(frame, 'not_provided', CHECK_REASONS.HEIGHT_NOT_PROVIDED, missing);

  const tallest = Math.max(...known.map((h) => h.heightM));
  const details = offenders.map((h) => ({ features: [h.id], actual: h.heightM, unit: 'm' }));
  return judged(indicator, tallest, offenders.map((h) => h.id), details);
}
