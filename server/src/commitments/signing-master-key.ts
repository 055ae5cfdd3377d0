// The master key that encrypts the signers' private keys at rest. From SIGNING_MASTER_KEY (64 hex
// digits, e.g. from a secret store) when set; otherwise a random key kept in DATA_DIR, created on
// first start, so the embedded demo signs out of the box. Losing the key makes stored private keys
// unusable (new letters get new keys); signatures already made stay verifiable with the public keys.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEX_KEY = /^[0-9a-fA-F]{64}$/;
export const MASTER_KEY_FILE = 'signing-master.key';

export function resolveSigningMasterKey(config: { SIGNING_MASTER_KEY?: string | undefined; DATA_DIR: string }): Buffer {
  if (config.SIGNING_MASTER_KEY !== undefined) {
    if (!HEX_KEY.test(config.SIGNING_MASTER_KEY)) throw new Error('SIGNING_MASTER_KEY must be 64 hexadecimal digits (32 bytes).');
    return Buffer.from(config.SIGNING_MASTER_KEY, 'hex');
  }
  const file = join(config.DATA_DIR, MASTER_KEY_FILE);
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8').trim();
    if (!HEX_KEY.test(text)) throw new Error(`${file} does not hold a 64-digit hexadecimal key.`);
    return Buffer.from(text, 'hex');
  }
  mkdirSync(config.DATA_DIR, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
