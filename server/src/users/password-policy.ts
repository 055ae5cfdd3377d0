// Password rules for staff and enterprise accounts (security.md "Access": password guessing;
// 等保 2.0 level 3 asks for complex passwords that are changed periodically). Pure: no I/O.
import { COMMON_PASSWORDS } from './common-passwords';

const MIN_PASSWORD_LENGTH = 10;
/** Longer inputs only cost hashing time; no real password is this long. */
export const MAX_PASSWORD_LENGTH = 256;
const MIN_CHARACTER_CLASSES = 3;

export const PASSWORD_REASONS = {
  TOO_SHORT: 'PASSWORD_TOO_SHORT',
  TOO_LONG: 'PASSWORD_TOO_LONG',
  TOO_FEW_CHARACTER_CLASSES: 'PASSWORD_TOO_FEW_CHARACTER_CLASSES',
  EQUALS_USERNAME: 'PASSWORD_EQUALS_USERNAME',
  TOO_COMMON: 'PASSWORD_TOO_COMMON',
} as const;
export type PasswordReason = (typeof PASSWORD_REASONS)[keyof typeof PASSWORD_REASONS];

export type PasswordCheck = { valid: true } | { valid: false; reason: PasswordReason; message: string };

const CLASSES: readonly RegExp[] = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}\s]/u];

const refuse = (reason: PasswordReason, message: string): PasswordCheck => ({ valid: false, reason, message });

export function checkPassword(password: string, username: string): PasswordCheck {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return refuse(PASSWORD_REASONS.TOO_SHORT, `The password must have at least ${MIN_PASSWORD_LENGTH} characters (密码至少 ${MIN_PASSWORD_LENGTH} 位).`);
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return refuse(PASSWORD_REASONS.TOO_LONG, `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`);
  }
  if (CLASSES.filter((c) => c.test(password)).length < MIN_CHARACTER_CLASSES) {
    return refuse(
      PASSWORD_REASONS.TOO_FEW_CHARACTER_CLASSES,
      'The password must mix at least 3 of: lower-case letters, upper-case letters, digits, symbols (密码须包含小写字母、大写字母、数字、符号中的至少三类).',
    );
  }
  const lower = password.toLowerCase();
  if (lower === username.trim().toLowerCase()) {
    return refuse(PASSWORD_REASONS.EQUALS_USERNAME, 'The password must not be the username (密码不能与用户名相同).');
  }
  if (COMMON_PASSWORDS.has(lower)) {
    return refuse(PASSWORD_REASONS.TOO_COMMON, 'This password is too common; choose another (密码过于常见).');
  }
  return { valid: true };
}
