import { describe, expect, it } from 'vitest';
import { caseCode, isValidMod3736, mod3736CheckChar, validateCaseCode } from '../../../server/src/cases/case-code';

describe('case codes (DB + division + year + serial + ISO/IEC 7064 MOD 37,36)', () => {
  it('computes the MOD 37,36 check character of the standard test vector', () => {
    // python-stdnum's iso7064.mod_37_36 example.
    expect(mod3736CheckChar('A12425GABC1234002')).toBe('M');
    expect(isValidMod3736('A12425GABC1234002M')).toBe(true);
  });

  it('builds an 18-character code that validates and splits into its parts', () => {
    const code = caseCode({ divisionCode: '140702', year: 2026, serial: 12 });
    expect(code).toBe('DB140702202600012G');
    expect(validateCaseCode(code)).toEqual({ valid: true, code, parts: { divisionCode: '140702', year: 2026, serial: 12 } });
  });

  it('accepts lower case and surrounding spaces from a typed or scanned code', () => {
    expect(validateCaseCode(' db140702202600012g ')).toMatchObject({ valid: true, code: 'DB140702202600012G' });
  });

  it('catches every single-character substitution', () => {
    const code = caseCode({ divisionCode: '141002', year: 2025, serial: 4711 });
    for (let i = 2; i < code.length; i++) {
      for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
        if (c === code[i] || (i < 17 && !/\d/.test(c))) continue;
        const typo = code.slice(0, i) + c + code.slice(i + 1);
        expect(validateCaseCode(typo).valid, typo).toBe(false);
      }
    }
  });

  it('catches adjacent transpositions of the digits', () => {
    const code = caseCode({ divisionCode: '140702', year: 2026, serial: 12345 });
    for (let i = 2; i < 16; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(validateCaseCode(swapped)).toEqual({ valid: false, reason: 'CASE_CODE_CHECK_CHARACTER' });
    }
  });

  it('names the reason for a malformed code', () => {
    expect(validateCaseCode('CL2026000012')).toEqual({ valid: false, reason: 'CASE_CODE_FORMAT' });
    expect(validateCaseCode('DB14070220260001')).toEqual({ valid: false, reason: 'CASE_CODE_FORMAT' });
  });

  it('refuses to build impossible codes', () => {
    expect(() => caseCode({ divisionCode: '1407', year: 2026, serial: 1 })).toThrow(RangeError);
    expect(() => caseCode({ divisionCode: '140702', year: 2026, serial: 100_000 })).toThrow(RangeError);
    expect(() => caseCode({ divisionCode: '140702', year: 2026, serial: 0 })).toThrow(RangeError);
  });
});
