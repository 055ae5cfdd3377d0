import { describe, expect, it } from 'vitest';
import { USCC_REASONS, usccCheckChar, validateUscc } from '../../../server/src/enterprises/uscc';

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const DIGITS = '0123456789';

// Deterministic PRNG (mulberry32) so a failing case can be reproduced from the seed.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const alphabetAt = (position: number): string => (position >= 2 && position < 8 ? DIGITS : CODE_CHARS);

function pick(alphabet: string, random: () => number): string {
  return alphabet.charAt(Math.floor(random() * alphabet.length));
}

function randomPrefix(random: () => number): string {
  return Array.from({ length: 17 }, (_, i) => pick(alphabetAt(i), random)).join('');
}

function replaceAt(code: string, i: number, c: string): string {
  return code.slice(0, i) + c + code.slice(i + 1);
}

describe('validateUscc', () => {
  it('accepts the worked example from domain.md §3.3 and splits it into parts', () => {
    expect(validateUscc('91350100M000100Y43')).toEqual({
      valid: true,
      code: '91350100M000100Y43',
      parts: { registrationAuthority: '9', category: '1', divisionCode: '350100', organisationCode: 'M000100Y4', checkChar: '3' },
    });
  });

  it.each(['91140100MA0K3C7A04', '91140700MA0L12B82Q', '91140200MA0HXY2Q0H', '91140400MA0M5R9T28'])(
    'accepts the fictional Shanxi code %s',
    (code) => {
      expect(validateUscc(code)).toMatchObject({ valid: true, code });
    },
  );

  it('normalises surrounding spaces and lower case', () => {
    expect(validateUscc('  91140100ma0k3c7a04 ')).toMatchObject({ valid: true, code: '91140100MA0K3C7A04' });
  });

  it('rejects a wrong check character', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({ valid: false, reason: USCC_REASONS.CHECK_DIGIT });
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the unused letter %s', (letter) => {
    expect(validateUscc(replaceAt('91140100MA0K3C7A04', 9, letter))).toEqual({ valid: false, reason: USCC_REASONS.CHARSET });
  });

  it('rejects punctuation inside the code', () => {
    expect(validateUscc('91140100-A0K3C7A04')).toEqual({ valid: false, reason: USCC_REASONS.CHARSET });
  });

  it.each(['9114010MA0K3C7A04', '91140100MA0K3C7A041', ''])('rejects a code of the wrong length: "%s"', (code) => {
    expect(validateUscc(code)).toEqual({ valid: false, reason: USCC_REASONS.LENGTH });
  });

  it('rejects letters in the division code (positions 3–8)', () => {
    const first17 = '9114A100MA0K3C7A0';
    expect(validateUscc(first17 + usccCheckChar(first17))).toEqual({ valid: false, reason: USCC_REASONS.DIVISION });
  });

  it('rejects full-width characters with their own reason', () => {
    expect(validateUscc('９１140100MA0K3C7A04')).toEqual({ valid: false, reason: USCC_REASONS.FULL_WIDTH });
    expect(validateUscc('91140100MA0K3C7A04\u3000')).toEqual({ valid: false, reason: USCC_REASONS.FULL_WIDTH });
  });
});

describe('usccCheckChar', () => {
  it('computes the check character of the worked example (Σ = 1640, 1640 mod 31 = 28 → 3)', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('maps a remainder of 0 to "0"', () => {
    // All zeros: Σ = 0 → 31 − 0 = 31 → 0.
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('refuses input that is not 17 code characters', () => {
    expect(() => usccCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => usccCheckChar('91350100M000100YI')).toThrow(RangeError);
  });

  it('always validates when appended, and detects every single-character change (1000 random prefixes)', () => {
    const random = prng(0x5eed);
    for (let n = 0; n < 1000; n++) {
      const prefix = randomPrefix(random);
      const code = prefix + usccCheckChar(prefix);
      expect(validateUscc(code), code).toMatchObject({ valid: true, code });
      for (let i = 0; i < 18; i++) {
        const alphabet = i === 17 ? CODE_CHARS : alphabetAt(i);
        const original = code.charAt(i);
        let replacement = original;
        while (replacement === original) replacement = pick(alphabet, random);
        const changed = replaceAt(code, i, replacement);
        expect(validateUscc(changed), `${code} → ${changed}`).toEqual({ valid: false, reason: USCC_REASONS.CHECK_DIGIT });
      }
    }
  });
});
