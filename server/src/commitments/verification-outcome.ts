// 核验 at 竣工验收 (completion) and 达产复核 (output): the check engine's report against the committed
// indicators, reduced to what the letter needs: each indicator's pass/fail with its margin and
// evidence, and what follows for the letter (issue #5 "Verification").
import type { CheckReport, CheckResult } from '../checks/report';
import type { IndicatorKey } from '../domain/indicators';
import type { CheckStage, CommittedIndicator } from './committed-indicators';

export interface VerificationResult {
  key: CheckResult['key'];
  labelZh: string;
  required: CheckResult['required'];
  actual: CheckResult['actual'];
  unit: string;
  status: CheckResult['status'];
  reason: CheckResult['reason'];
  margin: number | null;
  /** Plan features or figures behind the value, so a reviewer can see why. */
  evidence: { features: string[]; details: CheckResult['details'] };
}

export type VerificationJudgement =
  | { kind: 'incomplete'; missing: string[] }
  | { kind: 'passed'; results: VerificationResult[] }
  | { kind: 'failed'; results: VerificationResult[]; failed: VerificationResult[] };

/** Indicators checked at this stage; completion also proves the buildings stay inside the parcel. */
export function stageIndicators(indicators: readonly CommittedIndicator[], stage: CheckStage): CommittedIndicator[] {
  return indicators.filter((i) => i.stage === stage);
}

export function judgeVerification(report: CheckReport, stage: CheckStage, indicators: readonly CommittedIndicator[]): VerificationJudgement {
  const keys = new Set<string>(stageIndicators(indicators, stage).map((i) => i.key));
  if (stage === 'completion') keys.add('containment');
  const results = report.results
    .filter((r) => keys.has(r.key))
    .map((r): VerificationResult => ({
      key: r.key,
      labelZh: r.labelZh,
      required: r.required,
      actual: r.actual,
      unit: r.unit,
      status: r.status,
      reason: r.reason,
      margin: r.margin,
      evidence: { features: r.features, details: r.details },
    }));
  const missing = results.filter((r) => r.status === 'not_provided' || r.status === 'error').map((r) => r.key);
  if (missing.length > 0) return { kind: 'incomplete', missing };
  const failed = results.filter((r) => r.status === 'fail');
  return failed.length > 0 ? { kind: 'failed', results, failed } : { kind: 'passed', results };
}

export type LetterConsequence =
  | { kind: 'stays_in_force' }
  | { kind: 'fulfilled' }
  | { kind: 'rectify'; rectifyBy: string }
  | { kind: 'breached' };

/**
 * What a verification means for the letter: passing 达产复核 fulfils it; a first failure at a stage
 * opens 整改 until a deadline; failing again after rectification is a breach.
 */
export function letterConsequence(
  judgement: Exclude<VerificationJudgement, { kind: 'incomplete' }>,
  stage: CheckStage,
  earlierFailuresAtStage: number,
  rectifyBy: string | null,
): LetterConsequence | { kind: 'needs_rectify_by' } {
  if (judgement.kind === 'passed') return stage === 'output' ? { kind: 'fulfilled' } : { kind: 'stays_in_force' };
  if (earlierFailuresAtStage > 0) return { kind: 'breached' };
  return rectifyBy ? { kind: 'rectify', rectifyBy } : { kind: 'needs_rectify_by' };
}

export function isIndicatorKey(key: string, indicators: readonly CommittedIndicator[]): key is IndicatorKey {
  return indicators.some((i) => i.key === key);
}
