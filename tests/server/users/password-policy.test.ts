import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../server/src/users/password-hash';
import { checkPassword, PASSWORD_REASONS } from '../../../server/src/users/password-policy';

describe('checkPassword', () => {
  it.each([
    ['Xk3#pq9ZmA', 'four classes, 10 characters'],
    ['xk3#pq9zma', 'lower, digit, symbol'],
    ['XK3PQ9ZMAw', 'upper, digit, lower'],
    ['山西标准地Land-2026', 'Chinese characters count as letters'],
  ])('accepts %s (%s)', (password) => {
    expect(checkPassword(password, 'someone')).toEqual({ valid: true });
  });

  it.each([
    ['Ab#12345', PASSWORD_REASONS.TOO_SHORT],
    ['abcdefghijk1', PASSWORD_REASONS.TOO_FEW_CHARACTER_CLASSES],
    ['ABCDEFGHIJ!!', PASSWORD_REASONS.TOO_FEW_CHARACTER_CLASSES],
    ['Someone-2026', PASSWORD_REASONS.EQUALS_USERNAME],
    ['P@ssw0rd1234', PASSWORD_REASONS.TOO_COMMON],
    ['1QAZ@wsx3edc', PASSWORD_REASONS.TOO_COMMON],
    [`Aa1!${'x'.repeat(253)}`, PASSWORD_REASONS.TOO_LONG],
  ])('refuses %s: %s', (password, reason) => {
    expect(checkPassword(password, 'someone-2026')).toMatchObject({ valid: false, reason });
  });

  it('explains the rule in the message', () => {
    const result = checkPassword('short', 'someone');
    expect(result.valid ? '' : result.message).toMatch(/at least 10 characters/);
  });
});

describe('password hashing', () => {
  it('uses argon2id with memory 19456 KiB, 2 passes, parallelism 1', async () => {
    const hash = await hashPassword('Xk3#pq9ZmA');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'Xk3#pq9ZmA')).toBe(true);
    expect(await verifyPassword(hash, 'Xk3#pq9ZmB')).toBe(false);
  });

  it('treats a malformed stored hash as a wrong password', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});
