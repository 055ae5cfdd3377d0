// Public surface of document signing (SM2/SM3). Integrity and audit marks only: not a legal
// electronic seal (GB/T 38540), see document-signature.ts.
export { CANONICAL_JSON_REASONS, CanonicalJsonError, canonicalJson, type CanonicalJsonReason } from './canonical-json';
export { sm3Hex } from './sm3';
export { DEFAULT_SM2_USER_ID, generateKeyPair, publicKeyFromPrivateKey, signSm2, Sm2KeyError, verifySm2, type Sm2KeyPair } from './sm2';
export {
  PRIVATE_KEY_CIPHER, PrivateKeyEncryptionError, decryptPrivateKey, encryptPrivateKey, type EncryptedPrivateKey,
} from './private-key-encryption';
export {
  SIGNATURE_FORMAT, SIGNER_ROLES, VERIFICATION_REASONS, VERIFICATION_STATUSES, signDocument, verifyDocument,
  type DocumentSignature, type DocumentSigner, type DocumentVerification, type SignatureCheck, type SignedDocument,
  type SignerRole, type VerificationReason, type VerificationStatus, type VerifyOptions,
} from './document-signature';
