// SM2 key pairs of the signers (issue #5): one per enterprise and one per authority, created on
// first use. Private keys never leave the server and are stored only encrypted under the master key.
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import { decryptPrivateKey, type DocumentSigner, encryptPrivateKey, type EncryptedPrivateKey, generateKeyPair, type SignerRole } from '../signatures';

export interface SignerIdentity {
  role: SignerRole;
  /** USCC for an enterprise, the authority id (zone:<code>) for an authority. */
  ownerId: string;
  ownerName: string;
}

interface StoredKey {
  keyId: string;
  ownerName: string;
  publicKeyHex: string;
  privateKey: EncryptedPrivateKey;
}

export function keyIdOf(identity: Pick<SignerIdentity, 'role' | 'ownerId'>): string {
  return `${identity.role}:${identity.ownerId.replace(/[^0-9A-Za-z._-]/g, '_')}`;
}

async function storedKey(tx: Queryable, identity: SignerIdentity): Promise<StoredKey | undefined> {
  const { rows } = await tx.query<StoredKey>(sql('signing-keys/get-by-owner'), [identity.role, identity.ownerId]);
  return rows[0];
}

/** The signer's key pair, generated and stored (encrypted) the first time it signs. */
export async function signerFor(tx: Queryable, identity: SignerIdentity, masterKey: Buffer): Promise<DocumentSigner> {
  let key = await storedKey(tx, identity);
  if (!key) {
    const pair = generateKeyPair();
    await tx.query(sql('signing-keys/insert'), [
      keyIdOf(identity), identity.role, identity.ownerId, identity.ownerName, pair.publicKeyHex, JSON.stringify(encryptPrivateKey(pair.privateKeyHex, masterKey)),
    ]);
    key = await storedKey(tx, identity);
    if (!key) throw new Error(`signing key of ${identity.ownerId} was not stored`);
  }
  return { role: identity.role, keyId: key.keyId, publicKeyHex: key.publicKeyHex, privateKeyHex: decryptPrivateKey(key.privateKey, masterKey) };
}

/** keyId → registered public key, for verifyDocument's trustedKeys. */
export async function trustedKeys(db: Queryable, keyIds: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await db.query<{ keyId: string; publicKeyHex: string }>(sql('signing-keys/public-keys'), [keyIds]);
  return new Map(rows.map((r) => [r.keyId, r.publicKeyHex]));
}
