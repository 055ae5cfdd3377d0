// SQL of the commitment system: letters, their indicators, verifications and credit records.
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { ParcelStatus } from '../domain/parcel-status';
import type { SignedDocument } from '../signatures';
import type { CommittedIndicator } from './committed-indicators';
import type { CommitmentStatus } from './commitment-status';
import type { LetterDocument } from './letter-document';

export interface CommitmentRow {
  id: string;
  parcelCode: string;
  parcelName: string;
  zoneCode: string;
  zoneName: string;
  parcelStatus: ParcelStatus;
  uscc: string;
  enterpriseName: string;
  legalRepresentative: string;
  contactName: string;
  contactPhone: string;
  projectCode: string;
  projectName: string;
  industryCode: string | null;
  status: CommitmentStatus;
  startBy: string;
  completeBy: string;
  outputBy: string;
  document: LetterDocument;
  signature: SignedDocument | null;
  authorityId: string;
  authorityName: string;
  terminatedReason: string | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  inForceAt: string | null;
  closedAt: string | null;
}

export interface LockedCommitment {
  id: string;
  parcelCode: string;
  uscc: string;
  status: CommitmentStatus;
  version: number;
  document: LetterDocument;
  signature: SignedDocument | null;
  authorityId: string;
  authorityName: string;
}

export interface VerificationRow {
  id: number;
  stage: 'completion' | 'output';
  attempt: number;
  passed: boolean;
  results: unknown[];
  figures: Record<string, unknown>;
  sitePlan: unknown;
  checkReport: unknown;
  note: string;
  rectifyBy: string | null;
  verifiedBy: string;
  verifiedAt: string;
}

export interface CreditRecordRow {
  id: string;
  kind: 'kept' | 'broken';
  indicatorKey: string | null;
  committedValue: number | null;
  actualValue: number | null;
  margin: number | null;
  reason: string;
  decidedAt: string;
}

export interface ParcelForLetter {
  code: string;
  name: string;
  status: ParcelStatus;
  zoneCode: string;
  zoneName: string;
  divisionCode: string;
  location: string;
  areaM2: number;
  areaMu: number;
  landUseCode: string;
  industryCode: string | null;
  workflowState: string;
}

export async function lockParcelForLetter(tx: Queryable, code: string): Promise<ParcelForLetter | undefined> {
  return (await tx.query<ParcelForLetter>(sql('commitments/parcel-for-letter'), [code])).rows[0];
}

export async function nextCommitmentId(tx: Queryable, at: Date): Promise<string> {
  return (await tx.query<{ id: string }>(sql('commitments/next-id'), [at.toISOString()])).rows[0]!.id;
}

export async function nextCreditRecordId(tx: Queryable): Promise<string> {
  return (await tx.query<{ id: string }>(sql('commitments/next-credit-id'))).rows[0]!.id;
}

export async function commitmentByIdempotencyKey(db: Queryable, key: string): Promise<{ id: string; createdBy: string } | undefined> {
  return (await db.query<{ id: string; createdBy: string }>(sql('commitments/by-idempotency-key'), [key])).rows[0];
}

export async function insertCommitment(
  tx: Queryable,
  doc: LetterDocument,
  indicators: readonly CommittedIndicator[],
  idempotencyKey: string | null,
  createdBy: string,
  at: Date,
): Promise<void> {
  await tx.query(sql('commitments/insert'), [
    doc.id, doc.parcel.code, doc.enterprise.uscc, doc.project.code, doc.project.name, doc.project.industryCode,
    doc.deadlines.startBy, doc.deadlines.completeBy, doc.deadlines.outputBy, JSON.stringify(doc), doc.authority.id, doc.authority.name,
    idempotencyKey, createdBy, at.toISOString(),
  ]);
  for (const i of indicators) {
    await tx.query(sql('commitments/insert-indicator'), [
      doc.id, i.key, i.comparator, i.value, i.valueMax, i.textValue, i.unit, i.parcelValue, i.parcelValueMax, i.parcelTextValue, i.stage,
    ]);
  }
}

export async function getCommitment(db: Queryable, id: string): Promise<CommitmentRow | undefined> {
  return (await db.query<CommitmentRow>(sql('commitments/get'), [id])).rows[0];
}

export async function lockCommitment(tx: Queryable, id: string): Promise<LockedCommitment | undefined> {
  return (await tx.query<LockedCommitment>(sql('commitments/lock'), [id])).rows[0];
}

export async function committedIndicators(db: Queryable, id: string): Promise<CommittedIndicator[]> {
  return (await db.query<CommittedIndicator>(sql('commitments/indicators'), [id])).rows.map((r) => ({ ...r, areaBase: 'gross' }));
}

export async function setCommitmentStatus(
  tx: Queryable,
  id: string,
  status: CommitmentStatus,
  at: Date,
  changes: { signature?: SignedDocument; terminatedReason?: string } = {},
): Promise<{ version: number }> {
  const { rows } = await tx.query<{ version: number }>(sql('commitments/set-status'), [
    id, status, changes.signature ? JSON.stringify(changes.signature) : null, changes.terminatedReason ?? null, at.toISOString(),
  ]);
  return rows[0]!;
}

export async function verificationsOf(db: Queryable, id: string): Promise<VerificationRow[]> {
  return (await db.query<VerificationRow>(sql('commitments/verifications'), [id])).rows;
}

export async function insertVerification(
  tx: Queryable,
  v: { commitmentId: string; stage: string; attempt: number; passed: boolean; results: unknown; figures: unknown; sitePlan: unknown; checkReport: unknown; note: string; rectifyBy: string | null; verifiedBy: string },
): Promise<number> {
  const { rows } = await tx.query<{ id: number | string }>(sql('commitments/insert-verification'), [
    v.commitmentId, v.stage, v.attempt, v.passed, JSON.stringify(v.results), JSON.stringify(v.figures),
    v.sitePlan === undefined ? null : JSON.stringify(v.sitePlan), v.checkReport === undefined ? null : JSON.stringify(v.checkReport),
    v.note, v.rectifyBy, v.verifiedBy,
  ]);
  return Number(rows[0]!.id);
}

export async function creditRecordsOfCommitment(db: Queryable, id: string): Promise<CreditRecordRow[]> {
  return (await db.query<CreditRecordRow>(sql('commitments/credit-records'), [id])).rows;
}

export interface CommitmentSummary {
  id: string;
  parcelCode: string;
  parcelName: string;
  zoneCode: string;
  uscc: string;
  enterpriseName: string;
  projectName: string;
  status: CommitmentStatus;
  startBy: string;
  completeBy: string;
  outputBy: string;
  createdAt: string;
  updatedAt: string;
}

export async function listCommitments(
  db: Queryable,
  filter: { parcelCode: string | null; uscc: string | null; statuses: readonly string[] | null },
  limit: number,
  offset: number,
): Promise<{ total: number; items: CommitmentSummary[] }> {
  const { rows } = await db.query<CommitmentSummary & { total: number | string }>(sql('commitments/list'), [
    filter.parcelCode, filter.uscc, filter.statuses, limit, offset,
  ]);
  return { total: Number(rows[0]?.total ?? 0), items: rows.map(({ total: _total, ...item }) => item) };
}

export interface OpenMilestoneRow {
  id: string;
  parcelCode: string;
  parcelName: string;
  zoneCode: string;
  enterpriseName: string;
  status: CommitmentStatus;
  parcelStatus: ParcelStatus;
  startBy: string;
  completeBy: string;
  outputBy: string;
  completionPassed: boolean;
  outputPassed: boolean;
  rectifyBy: string | null;
}

export async function openMilestones(db: Queryable, parcelCode: string | null): Promise<OpenMilestoneRow[]> {
  return (await db.query<OpenMilestoneRow>(sql('commitments/open-milestones'), [parcelCode])).rows;
}
