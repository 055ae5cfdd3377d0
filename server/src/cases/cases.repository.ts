// Runs sql/queries/cases/*.sql and maps rows to the types the cases service and view use.
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { MaterialSource, RequiredMaterial } from '../approval-items/approval-item';
import type { CommitmentStatus } from '../commitments/commitment-status';
import type { ParcelStatus } from '../domain/parcel-status';
import type { UploadedVersion } from '../materials/material-holdings';
import type { CaseEventKind } from './case-events';
import type { Channel, ConfirmationMethod } from './channels';
import type { ItemStatus } from './item-status';

export interface CreateContext {
  enterpriseName: string | null;
  parcelCode: string | null;
  parcelStatus: ParcelStatus | null;
  countyCode: string | null;
  commitmentId: string | null;
  commitmentUscc: string | null;
  commitmentParcelCode: string | null;
  commitmentStatus: CommitmentStatus | null;
  commitmentProjectCode: string | null;
  commitmentProjectName: string | null;
}

export async function createContext(tx: Queryable, uscc: string, parcelCode: string, commitmentId: string | null): Promise<CreateContext> {
  const { rows } = await tx.query<CreateContext>(sql('cases/create-context'), [uscc, parcelCode, commitmentId]);
  return rows[0] as CreateContext;
}

export async function nextSerial(tx: Queryable, divisionCode: string, year: number): Promise<number> {
  const { rows } = await tx.query<{ serial: number }>(sql('cases/next-serial'), [divisionCode, year]);
  return Number(rows[0]?.serial);
}

export interface NewCaseRow {
  code: string;
  uscc: string;
  parcelCode: string;
  commitmentId: string | null;
  bundleCode: string | null;
  projectCode: string | null;
  projectName: string;
  originChannel: Channel;
  assignedAgent: string | null;
  contactName: string;
  contactPhone: string;
  confirmedBy: string;
  confirmationMethod: ConfirmationMethod;
  openedAt: Date;
  createdBy: string;
  idempotencyKey: string | null;
  recordedAt: Date;
}

export async function insertCase(tx: Queryable, c: NewCaseRow, itemCodes: readonly string[]): Promise<void> {
  await tx.query(sql('cases/insert-case'), [
    c.code, c.uscc, c.parcelCode, c.commitmentId, c.bundleCode, c.projectCode, c.projectName, c.originChannel, c.assignedAgent,
    c.contactName, c.contactPhone, c.confirmedBy, c.confirmationMethod, c.openedAt, c.createdBy, c.idempotencyKey, c.recordedAt,
  ]);
  await tx.query(sql('cases/insert-items'), [c.code, itemCodes]);
}

export async function findCaseByIdempotencyKey(tx: Queryable, key: string): Promise<{ code: string; uscc: string; createdBy: string } | null> {
  const { rows } = await tx.query<{ code: string; uscc: string; createdBy: string }>(sql('cases/find-by-idempotency-key'), [key]);
  return rows[0] ?? null;
}

export interface NewCaseEvent {
  caseCode: string;
  caseItemId: number | null;
  kind: CaseEventKind;
  fromStatus?: ItemStatus | null;
  toStatus?: ItemStatus | null;
  channel: Channel;
  actor: string;
  actorRole: string | null;
  onBehalfOf?: string | null;
  occurredAt: Date;
  recordedAt: Date;
  reason?: string | null;
  data?: Record<string, unknown> | null;
}

export async function insertEvent(tx: Queryable, e: NewCaseEvent): Promise<void> {
  await tx.query(sql('cases/insert-event'), [
    e.caseCode, e.caseItemId, e.kind, e.fromStatus ?? null, e.toStatus ?? null, e.channel, e.actor, e.actorRole, e.onBehalfOf ?? null,
    e.occurredAt, e.recordedAt, e.reason ?? null, e.data ? JSON.stringify(e.data) : null,
  ]);
}

export interface LockedCase {
  code: string;
  version: number;
  uscc: string;
  parcelCode: string;
  parcelStatus: ParcelStatus;
  commitmentId: string | null;
  commitmentStatus: CommitmentStatus | null;
  projectCode: string | null;
  createdAt: Date;
}

export async function lockCase(tx: Queryable, code: string): Promise<LockedCase | null> {
  const { rows } = await tx.query<LockedCase>(sql('cases/lock-case'), [code]);
  return rows[0] ?? null;
}

export interface CaseItemRef {
  id: number;
  itemCode: string;
  nameZh: string;
  status: ItemStatus;
  committedLimitDays: number;
  deficiencyAllowed: boolean;
  channels: Channel[];
  acceptedOn: string | null;
  suspendedSince: string | null;
  lastEventAt: Date | null;
}

export async function getCaseItem(tx: Queryable, caseCode: string, itemCode: string): Promise<CaseItemRef | null> {
  const { rows } = await tx.query<CaseItemRef>(sql('cases/get-item'), [caseCode, itemCode]);
  return rows[0] ?? null;
}

/** The columns a transition writes. */
export interface ItemState {
  status: ItemStatus;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  acceptedOn: string | null;
  dueOn: string | null;
  completedAt: Date | null;
  completedOn: string | null;
  supplementDueOn: string | null;
  deficiencyMaterials: string[];
  reason: string | null;
  resultDocumentNo: string | null;
}

export async function getItemState(tx: Queryable, itemId: number): Promise<ItemState> {
  const { rows } = await tx.query<ItemState>(sql('cases/get-item-state'), [itemId]);
  return rows[0] as ItemState;
}

export async function updateItem(tx: Queryable, itemId: number, s: ItemState): Promise<void> {
  await tx.query(sql('cases/update-item'), [
    itemId, s.status, s.submittedAt, s.acceptedAt, s.acceptedOn, s.dueOn, s.completedAt, s.completedOn, s.supplementDueOn,
    s.deficiencyMaterials, s.reason, s.resultDocumentNo,
  ]);
}

export async function requiredMaterials(tx: Queryable, itemCode: string): Promise<RequiredMaterial[]> {
  const { rows } = await tx.query<RequiredMaterial>(sql('cases/item-required-materials'), [itemCode]);
  return rows;
}

export async function latestUploads(tx: Queryable, uscc: string): Promise<Map<string, UploadedVersion>> {
  const { rows } = await tx.query<UploadedVersion & { type: string; uploadedAt: Date | string }>(sql('materials/latest-uploads'), [uscc]);
  return new Map(rows.map(({ type, ...v }) => [type, { ...v, uploadedAt: new Date(v.uploadedAt).toISOString() }]));
}

export interface UsedMaterial {
  type: string;
  source: MaterialSource;
  versionId: number | null;
}

export async function snapshotItemMaterials(tx: Queryable, itemId: number, used: readonly UsedMaterial[], at: Date): Promise<void> {
  if (used.length === 0) return;
  await tx.query(sql('cases/snapshot-item-materials'), [itemId, JSON.stringify(used), at]);
}

export async function bumpCaseVersion(tx: Queryable, code: string, at: Date): Promise<number> {
  const { rows } = await tx.query<{ version: number }>(sql('cases/bump-version'), [code, at]);
  return Number(rows[0]?.version);
}

export interface SuspensionRow {
  id: number;
  itemCode: string;
  caseItemId: number;
  from: string;
  to: string | null;
  reason: string;
}

export async function listSuspensions(tx: Queryable, caseCode: string): Promise<SuspensionRow[]> {
  const { rows } = await tx.query<SuspensionRow>(sql('cases/list-suspensions'), [caseCode]);
  return rows;
}

export async function startSuspension(tx: Queryable, itemId: number, from: string, reason: string, by: string): Promise<void> {
  await tx.query(sql('cases/insert-suspension'), [itemId, from, reason, by]);
}

export async function endSuspension(tx: Queryable, itemId: number, to: string, by: string, dueOn: string, suspendedWorkdays: number): Promise<void> {
  await tx.query(sql('cases/close-suspension'), [itemId, to, by, dueOn, suspendedWorkdays]);
}
