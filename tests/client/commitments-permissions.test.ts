// Which letter actions each account is offered, from the server's route-role table and the letter's
// status: the named enterprise signs, the authority countersigns, staff verify and terminate.
import { describe, expect, it } from 'vitest';
import { COMMITMENT_STATUSES } from '../../server/src/commitments/commitment-status';
import { MILESTONES, REMINDER_LEVELS } from '../../server/src/commitments/commitment-reminders';
import { MESSAGES } from '../../client/src/app/i18n';
import { canDraftLetter, letterActionsFor, seesEnterpriseRecords, seesReminders } from '../../client/src/features/commitments/commitment-permissions';
import { nextStage, stageFigures, stageStates, verifyRefusal } from '../../client/src/features/commitments/verification-model';
import { ApiError } from '../../client/src/lib/api';

const USCC = '91140100MA0K3C7A04';
const OTHER = '91140200MA0HXY2Q0H';
const enterprise = { role: 'enterprise' as const, uscc: USCC };
const publisher = { role: 'publisher' as const, uscc: null };
const agent = { role: 'agent' as const, uscc: null };
const reviewer = { role: 'reviewer' as const, uscc: null };

describe('letter actions', () => {
  it('lets only the named enterprise sign a draft', () => {
    expect(letterActionsFor(enterprise, { status: 'draft', uscc: USCC })).toEqual(['sign']);
    expect(letterActionsFor({ role: 'enterprise', uscc: OTHER }, { status: 'draft', uscc: USCC })).toEqual([]);
    expect(letterActionsFor(enterprise, { status: 'signed', uscc: USCC })).toEqual([]);
  });

  it('lets the authority countersign a signed letter and terminate it', () => {
    expect(letterActionsFor(publisher, { status: 'signed', uscc: USCC })).toEqual(['countersign', 'terminate']);
    expect(letterActionsFor(publisher, { status: 'draft', uscc: USCC })).toEqual(['terminate']);
  });

  it('lets agents verify a letter in force but neither sign nor terminate', () => {
    expect(letterActionsFor(agent, { status: 'in_force', uscc: USCC })).toEqual(['verify']);
    expect(letterActionsFor(publisher, { status: 'in_force', uscc: USCC })).toEqual(['verify', 'terminate']);
    expect(letterActionsFor(agent, { status: 'signed', uscc: USCC })).toEqual([]);
  });

  it('offers nothing on a closed letter, to a read-only role or to a visitor', () => {
    for (const status of ['fulfilled', 'breached', 'terminated'] as const) expect(letterActionsFor(publisher, { status, uscc: USCC })).toEqual([]);
    expect(letterActionsFor(reviewer, { status: 'in_force', uscc: USCC })).toEqual([]);
    expect(letterActionsFor(null, { status: 'draft', uscc: USCC })).toEqual([]);
  });
});

describe('who writes letters and sees records', () => {
  it('offers the wizard on transferred land without an active letter to staff who write letters', () => {
    expect(canDraftLetter(agent, 'transferred', false)).toBe(true);
    expect(canDraftLetter(publisher, 'under_construction', false)).toBe(true);
    expect(canDraftLetter(agent, 'transferred', true)).toBe(false);
    expect(canDraftLetter(agent, 'listed', false)).toBe(false);
    expect(canDraftLetter(reviewer, 'transferred', false)).toBe(false);
    expect(canDraftLetter(enterprise, 'transferred', false)).toBe(false);
    expect(canDraftLetter(null, 'transferred', false)).toBe(false);
  });

  it('shows the PDF and credit record to staff and the enterprise itself only', () => {
    expect(seesEnterpriseRecords(enterprise, USCC, 'GET /api/enterprises/:uscc/credit')).toBe(true);
    expect(seesEnterpriseRecords(enterprise, OTHER, 'GET /api/enterprises/:uscc/credit')).toBe(false);
    expect(seesEnterpriseRecords(reviewer, OTHER, 'GET /api/commitments/:id/letter.pdf')).toBe(true);
    expect(seesEnterpriseRecords(null, USCC, 'GET /api/commitments/:id/letter.pdf')).toBe(false);
    expect(seesReminders(agent)).toBe(true);
    expect(seesReminders(enterprise)).toBe(false);
  });
});

describe('the verification form', () => {
  const v = (stage: 'completion' | 'output', passed: boolean) => ({ stage, passed }) as never;
  it('verifies completion first, the output review after completion has passed', () => {
    expect(nextStage({ verifications: [] })).toBe('completion');
    expect(nextStage({ verifications: [v('completion', false)] })).toBe('completion');
    expect(nextStage({ verifications: [v('completion', false), v('completion', true)] })).toBe('output');
    expect(nextStage({ verifications: [v('completion', true), v('output', true)] })).toBe(null);
    expect(stageStates({ verifications: [v('completion', true), v('output', false)] }).output).toEqual({ stage: 'output', open: true, passed: false, failures: 1 });
  });

  it('asks for the figures of the stage’s committed indicators', () => {
    const indicators = [
      { key: 'investmentIntensity', stage: 'completion' }, { key: 'floorAreaRatio', stage: 'completion' },
      { key: 'taxPerMu', stage: 'output' }, { key: 'energyPerValueAdded', stage: 'output' },
    ] as never;
    expect(stageFigures({ indicators }, 'completion')).toEqual(['fixedAssetInvestmentWanYuan']);
    expect(stageFigures({ indicators }, 'output')).toEqual(['annualTaxWanYuan', 'valueAddedWanYuan', 'energyUseTce']);
  });

  it('reads the server’s refusals: a failure without a rectification date, missing figures, a stale letter', () => {
    const results = [{ key: 'floorAreaRatio', status: 'fail' }];
    expect(verifyRefusal(new ApiError(400, 'RECTIFY_BY_REQUIRED', '…', { results }))).toEqual({ kind: 'needs_rectify_by', results });
    expect(verifyRefusal(new ApiError(422, 'VERIFICATION_INCOMPLETE', '…', { missing: ['investmentIntensity'] }))).toEqual({ kind: 'incomplete', missing: ['investmentIntensity'] });
    expect(verifyRefusal(new ApiError(412, 'VERSION_MISMATCH', '…')).kind).toBe('stale');
    expect(verifyRefusal(new ApiError(409, 'INVALID_TRANSITION', '…')).kind).toBe('other');
  });
});

describe('status, milestone and level messages', () => {
  const ids = Object.keys(MESSAGES);
  it('names every milestone and reminder level, and the statuses carry their own labels', () => {
    expect(MILESTONES.map((m) => `commitment.milestone.${m.code}`).filter((id) => !ids.includes(id))).toEqual([]);
    expect(REMINDER_LEVELS.map((l) => `commitment.reminders.level.${l}`).filter((id) => !ids.includes(id))).toEqual([]);
    for (const s of COMMITMENT_STATUSES) expect(s.labelEn).toMatch(/^[^\u4e00-\u9fff]+$/);
  });
});
