// An improvement action (整改措施) as the API shows it, the bodies that create and update one, and
// whether its target was met. Guide §7: "按照评估结果提出改进目标、措施、时限等要求".
import { z } from 'zod';
import { isIsoDate } from '../calendar/iso-date';
import type { MetricUnit } from '../evaluation/metric';
import { METRIC_KEYS } from '../evaluation/metric-catalog';
import { QUARTER_PATTERN } from '../evaluation/quarter';
import { SCOPE_PATTERN } from '../evaluation/scope';
import { type ActionStatus, STORED_ACTION_STATUSES, type StoredActionStatus } from './action-status';

export interface ActionResult {
  quarter: string;
  /** The metric's value in the target quarter and scope; null = no data. */
  value: number | null;
  /** null while there is no data (or the quarter has not started). */
  met: boolean | null;
  /** false while the target quarter is still running: the value may change. */
  final: boolean;
}

export interface ImprovementAction {
  id: number;
  findingId: number;
  findingTitle: string;
  findingQuarter: string;
  metricKey: string;
  scope: string;
  targetValue: number;
  targetQuarter: string;
  measures: string;
  owner: string;
  deadline: string;
  storedStatus: StoredActionStatus;
  /** The status on the day asked: planned, in_progress, done, or overdue (computed). */
  status: ActionStatus;
  doneAt: string | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** null until the target quarter has started. */
  result: ActionResult | null;
}

const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');

export const createActionSchema = z.strictObject({
  findingId: z.number().int().positive(),
  /** Defaults to the finding's metric. */
  metricKey: z.enum(METRIC_KEYS as [string, ...string[]]).optional(),
  /** Defaults to the finding's scope. */
  scope: z.string().regex(SCOPE_PATTERN, 'must be 14, a city prefix, a county code or a zone code').optional(),
  /** A share as 0–1 for ratio metrics (0.95 = 95 %), working days for duration metrics. */
  targetValue: z.number().finite().min(0),
  /** Defaults to the quarter after the finding's. */
  targetQuarter: z.string().regex(QUARTER_PATTERN, 'must be a quarter such as 2026Q4').optional(),
  measures: z.string().trim().min(1).max(5000),
  owner: z.string().trim().min(1).max(100),
  deadline: isoDate,
});
export type CreateActionBody = z.output<typeof createActionSchema>;

export const updateActionSchema = z
  .strictObject({
    status: z.enum(STORED_ACTION_STATUSES).optional(),
    measures: z.string().trim().min(1).max(5000).optional(),
    owner: z.string().trim().min(1).max(100).optional(),
    deadline: isoDate.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'send at least one of status, measures, owner, deadline');
export type UpdateActionBody = z.output<typeof updateActionSchema>;

/** A target value must make sense for its metric: a share lies in 0–1. */
export function targetProblem(unit: MetricUnit, value: number): string | null {
  if (unit === 'ratio' && value > 1) return 'A share is written 0–1 (0.95 = 95 %).';
  if (unit === 'workdays' && value > 1000) return 'A duration target is at most 1000 working days.';
  return null;
}

/** Met when the value reaches the target in the metric's good direction; unknown without a value. Pure. */
export function targetMet(value: number | null, target: number, better: 'higher' | 'lower'): boolean | null {
  if (value === null) return null;
  const EPS = 1e-9;
  return better === 'higher' ? value >= target - EPS : value <= target + EPS;
}
