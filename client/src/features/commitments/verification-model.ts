// The verification form's rules (核验, issue #5): which stage comes next (达产复核 only after a passed
// 竣工验收), which figures a stage's committed indicators need, when a failure needs a rectification
// date and when it would be a breach, and what a refusal from the server means. Pure.
import type { IndicatorKey } from '../../../../server/src/domain/indicators';
import { ApiError } from '../../lib/api';
import { figuresNeeded, type FigureName } from '../checks/figures';
import type { CommitmentView, VerificationResult } from './commitment-api';

export type Stage = 'completion' | 'output';

export interface StageState {
  stage: Stage;
  /** Can be verified now. */
  open: boolean;
  passed: boolean;
  /** Failed attempts so far: one means the next failure is a breach. */
  failures: number;
}

export function stageStates(letter: Pick<CommitmentView, 'verifications'>): Record<Stage, StageState> {
  const of = (stage: Stage) => letter.verifications.filter((v) => v.stage === stage);
  const completionPassed = of('completion').some((v) => v.passed);
  const outputPassed = of('output').some((v) => v.passed);
  return {
    completion: { stage: 'completion', open: !completionPassed, passed: completionPassed, failures: of('completion').filter((v) => !v.passed).length },
    output: { stage: 'output', open: completionPassed && !outputPassed, passed: outputPassed, failures: of('output').filter((v) => !v.passed).length },
  };
}

/** The stage to verify next, or null when both have passed. */
export function nextStage(letter: Pick<CommitmentView, 'verifications'>): Stage | null {
  const states = stageStates(letter);
  if (states.completion.open) return 'completion';
  return states.output.open ? 'output' : null;
}

/** Figures the stage's committed indicators are computed from (spatial ones come from the plan). */
export function stageFigures(letter: Pick<CommitmentView, 'indicators'>, stage: Stage): FigureName[] {
  return figuresNeeded(letter.indicators.filter((i) => i.stage === stage).map((i) => ({ key: i.key as IndicatorKey })));
}

export type VerifyRefusal =
  | { kind: 'needs_rectify_by'; results: VerificationResult[] }
  | { kind: 'incomplete'; missing: string[] }
  | { kind: 'stale' }
  | { kind: 'other'; error: unknown };

/** What a refused POST /verify asks of the user next. */
export function verifyRefusal(error: unknown): VerifyRefusal {
  if (error instanceof ApiError) {
    if (error.code === 'RECTIFY_BY_REQUIRED' && Array.isArray(error.extra.results)) return { kind: 'needs_rectify_by', results: error.extra.results as VerificationResult[] };
    if (error.code === 'VERIFICATION_INCOMPLETE' && Array.isArray(error.extra.missing)) return { kind: 'incomplete', missing: error.extra.missing as string[] };
    if (error.code === 'VERSION_MISMATCH') return { kind: 'stale' };
  }
  return { kind: 'other', error };
}
