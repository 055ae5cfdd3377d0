// Materials stored once per enterprise (guide: 一次提交、多次复用): each upload of a type is a new
// version, typed by its bytes, kept in the database with its SHA-256 and reused by every item.
import { createHash } from 'node:crypto';
import type { AuditActor } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import type { Channel } from '../cases/channels';
import type { Db, Queryable } from '../db/db';
import { sql } from '../db/sql';
import { HttpError } from '../http/http-error';
import type { SessionUser } from '../users/user';
import type { UploadedVersion } from './material-holdings';
import { sniffContentType } from './sniff-content-type';

export interface MaterialFile {
  originalName: string;
  declaredType: string;
  bytes: Buffer;
}

/** Staff act for any enterprise; an enterprise only for itself. */
export function assertMaterialAccess(user: SessionUser, uscc: string): void {
  if (user.role === 'enterprise' && user.uscc !== uscc) {
    throw new HttpError(403, 'NOT_OWN_ENTERPRISE', "An enterprise sees and uploads only its own materials.");
  }
}

/** A display name without paths or control characters (the name is shown, never used as a path). */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('').trim();
  return (cleaned || 'material').slice(0, 200);
}

const bytea = (b: unknown): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b as Uint8Array));

export async function uploadMaterial(
  db: Db,
  input: { uscc: string; type: string; file: MaterialFile; channel: Channel },
  user: SessionUser,
  audit: AuditActor,
  now: Date,
): Promise<{ created: boolean; materialId: number; type: string; version: UploadedVersion }> {
  const { file } = input;
  if (file.bytes.length === 0) throw new HttpError(400, 'FILE_EMPTY', 'The file is empty.', { param: 'file' });
  const contentType = sniffContentType(file.bytes);
  if (contentType === null) {
    throw new HttpError(415, 'FILE_TYPE_NOT_ALLOWED', `Only PDF, PNG and JPEG files are accepted; "${safeFileName(file.originalName)}" is none of them (its content was checked, not its name or declared type ${file.declaredType}).`, {
      param: 'file',
      allowed: ['application/pdf', 'image/png', 'image/jpeg'],
    });
  }
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return db.transaction(async (tx) => {
    const type = (await tx.query<{ code: string }>(sql('materials/material-type'), [input.type])).rows[0];
    if (!type) throw new HttpError(400, 'UNKNOWN_MATERIAL_TYPE', `No material type "${input.type}".`, { param: 'type' });
    if ((await tx.query(sql('materials/enterprise-exists'), [input.uscc])).rows.length === 0) {
      throw new HttpError(422, 'UNKNOWN_ENTERPRISE', `No enterprise ${input.uscc} is registered.`, { param: 'uscc' });
    }
    const materialId = (await tx.query<{ id: number }>(sql('materials/upsert-material'), [input.uscc, input.type])).rows[0]?.id as number;
    const latest = (await tx.query<UploadedVersion>(sql('materials/latest-version'), [materialId])).rows[0];
    // The same bytes again are the same version: re-uploading never asks an item to look at a copy.
    if (latest && latest.sha256 === sha256) return { created: false, materialId, type: input.type, version: versionOut(latest) };
    const inserted = (
      await tx.query<UploadedVersion>(sql('materials/insert-version'), [
        materialId, safeFileName(file.originalName), contentType, file.bytes.length, sha256, file.bytes, input.channel, user.username, now,
      ])
    ).rows[0] as UploadedVersion;
    const version = versionOut(inserted);
    await appendAudit(tx, {
      ...audit,
      at: now,
      action: 'material.uploaded',
      entityType: 'material',
      entityId: `${input.uscc}/${input.type}`,
      after: { versionId: version.id, version: version.version, fileName: version.fileName, contentType, sizeBytes: version.sizeBytes, sha256 },
    });
    return { created: true, materialId, type: input.type, version };
  });
}

function versionOut(v: UploadedVersion): UploadedVersion {
  return { ...v, id: Number(v.id), uploadedAt: new Date(v.uploadedAt).toISOString() };
}

export async function listMaterials(db: Queryable, uscc: string): Promise<unknown[]> {
  const { rows } = await db.query(sql('materials/list-for-enterprise'), [uscc]);
  return rows;
}

export interface StoredVersion {
  id: number;
  uscc: string;
  type: string;
  version: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}

export async function readVersion(db: Queryable, id: number): Promise<StoredVersion | null> {
  const row = (await db.query<StoredVersion>(sql('materials/get-version-content'), [id])).rows[0];
  return row ? { ...row, content: bytea(row.content) } : null;
}
