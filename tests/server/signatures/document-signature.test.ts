import { describe, expect, it } from 'vitest';
import {
  SIGNATURE_FORMAT, VERIFICATION_REASONS, VERIFICATION_STATUSES, signDocument, verifyDocument,
  type DocumentSigner, type SignedDocument,
} from '../../../server/src/signatures/document-signature';
import { canonicalJson } from '../../../server/src/signatures/canonical-json';
import { sm3Hex } from '../../../server/src/signatures/sm3';
import { generateKeyPair, Sm2KeyError } from '../../../server/src/signatures/sm2';

const enterpriseKeys = generateKeyPair();
const authorityKeys = generateKeyPair();
const enterprise: DocumentSigner = { role: 'enterprise', keyId: 'ent-91140100MA0K3C7A04-1', ...enterpriseKeys };
const authority: DocumentSigner = { role: 'authority', keyId: 'zone-taiyuan-2025', ...authorityKeys };
const trustedKeys = new Map([
  [enterprise.keyId, enterprise.publicKeyHex],
  [authority.keyId, authority.publicKeyHex],
]);
const signedAt = new Date('2025-03-01T02:00:00Z');

// A fictional commitment letter (承诺书) for a standard-land parcel.
function letter() {
  return {
    letterId: 'CL-2025-0001',
    parcelCode: '140100-2025-001',
    enterprise: { uscc: '91140100MA0K3C7A04', name: '示例新材料有限公司' },
    indicators: [
      { key: 'investmentIntensity', unit: '万元/亩', bound: 'min', value: 300 },
      { key: 'floorAreaRatio', unit: 'ratio', bound: 'min', value: 1.2 },
      { key: 'taxPerMu', unit: '万元/亩·年', bound: 'min', value: 15 },
    ],
    deadlines: { constructionStartMonths: 6, completionMonths: 24 },
  };
}

const signedLetter = (): SignedDocument => signDocument(letter(), [enterprise, authority], signedAt);

describe('signDocument', () => {
  it('records the canonical text, its SM3 digest and one signature per signer', () => {
    const signed = signedLetter();
    expect(signed.format).toBe(SIGNATURE_FORMAT);
    expect(signed.canonical).toBe(canonicalJson(letter()));
    expect(signed.digestSm3Hex).toBe(sm3Hex(signed.canonical));
    expect(signed.signatures.map(({ role, keyId, publicKeyHex, signedAt: at }) => ({ role, keyId, publicKeyHex, at }))).toEqual([
      { role: 'enterprise', keyId: enterprise.keyId, publicKeyHex: enterprise.publicKeyHex, at: '2025-03-01T02:00:00.000Z' },
      { role: 'authority', keyId: authority.keyId, publicKeyHex: authority.publicKeyHex, at: '2025-03-01T02:00:00.000Z' },
    ]);
    for (const signature of signed.signatures) expect(signature.signatureHex).toMatch(/^[0-9a-f]{128}$/);
  });

  it('gives the same digest whatever the key order of the document', () => {
    const { letterId, parcelCode, ...rest } = letter();
    const reordered = { ...rest, parcelCode, letterId };
    expect(signDocument(reordered, [enterprise]).digestSm3Hex).toBe(signedLetter().digestSm3Hex);
  });

  it('refuses a signer whose public key does not belong to its private key', () => {
    const mismatched: DocumentSigner = { ...enterprise, publicKeyHex: authority.publicKeyHex };
    expect(() => signDocument(letter(), [mismatched])).toThrow(Sm2KeyError);
  });

  it('refuses to sign with no signers', () => {
    expect(() => signDocument(letter(), [])).toThrow(RangeError);
  });
});

describe('verifyDocument', () => {
  it('says authentic for the signed document, also against the trusted key registry', () => {
    const signed = signedLetter();
    const result = verifyDocument(letter(), signed, { trustedKeys });
    expect(result.status).toBe(VERIFICATION_STATUSES.AUTHENTIC);
    expect(result.details.signatures.every((check) => check.valid)).toBe(true);
    expect(verifyDocument(letter(), signed).status).toBe(VERIFICATION_STATUSES.AUTHENTIC);
  });

  it('accepts a countersignature appended later', () => {
    const first = signDocument(letter(), [enterprise], signedAt);
    const second = signDocument(letter(), [authority], new Date('2025-03-05T08:00:00Z'));
    const combined: SignedDocument = { ...first, signatures: [...first.signatures, ...second.signatures] };
    expect(verifyDocument(letter(), combined, { trustedKeys }).status).toBe(VERIFICATION_STATUSES.AUTHENTIC);
  });

  it('says altered when one committed indicator value changes', () => {
    const signed = signedLetter();
    const tampered = letter();
    tampered.indicators[0]!.value = 250;
    const result = verifyDocument(tampered, signed, { trustedKeys });
    expect(result.status).toBe(VERIFICATION_STATUSES.ALTERED);
    expect(result.details.reason).toBe(VERIFICATION_REASONS.DOCUMENT_CHANGED);
    expect(result.details.digestSm3Hex).not.toBe(signed.digestSm3Hex);
  });

  it('says altered, not revoked, for a changed copy of a revoked letter', () => {
    const tampered = { ...letter(), parcelCode: '140100-2025-002' };
    expect(verifyDocument(tampered, signedLetter(), { revoked: true }).status).toBe(VERIFICATION_STATUSES.ALTERED);
  });

  it('says altered when the document cannot be canonicalised', () => {
    const broken = { ...letter(), deadlines: { constructionStartMonths: Number.NaN } };
    const result = verifyDocument(broken, signedLetter());
    expect(result.status).toBe(VERIFICATION_STATUSES.ALTERED);
    expect(result.details.reason).toBe(VERIFICATION_REASONS.NOT_CANONICAL_JSON);
  });

  it('says altered when the stored canonical text was edited', () => {
    const signed = signedLetter();
    const edited = { ...signed, canonical: signed.canonical.replace('300', '250') };
    expect(verifyDocument(letter(), edited).details.reason).toBe(VERIFICATION_REASONS.RECORD_INCONSISTENT);
  });

  it('says revoked for an intact but revoked letter', () => {
    const result = verifyDocument(letter(), signedLetter(), { revoked: true, trustedKeys });
    expect(result.status).toBe(VERIFICATION_STATUSES.REVOKED);
  });

  it('says invalid_signature when a signature was changed', () => {
    const signed = signedLetter();
    const [first, second] = signed.signatures;
    const bad = `${first!.signatureHex.slice(0, -1)}${first!.signatureHex.endsWith('0') ? '1' : '0'}`;
    const result = verifyDocument(letter(), { ...signed, signatures: [{ ...first!, signatureHex: bad }, second!] });
    expect(result.status).toBe(VERIFICATION_STATUSES.INVALID_SIGNATURE);
    expect(result.details.reason).toBe(VERIFICATION_REASONS.BAD_SIGNATURE);
  });

  it('says invalid_signature when the signed time or role was changed', () => {
    const signed = signedLetter();
    const [first, second] = signed.signatures;
    const redated = { ...signed, signatures: [{ ...first!, signedAt: '2024-01-01T00:00:00.000Z' }, second!] };
    expect(verifyDocument(letter(), redated).status).toBe(VERIFICATION_STATUSES.INVALID_SIGNATURE);
    const recast = { ...signed, signatures: [{ ...first!, role: 'authority' as const }, second!] };
    expect(verifyDocument(letter(), recast).status).toBe(VERIFICATION_STATUSES.INVALID_SIGNATURE);
  });

  it('says invalid_signature for a document re-signed with a key not in the registry', () => {
    const tampered = { ...letter(), parcelCode: '140100-2025-009' };
    const forger = { ...generateKeyPair(), role: 'authority' as const, keyId: authority.keyId };
    const forged = signDocument(tampered, [forger]);
    expect(verifyDocument(tampered, forged).status).toBe(VERIFICATION_STATUSES.AUTHENTIC);
    const result = verifyDocument(tampered, forged, { trustedKeys });
    expect(result.status).toBe(VERIFICATION_STATUSES.INVALID_SIGNATURE);
    expect(result.details.reason).toBe(VERIFICATION_REASONS.UNTRUSTED_KEY);
  });

  it('says invalid_signature when there are no signatures', () => {
    const result = verifyDocument(letter(), { ...signedLetter(), signatures: [] });
    expect(result.details.reason).toBe(VERIFICATION_REASONS.NO_SIGNATURES);
  });

  it('says invalid_signature for an unknown format', () => {
    const signed = { ...signedLetter(), format: 'other' } as unknown as SignedDocument;
    expect(verifyDocument(letter(), signed).details.reason).toBe(VERIFICATION_REASONS.UNSUPPORTED_FORMAT);
  });
});
