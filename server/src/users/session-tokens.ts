// Session ids and CSRF tokens: 256 random bits each. The database keeps only the session id's
// SHA-256, so reading the sessions table does not give anyone a usable cookie.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

export const sessionIdHash = (sessionId: string): string => createHash('sha256').update(sessionId, 'utf8').digest('hex');

/** Constant-time comparison, so a wrong CSRF token's timing says nothing about the right one. */
export function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
