// Case codes (编码管理 for agency cases): 18 characters, e.g. `DB140702202600012` + check `K`.
//
//   pos 1–2    `DB`       代办 (agency case)
//   pos 3–8    DDDDDD     GB/T 2260 county-level division of the parcel (e.g. 140702 榆次区)
//   pos 9–12   YYYY       year the case was opened (Beijing time)
//   pos 13–17  NNNNN      serial per division and year, from 00001
//   pos 18     C          ISO/IEC 7064 MOD 37,36 check character over positions 1–17
//
// MOD 37,36 is the hybrid system of ISO/IEC 7064 over the 36 characters 0–9 A–Z, so the check is
// always a letter or digit (no `*` as in MOD 37-2) and a code stays URL- and QR-safe. It catches
// every single substitution and every adjacent transposition. Pure: no clock, no I/O.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MODULUS = ALPHABET.length; // 36
const PREFIX = 'DB';
const SHAPE = /^DB(\d{6})(\d{4})(\d{5})([0-9A-Z])$/;
export const CASE_CODE_PATTERN = '^DB[0-9]{6}[0-9]{4}[0-9]{5}[0-9A-Z]$';
export const MAX_CASE_SERIAL = 99_999;

export const CASE_CODE_REASONS = {
  /** Not `DB` + 15 digits + a letter or digit (18 characters). */
  FORMAT: 'CASE_CODE_FORMAT',
  /** The last character does not match the ISO/IEC 7064 MOD 37,36 check character. */
  CHECK_CHARACTER: 'CASE_CODE_CHECK_CHARACTER',
} as const;
export type CaseCodeReason = (typeof CASE_CODE_REASONS)[keyof typeof CASE_CODE_REASONS];

export interface CaseCodeParts {
  divisionCode: string;
  year: number;
  serial: number;
}

export type CaseCodeValidation = { valid: true; code: string; parts: CaseCodeParts } | { valid: false; reason: CaseCodeReason };

/** ISO/IEC 7064 hybrid MOD 37,36: the running value after `text`; a valid code ends on 1. */
function hybridChecksum(text: string): number {
  let check = MODULUS / 2;
  for (const c of text) {
    const value = ALPHABET.indexOf(c);
    if (value < 0) throw new RangeError(`"${c}" is not in the ISO/IEC 7064 MOD 37,36 alphabet.`);
    check = ((((check || MODULUS) * 2) % (MODULUS + 1)) + value) % MODULUS;
  }
  return check;
}

/** The check character for `text` (characters 0–9, A–Z). */
export function mod3736CheckChar(text: string): string {
  const p = ((hybridChecksum(text) || MODULUS) * 2) % (MODULUS + 1);
  return ALPHABET.charAt((1 - p + MODULUS) % MODULUS);
}

export function isValidMod3736(text: string): boolean {
  return /^[0-9A-Z]+$/.test(text) && hybridChecksum(text) === 1;
}

/** Builds a case code; throws RangeError on impossible parts (callers build codes, users do not). */
export function caseCode({ divisionCode, year, serial }: CaseCodeParts): string {
  if (!/^\d{6}$/.test(divisionCode)) throw new RangeError(`A division code has 6 digits, got "${divisionCode}".`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`Year ${year} is out of range.`);
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_CASE_SERIAL) throw new RangeError(`Serial ${serial} is out of range 1–${MAX_CASE_SERIAL}.`);
  const body = `${PREFIX}${divisionCode}${year}${String(serial).padStart(5, '0')}`;
  return body + mod3736CheckChar(body);
}

/** Trimmed and upper-cased, then checked: what a route does with a code from a URL or a QR scan. */
export function validateCaseCode(input: string): CaseCodeValidation {
  const code = input.trim().toUpperCase();
  const m = SHAPE.exec(code);
  if (!m) return { valid: false, reason: CASE_CODE_REASONS.FORMAT };
  if (!isValidMod3736(code)) return { valid: false, reason: CASE_CODE_REASONS.CHECK_CHARACTER };
  return { valid: true, code, parts: { divisionCode: m[1] as string, year: Number(m[2]), serial: Number(m[3]) } };
}
