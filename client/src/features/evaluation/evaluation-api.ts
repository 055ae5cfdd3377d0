// The evaluation's server data (GET /api/evaluation/…, /api/improvement-actions) as the dashboard
// reads it. Types come from the server's own modules.
import type { DrillRow, MetricResult } from '../../../../server/src/evaluation/metric';
import type { Score } from '../../../../server/src/evaluation/score';
import type { ScopeKind } from '../../../../server/src/evaluation/scope';
import type { Finding } from '../../../../server/src/evaluation/findings';
import type { ImprovementAction } from '../../../../server/src/improvement-actions/improvement-action';
import type { Dimension } from '../../../../server/src/evaluation/metric';

export type { DrillRow, Finding, ImprovementAction, MetricResult, Score };

export interface ScopeInfo {
  kind: ScopeKind;
  code: string;
  name: string;
}

export interface MetricsResponse {
  quarter: string;
  scope: ScopeInfo;
  asOf: string;
  provisional: boolean;
  weights: Record<Dimension, number>;
  score: Score;
  metrics: MetricResult[];
}

export interface ScoreSummary {
  overall: number | null;
  dimensions: Record<Dimension, number | null>;
}

export type MetricValues = Record<string, { value: number | null; numerator: number | null; denominator: number }>;

export interface TrendResponse {
  scope: ScopeInfo;
  quarters: (ScoreSummary & { quarter: string; metrics: MetricValues })[];
}

export interface RegionRow extends ScoreSummary {
  code: string;
  name: string;
  kind: ScopeKind;
  metrics: MetricValues;
}

export interface RegionsResponse {
  quarter: string;
  scope: ScopeInfo;
  childKind: ScopeKind | null;
  regions: RegionRow[];
}

export interface DrillResponse {
  metric: MetricResult;
  total: number;
  limit: number;
  offset: number;
  items: DrillRow[];
}
