// argon2id with the OWASP minimum parameters (libraries.md §5); about 85 ms per hash here.
import { randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';

// The package declares Algorithm as an ambient const enum, which verbatimModuleSyntax cannot read;
// 2 is its Argon2id member. tests/server/users/password-hash.test.ts checks the hash says argon2id.
const ARGON2ID = 2 as Options['algorithm'];
const PARAMS: Options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed login, never a 500 that tells the account exists.
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password, verified when the username is unknown so that "no such user" costs
 * the same time as "wrong password" and the timing does not reveal which accounts exist.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(18).toString('base64url'));
  return dummy;
}
