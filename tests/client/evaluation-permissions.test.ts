import { describe, expect, it } from 'vitest';
import { addsFindings, createsActions, readsEvaluation, updatesActions } from '../../client/src/features/evaluation/evaluation-permissions';
import { ROLE_CODES } from '../../server/src/users/roles';

describe('who may do what in the evaluation area', () => {
  it('lets staff and the evaluator read; the evaluator writes findings only', () => {
    expect(ROLE_CODES.filter(readsEvaluation)).toEqual(['admin', 'publisher', 'reviewer', 'agent', 'evaluator']);
    expect(ROLE_CODES.filter(addsFindings)).toEqual(['admin', 'publisher', 'reviewer', 'evaluator']);
    expect(ROLE_CODES.filter(createsActions)).toEqual(['admin', 'publisher', 'reviewer']);
    expect(ROLE_CODES.filter(updatesActions)).toEqual(['admin', 'publisher', 'reviewer', 'agent']);
  });
});
