// Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, see domain.md §3.3.
// Pure: imported by routes, imports and fixtures alike.

/** GB 32100-2015 §4 code character set; I, O, Z, S and V are never used. Index = character value. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const MODULUS = 31;
/** Wᵢ = 3^(i−1) mod 31 for positions 1..17 (GB 32100-2015 check character rule). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const LENGTH = 18;

const DIVISION = /^\d{6}$/;
// Full-width forms (FF01–FF5E, e.g. "９１") and the ideographic space, as typed with a Chinese IME.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

export const USCC_REASONS = {
  /** Contains full-width characters (e.g. "９１３５…"); re-type the code in half-width. */
  FULL_WIDTH: 'USCC_FULL_WIDTH',
  /** Not 18 characters after trimming. */
  LENGTH: 'USCC_LENGTH',
  /** A character outside 0-9 and A-Y without I, O, Z, S, V. */
  CHARSET: 'USCC_CHARSET',
  /** Positions 3–8 (administrative division, GB/T 2260) are not 6 digits. */
  DIVISION: 'USCC_DIVISION',
  /** Position 18 does not match the mod-31 check character. */
  CHECK_DIGIT: 'USCC_CHECK_DIGIT',
} as const;
export type UsccReason = (typeof USCC_REASONS)[keyof typeof USCC_REASONS];

export interface UsccParts {
  /** Position 1, e.g. `9` = market regulation (工商). */
  registrationAuthority: string;
  /** Position 2, e.g. `1` = enterprise under authority 9. */
  category: string;
  /** Positions 3–8, e.g. `140100` Taiyuan. */
  divisionCode: string;
  /** Positions 9–17: the old GB 11714 organisation code (its own check is not enforced, domain.md §3.3). */
  organisationCode: string;
  /** Position 18. */
  checkChar: string;
}

export type UsccValidation =
  | { valid: true; code: string; parts: UsccParts }
  | { valid: false; reason: UsccReason };

/** Trimmed and upper-cased; what is stored and compared. */
export function normaliseUscc(input: string): string {
  return input.trim().toUpperCase();
}

export function validateUscc(input: string): UsccValidation {
  if (FULL_WIDTH.test(input)) return { valid: false, reason: USCC_REASONS.FULL_WIDTH };
  const code = normaliseUscc(input);
  if (code.length !== LENGTH) return { valid: false, reason: USCC_REASONS.LENGTH };
  if (!isCodeText(code)) return { valid: false, reason: USCC_REASONS.CHARSET };
  const divisionCode = code.slice(2, 8);
  if (!DIVISION.test(divisionCode)) return { valid: false, reason: USCC_REASONS.DIVISION };
  const checkChar = code.slice(17);
  if (checkCharOf(code.slice(0, 17)) !== checkChar) return { valid: false, reason: USCC_REASONS.CHECK_DIGIT };
  return {
    valid: true,
    code,
    parts: {
      registrationAuthority: code.slice(0, 1),
      category: code.slice(1, 2),
      divisionCode,
      organisationCode: code.slice(8, 17),
      checkChar,
    },
  };
}

/**
 * The check character for the first 17 characters (already normalised).
 * Throws a RangeError when the input is not 17 code characters: callers build codes, they do not
 * validate user input with this.
 */
export function usccCheckChar(first17: string): string {
  if (first17.length !== LENGTH - 1 || !isCodeText(first17)) {
    throw new RangeError(`usccCheckChar needs 17 characters from ${CHARSET}, got "${first17}"`);
  }
  return checkCharOf(first17);
}

function isCodeText(text: string): boolean {
  return [...text].every((c) => CHARSET.includes(c));
}

// C18 = 31 − (Σ Cᵢ·Wᵢ mod 31), where 31 maps to 0.
function checkCharOf(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + CHARSET.indexOf(first17.charAt(i)) * weight, 0);
  return CHARSET.charAt((MODULUS - (sum % MODULUS)) % MODULUS);
}
