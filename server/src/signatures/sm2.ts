// SM2 digital signatures (GB/T 32918.2-2016) on the recommended curve sm2p256v1 (GB/T 32918.5-2017).
// Node's crypto cannot produce them (libraries.md §5: its "SM2" keys sign plain ECDSA without the
// Z_A user-identity digest), so this wraps sm-crypto-v2 (built on @noble/curves).
//
// Formats, chosen once:
// - private key: 64 hex digits (32 bytes), 1 ≤ d ≤ n − 2 (GB/T 32918.1 key pair generation);
// - public key: uncompressed point, `04` ‖ x ‖ y, 130 hex digits;
// - signature: r ‖ s, each 32 bytes big-endian, 128 hex digits. Fixed length fits a QR code and is
//   the layout of the standard's worked example; DER is only needed for X.509/CMS interchange;
// - message: bytes, or a string hashed as its UTF-8 bytes. The signed value is the standard's
//   e = SM3(Z_A ‖ M), Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A) (GB/T 32918.2).
// All hex output is lower case; hex input may be either case.
import { sm2 } from 'sm-crypto-v2';

/** The user identity both parties assume when none is agreed (GM/T 0009-2012). */
export const DEFAULT_SM2_USER_ID = '1234567812345678';

/** Order n of the base point of sm2p256v1 (GB/T 32918.5-2017). */
const CURVE_ORDER = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const PRIVATE_KEY = /^[0-9a-f]{64}$/i;
const PUBLIC_KEY = /^04[0-9a-f]{128}$/i;
const SIGNATURE = /^[0-9a-f]{128}$/i;

export interface Sm2KeyPair {
  privateKeyHex: string;
  publicKeyHex: string;
}

export class Sm2KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Sm2KeyError';
  }
}

export function generateKeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKeyHex: privateKey, publicKeyHex: publicKey };
}

/** P = d·G, uncompressed. Throws Sm2KeyError when the private key is out of range. */
export function publicKeyFromPrivateKey(privateKeyHex: string): string {
  assertPrivateKey(privateKeyHex);
  return sm2.getPublicKeyFromPrivateKey(privateKeyHex.toLowerCase()).toLowerCase();
}

/** Randomised SM2 signature (fresh k each time) of e = SM3(Z_A ‖ M); returns r ‖ s hex. */
export function signSm2(message: Uint8Array | string, privateKeyHex: string, userId: string = DEFAULT_SM2_USER_ID): string {
  const publicKey = publicKeyFromPrivateKey(privateKeyHex);
  return sm2.doSignature(message, privateKeyHex.toLowerCase(), { hash: true, publicKey, userId, der: false });
}

/**
 * True only for a well-formed r ‖ s signature, with r, s in [1, n − 1] (GB/T 32918.2 verification steps B1–B2),
 * by the holder of `publicKeyHex` over `message` and `userId`. Malformed input gives false.
 */
export function verifySm2(
  message: Uint8Array | string,
  signatureHex: string,
  publicKeyHex: string,
  userId: string = DEFAULT_SM2_USER_ID,
): boolean {
  if (!SIGNATURE.test(signatureHex) || !PUBLIC_KEY.test(publicKeyHex)) return false;
  const r = BigInt(`0x${signatureHex.slice(0, 64)}`);
  const s = BigInt(`0x${signatureHex.slice(64)}`);
  // sm-crypto-v2 does not range-check r and s itself.
  if (r < 1n || r >= CURVE_ORDER || s < 1n || s >= CURVE_ORDER) return false;
  const publicKey = publicKeyHex.toLowerCase();
  try {
    // Rejects points off the curve (fromHex throws); the verification itself does not check.
    if (!sm2.verifyPublicKey(publicKey)) return false;
    return sm2.doVerifySignature(message, signatureHex.toLowerCase(), publicKey, { hash: true, userId, der: false });
  } catch {
    return false;
  }
}

function assertPrivateKey(privateKeyHex: string): void {
  if (!PRIVATE_KEY.test(privateKeyHex)) throw new Sm2KeyError('SM2 private key must be 64 hex digits');
  const d = BigInt(`0x${privateKeyHex}`);
  if (d < 1n || d > CURVE_ORDER - 2n) throw new Sm2KeyError('SM2 private key is outside [1, n − 2]');
}
