import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SM2_USER_ID, generateKeyPair, publicKeyFromPrivateKey, signSm2, Sm2KeyError, verifySm2,
} from '../../../server/src/signatures/sm2';

// GM/T 0003.5-2012 = GB/T 32918.5-2017 (SM2 part 5, parameter definitions) Annex A.2: the digital
// signature example on the recommended curve sm2p256v1, ID_A = "1234567812345678",
// M = "message digest". Not typed in from memory alone: the test suites of several independent SM2
// implementations (C, Go, Delphi/CnPack, Nim) carry the same key, Z_A, e, k, r and s, and the checks
// below recompute every one of them. (The GB/T 32918.2 Annex A example is a different, test-only
// 256-bit curve with ID "ALICE123@YAHOO.COM".)
const EXAMPLE = {
  privateKey: '3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8',
  publicKeyX: '09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020',
  publicKeyY: 'CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13',
  userId: '1234567812345678',
  message: 'message digest',
  za: 'B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3',
  e: 'F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640',
  k: '59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21',
  r: 'F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3',
  s: 'B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA',
};
const examplePublicKey = `04${EXAMPLE.publicKeyX}${EXAMPLE.publicKeyY}`.toLowerCase();
const exampleSignature = `${EXAMPLE.r}${EXAMPLE.s}`;

describe('SM2 published example (GM/T 0003.5-2012 / GB/T 32918.5-2017 Annex A.2)', () => {
  it('derives the published public key from the private key', () => {
    expect(publicKeyFromPrivateKey(EXAMPLE.privateKey)).toBe(examplePublicKey);
  });

  it('computes the published Z_A and message digest e with the library we sign with', () => {
    expect(Buffer.from(sm2.getZ(examplePublicKey, EXAMPLE.userId)).toString('hex')).toBe(EXAMPLE.za.toLowerCase());
    expect(sm2.getHash(sm2.utf8ToHex(EXAMPLE.message), examplePublicKey, EXAMPLE.userId)).toBe(EXAMPLE.e.toLowerCase());
  });

  it('reproduces the published (r, s) when the library is given the published k', () => {
    const x1 = BigInt(`0x${sm2.getPublicKeyFromPrivateKey(EXAMPLE.k.toLowerCase()).slice(2, 66)}`);
    const signature = sm2.doSignature(EXAMPLE.message, EXAMPLE.privateKey.toLowerCase(), {
      hash: true, userId: EXAMPLE.userId, pointPool: [{ k: BigInt(`0x${EXAMPLE.k}`), x1 }],
    });
    expect(signature).toBe(exampleSignature.toLowerCase());
  });

  it('verifies the published signature against the published public key', () => {
    expect(verifySm2(EXAMPLE.message, exampleSignature, examplePublicKey, EXAMPLE.userId)).toBe(true);
  });

  it('rejects the published signature for another user id or message', () => {
    expect(verifySm2(EXAMPLE.message, exampleSignature, examplePublicKey, 'ALICE123@YAHOO.COM')).toBe(false);
    expect(verifySm2('message digesT', exampleSignature, examplePublicKey, EXAMPLE.userId)).toBe(false);
  });
});

describe('signSm2 / verifySm2', () => {
  const keys = generateKeyPair();
  const message = '{"parcel":"140100-2025-001","investmentIntensity":300}';

  it('generates a 64-hex private key and its uncompressed public key', () => {
    expect(keys.privateKeyHex).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.publicKeyHex).toMatch(/^04[0-9a-f]{128}$/);
    expect(publicKeyFromPrivateKey(keys.privateKeyHex)).toBe(keys.publicKeyHex);
  });

  it('round-trips a string and bytes message with the default user id', () => {
    const signature = signSm2(message, keys.privateKeyHex);
    expect(signature).toMatch(/^[0-9a-f]{128}$/);
    expect(verifySm2(message, signature, keys.publicKeyHex)).toBe(true);
    expect(verifySm2(new TextEncoder().encode(message), signature, keys.publicKeyHex, DEFAULT_SM2_USER_ID)).toBe(true);
  });

  it('signs randomly: two signatures differ and both verify', () => {
    const a = signSm2(message, keys.privateKeyHex);
    const b = signSm2(message, keys.privateKeyHex);
    expect(a).not.toBe(b);
    expect(verifySm2(message, b, keys.publicKeyHex)).toBe(true);
  });

  it('fails for a tampered message', () => {
    const signature = signSm2(message, keys.privateKeyHex);
    expect(verifySm2(message.replace('300', '301'), signature, keys.publicKeyHex)).toBe(false);
  });

  it('fails for a wrong public key', () => {
    const signature = signSm2(message, keys.privateKeyHex);
    expect(verifySm2(message, signature, generateKeyPair().publicKeyHex)).toBe(false);
  });

  it('fails for a different user id', () => {
    const signature = signSm2(message, keys.privateKeyHex, 'enterprise-42');
    expect(verifySm2(message, signature, keys.publicKeyHex, 'enterprise-42')).toBe(true);
    expect(verifySm2(message, signature, keys.publicKeyHex)).toBe(false);
  });

  it('returns false, not an exception, for malformed signatures and keys', () => {
    const signature = signSm2(message, keys.privateKeyHex);
    expect(verifySm2(message, signature.slice(2), keys.publicKeyHex)).toBe(false);
    expect(verifySm2(message, '0'.repeat(128), keys.publicKeyHex)).toBe(false);
    expect(verifySm2(message, 'f'.repeat(128), keys.publicKeyHex)).toBe(false);
    expect(verifySm2(message, signature, `04${'1'.repeat(128)}`)).toBe(false);
    expect(verifySm2(message, signature, keys.publicKeyHex.slice(2))).toBe(false);
  });

  it('refuses private keys that are not 64 hex digits or are outside [1, n − 2]', () => {
    expect(() => signSm2(message, 'xyz')).toThrow(Sm2KeyError);
    expect(() => signSm2(message, '0'.repeat(64))).toThrow(Sm2KeyError);
    expect(() => signSm2(message, 'fffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54122')).toThrow(Sm2KeyError);
  });
});
