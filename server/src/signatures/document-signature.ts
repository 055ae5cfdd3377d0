// Signing a commitment letter (承诺书) or agreement: each signer signs the document's SM3 digest,
// and a public verify page later says authentic / altered / revoked (security.md "Signatures").
//
// These signatures are an integrity and audit mark made with the platform's own keys. They are NOT
// a legally valid electronic seal (电子签章, GB/T 38540), which needs certificates from an
// accredited CA or seal platform; the UI must say so (libraries.md §5).
//
// What is signed: the document is reduced to canonical JSON (canonical-json.ts) and hashed with
// SM3 → digestSm3Hex. Each signer then SM2-signs the canonical JSON of its own signed attributes
// { format, digestSm3Hex, role, keyId, signedAt } (like CMS signedAttrs), so the role, key id and
// time cannot be changed either. SM2 adds Z_A over the signer's public key and the default user id.
// A later signer (an authority countersigning) calls signDocument on the same document and appends
// its signature: the digest is the same.
import { CanonicalJsonError, canonicalJson } from './canonical-json';
import { sm3Hex } from './sm3';
import { publicKeyFromPrivateKey, signSm2, Sm2KeyError, verifySm2 } from './sm2';

export const SIGNATURE_FORMAT = 'sm2-sm3-canonical-json-v1';

export const SIGNER_ROLES = ['enterprise', 'authority'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

export interface DocumentSigner {
  role: SignerRole;
  keyId: string;
  privateKeyHex: string;
  publicKeyHex: string;
}

export interface DocumentSignature {
  role: SignerRole;
  keyId: string;
  publicKeyHex: string;
  /** SM2 r ‖ s, 128 hex digits. */
  signatureHex: string;
  /** ISO 8601 UTC. */
  signedAt: string;
}

export interface SignedDocument {
  format: typeof SIGNATURE_FORMAT;
  digestSm3Hex: string;
  /** The exact text that was hashed, kept so a reviewer can see what was signed. */
  canonical: string;
  signatures: DocumentSignature[];
}

export const VERIFICATION_STATUSES = {
  AUTHENTIC: 'authentic',
  ALTERED: 'altered',
  REVOKED: 'revoked',
  INVALID_SIGNATURE: 'invalid_signature',
} as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[keyof typeof VERIFICATION_STATUSES];

export const VERIFICATION_REASONS = {
  ALL_SIGNATURES_VALID: 'ALL_SIGNATURES_VALID',
  /** The document's digest differs from the signed one. */
  DOCUMENT_CHANGED: 'DOCUMENT_CHANGED',
  /** The document cannot be put into canonical JSON at all (e.g. contains NaN). */
  NOT_CANONICAL_JSON: 'NOT_CANONICAL_JSON',
  /** The stored canonical text does not hash to the stored digest: the record itself was edited. */
  RECORD_INCONSISTENT: 'RECORD_INCONSISTENT',
  UNSUPPORTED_FORMAT: 'UNSUPPORTED_FORMAT',
  NO_SIGNATURES: 'NO_SIGNATURES',
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  /** The key id is not among the trusted keys, or its registered public key differs. */
  UNTRUSTED_KEY: 'UNTRUSTED_KEY',
  REVOKED: 'REVOKED',
} as const;
export type VerificationReason = (typeof VERIFICATION_REASONS)[keyof typeof VERIFICATION_REASONS];

export type SignatureCheck = { role: SignerRole; keyId: string } & (
  | { valid: true }
  | { valid: false; reason: typeof VERIFICATION_REASONS.BAD_SIGNATURE | typeof VERIFICATION_REASONS.UNTRUSTED_KEY }
);
type FailedCheck = Extract<SignatureCheck, { valid: false }>;

export interface DocumentVerification {
  status: VerificationStatus;
  details: {
    reason: VerificationReason;
    /** Recomputed from the presented document; null when it is not canonical JSON. */
    digestSm3Hex: string | null;
    signedDigestSm3Hex: string;
    signatures: SignatureCheck[];
  };
}

export interface VerifyOptions {
  /** The letter was withdrawn; wins over authentic, not over altered or invalid. */
  revoked?: boolean;
  /**
   * keyId → registered public key. Without it a signature is checked only against the public key
   * it carries, which proves integrity but not who signed: anyone can re-sign with a key of their own.
   */
  trustedKeys?: ReadonlyMap<string, string>;
}

export function signDocument(doc: unknown, signers: readonly DocumentSigner[], now: Date = new Date()): SignedDocument {
  if (signers.length === 0) throw new RangeError('signDocument needs at least one signer');
  const canonical = canonicalJson(doc);
  const digestSm3Hex = sm3Hex(canonical);
  const signedAt = now.toISOString();
  const signatures = signers.map((signer): DocumentSignature => {
    const publicKeyHex = signer.publicKeyHex.toLowerCase();
    // Catch a misconfigured key pair now rather than as a failed verification years later.
    if (publicKeyFromPrivateKey(signer.privateKeyHex) !== publicKeyHex) {
      throw new Sm2KeyError(`public key of signer "${signer.keyId}" does not belong to its private key`);
    }
    const attributes = signedAttributes(digestSm3Hex, signer.role, signer.keyId, signedAt);
    return { role: signer.role, keyId: signer.keyId, publicKeyHex, signatureHex: signSm2(attributes, signer.privateKeyHex), signedAt };
  });
  return { format: SIGNATURE_FORMAT, digestSm3Hex, canonical, signatures };
}

export function verifyDocument(doc: unknown, signed: SignedDocument, options: VerifyOptions = {}): DocumentVerification {
  const digestSm3Hex = digestOrNull(doc);
  const signatures = signed.signatures.map((signature) => checkSignature(signature, signed.digestSm3Hex, options.trustedKeys));
  const result = (status: VerificationStatus, reason: VerificationReason): DocumentVerification => ({
    status,
    details: { reason, digestSm3Hex, signedDigestSm3Hex: signed.digestSm3Hex, signatures },
  });

  if (digestSm3Hex === null) return result(VERIFICATION_STATUSES.ALTERED, VERIFICATION_REASONS.NOT_CANONICAL_JSON);
  if (digestSm3Hex !== signed.digestSm3Hex) return result(VERIFICATION_STATUSES.ALTERED, VERIFICATION_REASONS.DOCUMENT_CHANGED);
  if (sm3Hex(signed.canonical) !== signed.digestSm3Hex) return result(VERIFICATION_STATUSES.ALTERED, VERIFICATION_REASONS.RECORD_INCONSISTENT);
  if (signed.format !== SIGNATURE_FORMAT) return result(VERIFICATION_STATUSES.INVALID_SIGNATURE, VERIFICATION_REASONS.UNSUPPORTED_FORMAT);
  if (signatures.length === 0) return result(VERIFICATION_STATUSES.INVALID_SIGNATURE, VERIFICATION_REASONS.NO_SIGNATURES);
  const failed = signatures.find((check): check is FailedCheck => !check.valid);
  if (failed) return result(VERIFICATION_STATUSES.INVALID_SIGNATURE, failed.reason);
  if (options.revoked === true) return result(VERIFICATION_STATUSES.REVOKED, VERIFICATION_REASONS.REVOKED);
  return result(VERIFICATION_STATUSES.AUTHENTIC, VERIFICATION_REASONS.ALL_SIGNATURES_VALID);
}

function signedAttributes(digestSm3Hex: string, role: SignerRole, keyId: string, signedAt: string): string {
  return canonicalJson({ format: SIGNATURE_FORMAT, digestSm3Hex, role, keyId, signedAt });
}

function checkSignature(signature: DocumentSignature, digestSm3Hex: string, trustedKeys: ReadonlyMap<string, string> | undefined): SignatureCheck {
  const { role, keyId, publicKeyHex, signatureHex, signedAt } = signature;
  if (trustedKeys && trustedKeys.get(keyId)?.toLowerCase() !== publicKeyHex.toLowerCase()) {
    return { role, keyId, valid: false, reason: VERIFICATION_REASONS.UNTRUSTED_KEY };
  }
  return verifySm2(signedAttributes(digestSm3Hex, role, keyId, signedAt), signatureHex, publicKeyHex)
    ? { role, keyId, valid: true }
    : { role, keyId, valid: false, reason: VERIFICATION_REASONS.BAD_SIGNATURE };
}

function digestOrNull(doc: unknown): string | null {
  try {
    return sm3Hex(canonicalJson(doc));
  } catch (error) {
    if (error instanceof CanonicalJsonError) return null;
    throw error;
  }
}
