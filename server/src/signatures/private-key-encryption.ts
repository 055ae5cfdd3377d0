// Signing keys at rest: a private key is stored only encrypted under a master key held outside the
// database (config/secret store), with authenticated encryption so a changed byte is detected.
// SM4-GCM would be the national-standard choice, but Node 20's OpenSSL build lists only
// sm4-cbc/ecb/ctr/cfb/ofb (crypto.getCiphers()), none authenticated; so AES-256-GCM, and `alg` is
// recorded so stored keys can move to SM4-GCM later without guessing.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const PRIVATE_KEY_CIPHER = 'aes-256-gcm';
const MASTER_KEY_BYTES = 32;
const IV_BYTES = 12; // 96-bit GCM nonce, as NIST SP 800-38D recommends
const TAG_BYTES = 16;
const PRIVATE_KEY = /^[0-9a-f]{64}$/i;
const PRIVATE_KEY_BYTES = 32;

/** Stored form; binary fields are base64, `data` is the 32 key bytes encrypted. */
export interface EncryptedPrivateKey {
  alg: typeof PRIVATE_KEY_CIPHER;
  iv: string;
  tag: string;
  data: string;
}

export class PrivateKeyEncryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrivateKeyEncryptionError';
  }
}

export function encryptPrivateKey(privateKeyHex: string, masterKey: Buffer): EncryptedPrivateKey {
  assertMasterKey(masterKey);
  if (!PRIVATE_KEY.test(privateKeyHex)) throw new PrivateKeyEncryptionError('private key must be 64 hex digits');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(PRIVATE_KEY_CIPHER, masterKey, iv, { authTagLength: TAG_BYTES });
  const data = Buffer.concat([cipher.update(Buffer.from(privateKeyHex, 'hex')), cipher.final()]);
  return { alg: PRIVATE_KEY_CIPHER, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** Throws PrivateKeyEncryptionError for a wrong master key or any changed field. */
export function decryptPrivateKey(stored: EncryptedPrivateKey, masterKey: Buffer): string {
  assertMasterKey(masterKey);
  if (stored.alg !== PRIVATE_KEY_CIPHER) throw new PrivateKeyEncryptionError(`unsupported key cipher "${String(stored.alg)}"`);
  const iv = Buffer.from(stored.iv, 'base64');
  const tag = Buffer.from(stored.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new PrivateKeyEncryptionError('malformed encrypted key');
  let plain: Buffer;
  try {
    const decipher = createDecipheriv(PRIVATE_KEY_CIPHER, masterKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    plain = Buffer.concat([decipher.update(Buffer.from(stored.data, 'base64')), decipher.final()]);
  } catch {
    throw new PrivateKeyEncryptionError('encrypted key failed authentication (wrong master key or altered data)');
  }
  if (plain.length !== PRIVATE_KEY_BYTES) throw new PrivateKeyEncryptionError('decrypted value is not a private key');
  return plain.toString('hex');
}

function assertMasterKey(masterKey: Buffer): void {
  if (masterKey.length !== MASTER_KEY_BYTES) throw new PrivateKeyEncryptionError(`master key must be ${MASTER_KEY_BYTES} bytes`);
}
