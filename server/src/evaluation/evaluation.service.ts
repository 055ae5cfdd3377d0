// Evaluations on request: a quarter and scope → context, records, metrics, score; the same repeated
// over quarters (trend) and over the regions one level down (comparison).
import { todayInBeijing } from '../calendar/iso-date';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import { evaluate, recordsIn, type Evaluation } from './evaluate';
import { DEFAULT_THRESHOLDS, type EvaluationContext, type EvaluationThresholds } from './evaluation-context';
import type { EvaluationRecords } from './evaluation-records';
import { childRegions, gatherRecords, scopeName } from './evaluation.repository';
import { publicationSample } from './publication-sample';
import { asOfDay, parseQuarter, quarterAt, type Quarter } from './quarter';
import { childKind, parseScope, PROVINCE, type Scope, type ScopeKind } from './scope';
import { DEFAULT_WEIGHTS, type Weights } from './score';

export interface EvaluationSettings {
  weights: Weights;
  thresholds: EvaluationThresholds;
  /** The clock; tests pin it. */
  now(): Date;
}

export const DEFAULT_SETTINGS: EvaluationSettings = { weights: DEFAULT_WEIGHTS, thresholds: DEFAULT_THRESHOLDS, now: () => new Date() };

export function quarterParam(code: string | undefined, now: Date, param = 'quarter'): Quarter {
  if (code === undefined) return quarterAt(now);
  const quarter = parseQuarter(code);
  if (!quarter) throw new HttpError(400, 'INVALID_QUARTER', `"${code}" is not a quarter written like 2026Q3.`, { param });
  return quarter;
}

export async function scopeParam(db: Db, code: string | undefined, param = 'scope'): Promise<{ scope: Scope; name: string }> {
  const scope = code === undefined ? PROVINCE : parseScope(code);
  if (!scope) {
    throw new HttpError(400, 'INVALID_SCOPE', `"${code}" is not a scope: 14 (province), a 4-digit city prefix, a 6-digit county code or a zone code.`, { param });
  }
  const name = await scopeName(db, scope);
  if (name === undefined) throw new HttpError(404, 'SCOPE_NOT_FOUND', `No development zone lies in the scope ${scope.code}.`, { param });
  return { scope, name };
}

export function contextFor(quarter: Quarter, settings: EvaluationSettings): EvaluationContext {
  const now = settings.now();
  const asOf = asOfDay(quarter, todayInBeijing(now));
  if (asOf === null) throw new HttpError(422, 'QUARTER_NOT_STARTED', `${quarter.code} has not started yet; there is nothing to evaluate.`, { param: 'quarter' });
  const asOfInstant = now.getTime() < quarter.end.getTime() ? now : quarter.end;
  return { quarter, asOf, asOfInstant, thresholds: settings.thresholds };
}

/** The records of a scope for a quarter, the publication sample included. */
export async function recordsFor(db: Db, ctx: EvaluationContext, scope: Scope): Promise<EvaluationRecords> {
  const [records, sample] = await Promise.all([gatherRecords(db, ctx, scope), publicationSample(db)]);
  const samples = sample.filter((s) => s.publishedAt.getTime() < ctx.quarter.end.getTime());
  return recordsIn(scope, { ...records, samples });
}

export async function evaluateScope(db: Db, quarter: Quarter, scope: Scope, settings: EvaluationSettings): Promise<{ ctx: EvaluationContext; records: EvaluationRecords; evaluation: Evaluation }> {
  const ctx = contextFor(quarter, settings);
  const records = await recordsFor(db, ctx, scope);
  return { ctx, records, evaluation: evaluate(records, ctx, settings.weights) };
}

export interface RegionEvaluation {
  code: string;
  name: string;
  kind: ScopeKind;
  evaluation: Evaluation;
}

/** Each region one level below the scope, evaluated on the scope's records (gathered once). */
export async function evaluateRegions(db: Db, ctx: EvaluationContext, scope: Scope, records: EvaluationRecords, settings: EvaluationSettings): Promise<RegionEvaluation[]> {
  const kind = childKind(scope);
  if (kind === null) return [];
  const regions = await childRegions(db, kind, scope);
  return regions.map((r) => {
    const child = parseScope(r.code) as Scope;
    return { code: r.code, name: r.name, kind, evaluation: evaluate(recordsIn(child, records), ctx, settings.weights) };
  });
}

export interface TrendPoint {
  quarter: string;
  evaluation: Evaluation;
}

/** The scope evaluated in each quarter from `first` to `last` that has started. */
export async function evaluateTrend(db: Db, quarters: readonly Quarter[], scope: Scope, settings: EvaluationSettings): Promise<TrendPoint[]> {
  const today = todayInBeijing(settings.now());
  const points: TrendPoint[] = [];
  for (const quarter of quarters) {
    if (asOfDay(quarter, today) === null) continue;
    const { evaluation } = await evaluateScope(db, quarter, scope, settings);
    points.push({ quarter: quarter.code, evaluation });
  }
  return points;
}
