import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  PRIVATE_KEY_CIPHER, PrivateKeyEncryptionError, decryptPrivateKey, encryptPrivateKey, type EncryptedPrivateKey,
} from '../../../server/src/signatures/private-key-encryption';
import { generateKeyPair } from '../../../server/src/signatures/sm2';

const masterKey = randomBytes(32);
const { privateKeyHex } = generateKeyPair();

// Flip one bit of a base64 field.
function flipped(field: string): string {
  const bytes = Buffer.from(field, 'base64');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

describe('encryptPrivateKey / decryptPrivateKey', () => {
  it('round-trips a private key and records the cipher', () => {
    const stored = encryptPrivateKey(privateKeyHex, masterKey);
    expect(stored.alg).toBe(PRIVATE_KEY_CIPHER);
    expect(Buffer.from(stored.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(stored.tag, 'base64')).toHaveLength(16);
    expect(JSON.stringify(stored)).not.toContain(privateKeyHex);
    expect(decryptPrivateKey(stored, masterKey)).toBe(privateKeyHex);
  });

  it('uses a fresh IV each time', () => {
    const a = encryptPrivateKey(privateKeyHex, masterKey);
    const b = encryptPrivateKey(privateKeyHex, masterKey);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it.each(['iv', 'tag', 'data'] as const)('throws when the %s has been altered', (field) => {
    const stored = encryptPrivateKey(privateKeyHex, masterKey);
    const altered: EncryptedPrivateKey = { ...stored, [field]: flipped(stored[field]) };
    expect(() => decryptPrivateKey(altered, masterKey)).toThrow(PrivateKeyEncryptionError);
  });

  it('throws for a wrong master key', () => {
    const stored = encryptPrivateKey(privateKeyHex, masterKey);
    expect(() => decryptPrivateKey(stored, randomBytes(32))).toThrow(PrivateKeyEncryptionError);
  });

  it('throws for an unknown cipher name rather than guessing', () => {
    const stored = encryptPrivateKey(privateKeyHex, masterKey);
    expect(() => decryptPrivateKey({ ...stored, alg: 'sm4-gcm' } as unknown as EncryptedPrivateKey, masterKey)).toThrow(/unsupported key cipher/);
  });

  it('refuses a master key that is not 32 bytes and a private key that is not 64 hex digits', () => {
    expect(() => encryptPrivateKey(privateKeyHex, randomBytes(16))).toThrow(PrivateKeyEncryptionError);
    expect(() => encryptPrivateKey('abc', masterKey)).toThrow(PrivateKeyEncryptionError);
  });
});
