// Reads everything the case view shows in a handful of queries (header, items, materials,
// suspensions, timeline, evaluations, the applicant's uploads).
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { ApprovalStage, MaterialSource, ServiceKind } from '../approval-items/approval-item';
import type { CommitmentStatus } from '../commitments/commitment-status';
import type { ParcelStatus } from '../domain/parcel-status';
import type { UploadedVersion } from '../materials/material-holdings';
import type { CaseEventKind, FilingStatus } from './case-events';
import { latestUploads, listSuspensions, type SuspensionRow } from './cases.repository';
import type { Channel, ConfirmationMethod } from './channels';
import type { ItemStatus } from './item-status';

export interface CaseHeaderRow {
  code: string;
  version: number;
  uscc: string;
  enterpriseName: string;
  legalRepresentative: string;
  enterpriseAddress: string;
  parcelCode: string;
  parcelName: string;
  parcelLocation: string;
  parcelStatus: ParcelStatus;
  zoneCode: string;
  zoneName: string;
  countyCode: string;
  countyName: string;
  cityName: string;
  commitmentId: string | null;
  commitmentStatus: CommitmentStatus | null;
  bundleCode: string | null;
  bundleNameZh: string | null;
  bundleNameEn: string | null;
  projectCode: string | null;
  projectName: string;
  filingStatus: FilingStatus;
  filingCheckedAt: Date | null;
  filingDetail: Record<string, unknown> | null;
  originChannel: Channel;
  assignedAgent: string | null;
  assignedAgentName: string | null;
  contactName: string;
  contactPhone: string;
  confirmedBy: string;
  confirmationMethod: ConfirmationMethod;
  confirmedAt: Date;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CaseItemRow {
  id: number;
  itemCode: string;
  seq: number;
  status: ItemStatus;
  nameZh: string;
  nameEn: string;
  departmentZh: string;
  departmentEn: string;
  stage: ApprovalStage;
  serviceKind: ServiceKind;
  deficiencyAllowed: boolean;
  channels: Channel[];
  feeYuan: number;
  resultZh: string;
  legalLimitDays: number;
  committedLimitDays: number;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  acceptedOn: string | null;
  dueOn: string | null;
  completedAt: Date | null;
  completedOn: string | null;
  suspendedSince: string | null;
  supplementDueOn: string | null;
  deficiencyMaterials: string[];
  reason: string | null;
  resultDocumentNo: string | null;
}

export interface ItemMaterialRow {
  itemCode: string;
  type: string;
  nameZh: string;
  nameEn: string;
  source: MaterialSource;
  key: boolean;
  usedSource: MaterialSource | null;
  usedVersionId: number | null;
  usedVersion: number | null;
  usedAt: Date | null;
}

export interface CaseEventRow {
  id: number;
  kind: CaseEventKind;
  itemCode: string | null;
  fromStatus: ItemStatus | null;
  toStatus: ItemStatus | null;
  channel: Channel;
  actor: string;
  actorRole: string | null;
  onBehalfOf: string | null;
  occurredAt: Date;
  recordedAt: Date;
  reason: string | null;
  data: Record<string, unknown> | null;
}

export interface EvaluationRow {
  itemCode: string | null;
  score: number;
  comment: string;
  channel: Channel;
  evaluatedAt: Date;
}

export interface CaseRecord {
  header: CaseHeaderRow;
  items: CaseItemRow[];
  materials: ItemMaterialRow[];
  suspensions: SuspensionRow[];
  events: CaseEventRow[];
  evaluations: EvaluationRow[];
  uploads: Map<string, UploadedVersion>;
}

export async function readCase(db: Queryable, code: string): Promise<CaseRecord | null> {
  const header = (await db.query<CaseHeaderRow>(sql('cases/get-case'), [code])).rows[0];
  if (!header) return null;
  const [items, materials, suspensions, events, evaluations, uploads] = await Promise.all([
    db.query<CaseItemRow>(sql('cases/get-items'), [code]).then((r) => r.rows),
    db.query<ItemMaterialRow>(sql('cases/get-item-materials'), [code]).then((r) => r.rows),
    listSuspensions(db, code),
    db.query<CaseEventRow>(sql('cases/get-events'), [code]).then((r) => r.rows),
    db.query<EvaluationRow>(sql('cases/get-evaluations'), [code]).then((r) => r.rows),
    latestUploads(db, header.uscc),
  ]);
  return { header, items, materials, suspensions, events, evaluations, uploads };
}
