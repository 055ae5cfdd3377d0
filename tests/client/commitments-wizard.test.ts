// The letter wizard's step rules: the USCC checked as typed (GB 32100-2015), the new enterprise's
// fields, the investment project code, deadlines in order, and the request body it sends.
import { describe, expect, it } from 'vitest';
import { createCommitmentSchema } from '../../server/src/commitments/commitment-request.schema';
import { PROJECT_CODE_REASONS } from '../../server/src/domain/project-code';
import { USCC_REASONS } from '../../server/src/enterprises/uscc';
import { MESSAGES } from '../../client/src/app/i18n';
import { INDICATOR_FORM_PROBLEMS } from '../../client/src/features/commitments/committed-indicator-form';
import {
  addDays, checkUsccInput, deadlineProblems, FIELD_PROBLEMS, letterRequest, newEnterpriseProblems, projectProblems, startsInThePast, suggestedDeadlines, WIZARD_STEPS,
} from '../../client/src/features/commitments/letter-wizard-model';

const DEMO_USCC = '91140100MA0K3C7A04';
const noEnterprise = { name: '', legalRepresentative: '', contactName: '', contactPhone: '', address: '' };

describe('the USCC field', () => {
  it('says nothing until something is typed', () => {
    expect(checkUsccInput('')).toEqual({ state: 'empty' });
    expect(checkUsccInput('   ')).toEqual({ state: 'empty' });
  });

  it('accepts a valid code typed in lower case with spaces around it', () => {
    expect(checkUsccInput(` ${DEMO_USCC.toLowerCase()} `)).toEqual({ state: 'valid', code: DEMO_USCC });
  });

  it('names what is wrong while typing', () => {
    expect(checkUsccInput('9114010')).toEqual({ state: 'invalid', reason: USCC_REASONS.LENGTH });
    expect(checkUsccInput('91140100MA0K3C7A05')).toEqual({ state: 'invalid', reason: USCC_REASONS.CHECK_DIGIT });
    expect(checkUsccInput('９１140100MA0K3C7A04')).toEqual({ state: 'invalid', reason: USCC_REASONS.FULL_WIDTH });
    expect(checkUsccInput('91140100MA0K3C7AO4')).toEqual({ state: 'invalid', reason: USCC_REASONS.CHARSET });
  });
});

describe('a new enterprise', () => {
  it('needs a name and a legal representative, like the server', () => {
    expect(newEnterpriseProblems(noEnterprise)).toEqual({ name: FIELD_PROBLEMS.REQUIRED, legalRepresentative: FIELD_PROBLEMS.REQUIRED });
    expect(newEnterpriseProblems({ ...noEnterprise, name: '晋', legalRepresentative: '王建国' })).toEqual({ name: FIELD_PROBLEMS.TOO_SHORT });
    expect(newEnterpriseProblems({ ...noEnterprise, name: '山西汾河精密制造有限公司', legalRepresentative: '王建国', contactPhone: '0351-1234567' })).toEqual({});
    expect(newEnterpriseProblems({ ...noEnterprise, name: '山西汾河精密制造有限公司', legalRepresentative: '王建国', contactPhone: '电话 123' })).toEqual({ contactPhone: FIELD_PROBLEMS.PHONE });
  });
});

describe('the project', () => {
  it('checks the investment project code as the approval platform writes it', () => {
    expect(projectProblems({ code: '2026-140702-39-03-000123', name: '精密轴承生产线项目', industryCode: '' })).toEqual({});
    expect(projectProblems({ code: '', name: '', industryCode: '' })).toEqual({ code: FIELD_PROBLEMS.REQUIRED, name: FIELD_PROBLEMS.REQUIRED });
    expect(projectProblems({ code: '2026-140702-39-03', name: '精密轴承', industryCode: '3' })).toEqual({ code: PROJECT_CODE_REASONS.FORMAT, industryCode: FIELD_PROBLEMS.INDUSTRY });
    expect(projectProblems({ code: '2026-140702-39-05-000123', name: '精密轴承', industryCode: '39' }).code).toBe(PROJECT_CODE_REASONS.TYPE);
  });
});

describe('the deadlines', () => {
  it('need three real dates in the order start, completion, full production', () => {
    expect(deadlineProblems({ startBy: '2027-03-01', completeBy: '2028-03-01', outputBy: '2029-03-01' })).toEqual({});
    expect(deadlineProblems({ startBy: '2027-03-01', completeBy: '2027-03-01', outputBy: '2026-01-01' })).toEqual({ completeBy: FIELD_PROBLEMS.ORDER, outputBy: FIELD_PROBLEMS.ORDER });
    expect(deadlineProblems({ startBy: '2027-02-30', completeBy: '', outputBy: '2029-03-01' })).toEqual({ startBy: FIELD_PROBLEMS.DATE, completeBy: FIELD_PROBLEMS.REQUIRED });
  });

  it('suggests 6, 24 and 36 months ahead, keeping to the end of a short month', () => {
    expect(suggestedDeadlines('2026-05-15')).toEqual({ startBy: '2026-11-15', completeBy: '2028-05-15', outputBy: '2029-05-15' });
    expect(suggestedDeadlines('2025-08-31').startBy).toBe('2026-02-28');
    expect(deadlineProblems(suggestedDeadlines('2026-05-15'))).toEqual({});
  });

  it('flags a start date already past', () => {
    expect(startsInThePast({ startBy: '2026-05-14', completeBy: '', outputBy: '' }, '2026-05-15')).toBe(true);
    expect(startsInThePast({ startBy: '2026-05-15', completeBy: '', outputBy: '' }, '2026-05-15')).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('the request body', () => {
  const project = { code: ' 2026-140702-39-03-000123 ', name: ' 精密轴承生产线项目 ', industryCode: '' };
  const deadlines = { startBy: '2027-03-01', completeBy: '2028-03-01', outputBy: '2029-03-01' };

  it('names a registered enterprise by its code only, and leaves a blank industry to the parcel', () => {
    const body = letterRequest({ parcelCode: '140702-2025-0001', uscc: DEMO_USCC, newEnterprise: null, project, deadlines, overrides: [{ key: 'taxPerMu', value: 18 }] });
    expect(body).toEqual({
      parcelCode: '140702-2025-0001',
      enterprise: { uscc: DEMO_USCC },
      project: { code: '2026-140702-39-03-000123', name: '精密轴承生产线项目' },
      deadlines,
      indicators: [{ key: 'taxPerMu', value: 18 }],
    });
    expect(createCommitmentSchema.safeParse(body).success).toBe(true);
  });

  it('registers a new enterprise with its trimmed details, in a shape the server parses', () => {
    const body = letterRequest({
      parcelCode: '140702-2025-0001',
      uscc: DEMO_USCC,
      newEnterprise: { name: ' 山西示范制造有限公司 ', legalRepresentative: '王建国', contactName: '', contactPhone: '13803511234', address: '' },
      project: { ...project, industryCode: '39' },
      deadlines,
      overrides: [],
    });
    expect(body.enterprise).toEqual({ uscc: DEMO_USCC, name: '山西示范制造有限公司', legalRepresentative: '王建国', contactName: '', contactPhone: '13803511234', address: '' });
    expect(body.project.industryCode).toBe('39');
    expect(createCommitmentSchema.safeParse(body).success).toBe(true);
  });
});

describe('wizard messages', () => {
  const ids = Object.keys(MESSAGES);
  it.each([
    ['steps', 'commitment.wizard.step', [...WIZARD_STEPS]],
    ['USCC reasons', 'commitment.uscc', Object.values(USCC_REASONS)],
    ['field problems', 'commitment.problem', [...Object.values(FIELD_PROBLEMS), ...Object.values(PROJECT_CODE_REASONS)]],
    ['indicator problems', 'commitment.indicatorProblem', Object.values(INDICATOR_FORM_PROBLEMS)],
  ])('names every one of the %s', (_name, prefix, codes) => {
    expect(codes.filter((code) => !ids.includes(`${prefix}.${code}`))).toEqual([]);
  });
});
