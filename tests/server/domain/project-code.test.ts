import { describe, expect, it } from 'vitest';
import { PROJECT_CODE_REASONS, validateProjectCode } from '../../../server/src/domain/project-code';

describe('investment project code (投资项目代码)', () => {
  it.each([
    ['2026-140105-34-03-123456', { year: 2026, divisionCode: '140105', industryCode: '34', projectType: '03', serial: '123456' }],
    ['2025-140702-39-03-000871', { year: 2025, divisionCode: '140702', industryCode: '39', projectType: '03', serial: '000871' }],
    // A government-investment project (审批) at the provincial level, and a 核准 project in Beijing.
    ['2019-140000-48-01-500012', { year: 2019, divisionCode: '140000', industryCode: '48', projectType: '01', serial: '500012' }],
    ['2015-110105-44-02-000001', { year: 2015, divisionCode: '110105', industryCode: '44', projectType: '02', serial: '000001' }],
  ])('accepts %s', (code, parts) => {
    expect(validateProjectCode(code)).toEqual({ valid: true, code, parts });
  });

  it('trims surrounding spaces', () => {
    expect(validateProjectCode(' 2026-140105-34-03-123456 \n')).toMatchObject({ valid: true, code: '2026-140105-34-03-123456' });
  });

  it.each([
    ['２０２６－140105-34-03-123456', PROJECT_CODE_REASONS.FULL_WIDTH],
    ['2026-140105-34-03-12345', PROJECT_CODE_REASONS.FORMAT],
    ['2026140105340312345６', PROJECT_CODE_REASONS.FULL_WIDTH],
    ['202614010534031234567', PROJECT_CODE_REASONS.FORMAT],
    ['2026_140105_34_03_123456', PROJECT_CODE_REASONS.FORMAT],
    ['2026—140105—34—03—123456', PROJECT_CODE_REASONS.FORMAT],
    ['26-140105-34-03-123456', PROJECT_CODE_REASONS.FORMAT],
    ['2026-14O105-34-03-123456', PROJECT_CODE_REASONS.FORMAT],
    ['', PROJECT_CODE_REASONS.FORMAT],
    ['2014-140105-34-03-123456', PROJECT_CODE_REASONS.YEAR],
    ['2100-140105-34-03-123456', PROJECT_CODE_REASONS.YEAR],
    ['2026-990105-34-03-123456', PROJECT_CODE_REASONS.DIVISION],
    ['2026-000000-34-03-123456', PROJECT_CODE_REASONS.DIVISION],
    ['2026-140105-00-03-123456', PROJECT_CODE_REASONS.INDUSTRY],
    ['2026-140105-98-03-123456', PROJECT_CODE_REASONS.INDUSTRY],
    ['2026-140105-34-04-123456', PROJECT_CODE_REASONS.TYPE],
    ['2026-140105-34-00-123456', PROJECT_CODE_REASONS.TYPE],
    ['2026-140105-34-03-000000', PROJECT_CODE_REASONS.SERIAL],
  ])('refuses %j with %s', (code, reason) => {
    expect(validateProjectCode(code)).toEqual({ valid: false, reason });
  });
});
