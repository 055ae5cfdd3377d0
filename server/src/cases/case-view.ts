// The one body GET /api/cases/:code returns on every channel (online portal, hall window, kiosk,
// the QR code's page, the PDFs): the same record for everyone, with personal data masked unless the
// reader is hall staff or the applicant itself (security.md "Access"). Pure.
import type { IsoDate } from '../calendar/iso-date';
import { toDayNumber } from '../calendar/iso-date';
import type { ApprovalStage, MaterialSource, ServiceKind } from '../approval-items/approval-item';
import type { CommitmentStatus } from '../commitments/commitment-status';
import type { ParcelStatus } from '../domain/parcel-status';
import { maskPhone } from '../enterprises/masking';
import { holdingOf, type HoldingContext, type UploadedVersion } from '../materials/material-holdings';
import type { CaseEventKind, FilingStatus } from './case-events';
import type { CaseRecord, CaseItemRow } from './case-record';
import type { Channel, ConfirmationMethod } from './channels';
import { itemClock, type ItemClock } from './deadlines';
import { FINAL_STATUSES, RUNNING_STATUSES, type ItemStatus } from './item-status';

export interface MaterialView {
  type: string;
  nameZh: string;
  nameEn: string;
  /** Where the government can get it without asking the applicant. */
  source: MaterialSource;
  key: boolean;
  /** How it is held now (null = the applicant still has to bring it). */
  heldBy: MaterialSource | null;
  /** The applicant's newest upload of this material (`id` is the version's id). */
  upload: UploadedVersion | null;
  /** What the item was submitted or accepted with. */
  used: { source: MaterialSource; versionId: number | null; version: number | null; at: string } | null;
}

export interface EvaluationView {
  score: number;
  comment: string;
  channel: Channel;
  evaluatedAt: string;
}

export interface ItemView {
  itemCode: string;
  seq: number;
  nameZh: string;
  nameEn: string;
  departmentZh: string;
  departmentEn: string;
  stage: ApprovalStage;
  serviceKind: ServiceKind;
  status: ItemStatus;
  legalLimitDays: number;
  committedLimitDays: number;
  deficiencyAllowed: boolean;
  channels: Channel[];
  feeYuan: number;
  resultZh: string;
  submittedAt: string | null;
  acceptedOn: IsoDate | null;
  completedOn: IsoDate | null;
  deadline: ItemClock;
  suspension: { since: IsoDate; reason: string } | null;
  suspensions: { from: IsoDate; to: IsoDate | null; reason: string }[];
  deficiency: { supplementDueOn: IsoDate; materials: string[]; supplementOverdue: boolean } | null;
  reason: string | null;
  resultDocumentNo: string | null;
  materials: MaterialView[];
  evaluation: EvaluationView | null;
}

export interface EventView {
  id: number;
  kind: CaseEventKind;
  itemCode: string | null;
  fromStatus: ItemStatus | null;
  toStatus: ItemStatus | null;
  channel: Channel;
  /** The account that acted; masked (null) in the public view. */
  actor: string | null;
  actorRole: string | null;
  onBehalfOf: string | null;
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  data: Record<string, unknown> | null;
}

export interface CaseView {
  code: string;
  version: number;
  /** The case's public page: what its QR code encodes. */
  url: string;
  status: 'open' | 'finished';
  enterprise: { uscc: string; name: string; legalRepresentative: string | null; address: string };
  contact: { name: string; phone: string };
  parcel: { code: string; name: string; location: string; status: ParcelStatus; zoneCode: string; zoneName: string; countyCode: string; countyName: string; cityName: string };
  commitment: { id: string; status: CommitmentStatus | null } | null;
  project: { code: string | null; name: string; filingStatus: FilingStatus; filingCheckedAt: string | null };
  bundle: { code: string; nameZh: string; nameEn: string } | null;
  originChannel: Channel;
  assignedAgent: { username: string; name: string | null } | null;
  confirmation: { confirmedBy: string; method: ConfirmationMethod; confirmedAt: string };
  createdAt: string;
  updatedAt: string;
  progress: { total: number; completed: number; rejected: number; running: number; overdue: number; suspended: number };
  nextDueOn: IsoDate | null;
  /** The Beijing date the deadline figures were computed for. */
  today: IsoDate;
  items: ItemView[];
  timeline: EventView[];
  evaluation: EvaluationView | null;
}

export type CaseAudience = 'full' | 'public';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

function evaluationView(e: { score: number; comment: string; channel: Channel; evaluatedAt: Date }): EvaluationView {
  return { score: Number(e.score), comment: e.comment, channel: e.channel, evaluatedAt: new Date(e.evaluatedAt).toISOString() };
}

export function buildCaseView(record: CaseRecord, today: IsoDate, caseUrl: string): CaseView {
  const { header: h } = record;
  const ctx: HoldingContext = {
    enterpriseRegistered: true,
    parcelStatus: h.parcelStatus,
    commitmentStatus: h.commitmentStatus,
    uploads: record.uploads,
  };
  const items = record.items.map((row) => itemView(row, record, ctx, today));
  const running = items.filter((i) => RUNNING_STATUSES.includes(i.status));
  const dues = running.filter((i) => i.suspension === null && i.deadline.dueOn !== null).map((i) => i.deadline.dueOn as IsoDate);
  const caseEvaluation = record.evaluations.find((e) => e.itemCode === null);
  return {
    code: h.code,
    version: Number(h.version),
    url: caseUrl,
    status: items.length > 0 && items.every((i) => FINAL_STATUSES.includes(i.status)) ? 'finished' : 'open',
    enterprise: { uscc: h.uscc, name: h.enterpriseName, legalRepresentative: h.legalRepresentative, address: h.enterpriseAddress },
    contact: { name: h.contactName, phone: h.contactPhone },
    parcel: {
      code: h.parcelCode, name: h.parcelName, location: h.parcelLocation, status: h.parcelStatus, zoneCode: h.zoneCode, zoneName: h.zoneName,
      countyCode: h.countyCode, countyName: h.countyName, cityName: h.cityName,
    },
    commitment: h.commitmentId ? { id: h.commitmentId, status: h.commitmentStatus } : null,
    project: { code: h.projectCode, name: h.projectName, filingStatus: h.filingStatus, filingCheckedAt: iso(h.filingCheckedAt) },
    bundle: h.bundleCode ? { code: h.bundleCode, nameZh: h.bundleNameZh ?? h.bundleCode, nameEn: h.bundleNameEn ?? h.bundleCode } : null,
    originChannel: h.originChannel,
    assignedAgent: h.assignedAgent ? { username: h.assignedAgent, name: h.assignedAgentName } : null,
    confirmation: { confirmedBy: h.confirmedBy, method: h.confirmationMethod, confirmedAt: new Date(h.confirmedAt).toISOString() },
    createdAt: new Date(h.createdAt).toISOString(),
    updatedAt: new Date(h.updatedAt).toISOString(),
    progress: {
      total: items.length,
      completed: items.filter((i) => i.status === 'completed').length,
      rejected: items.filter((i) => i.status === 'rejected').length,
      running: running.length,
      overdue: items.filter((i) => i.deadline.overdue).length,
      suspended: items.filter((i) => i.suspension !== null).length,
    },
    nextDueOn: dues.sort()[0] ?? null,
    today,
    items,
    timeline: record.events.map((e) => ({
      id: Number(e.id),
      kind: e.kind,
      itemCode: e.itemCode,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      channel: e.channel,
      actor: e.actor,
      actorRole: e.actorRole,
      onBehalfOf: e.onBehalfOf,
      occurredAt: new Date(e.occurredAt).toISOString(),
      recordedAt: new Date(e.recordedAt).toISOString(),
      reason: e.reason,
      data: e.data,
    })),
    evaluation: caseEvaluation ? evaluationView(caseEvaluation) : null,
  };
}

function itemView(row: CaseItemRow, record: CaseRecord, ctx: HoldingContext, today: IsoDate): ItemView {
  const suspensions = record.suspensions.filter((s) => s.caseItemId === Number(row.id));
  const closed = suspensions.filter((s) => s.to !== null).map((s) => ({ from: s.from, to: s.to as IsoDate }));
  const open = suspensions.find((s) => s.to === null);
  const deadline = itemClock(
    {
      status: row.status,
      acceptedOn: row.acceptedOn,
      committedLimitDays: row.committedLimitDays,
      completedOn: row.completedOn,
      suspensions: closed,
      suspendedSince: row.suspendedSince,
    },
    today,
  );
  const evaluation = record.evaluations.find((e) => e.itemCode === row.itemCode);
  return {
    itemCode: row.itemCode,
    seq: row.seq,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    departmentZh: row.departmentZh,
    departmentEn: row.departmentEn,
    stage: row.stage,
    serviceKind: row.serviceKind,
    status: row.status,
    legalLimitDays: row.legalLimitDays,
    committedLimitDays: row.committedLimitDays,
    deficiencyAllowed: row.deficiencyAllowed,
    channels: row.channels,
    feeYuan: Number(row.feeYuan),
    resultZh: row.resultZh,
    submittedAt: iso(row.submittedAt),
    acceptedOn: row.acceptedOn,
    completedOn: row.completedOn,
    deadline,
    suspension: row.suspendedSince !== null ? { since: row.suspendedSince, reason: open?.reason ?? '' } : null,
    suspensions: suspensions.map((s) => ({ from: s.from, to: s.to, reason: s.reason })),
    deficiency:
      row.status === 'accepted_with_deficiency' && row.supplementDueOn !== null
        ? { supplementDueOn: row.supplementDueOn, materials: row.deficiencyMaterials, supplementOverdue: toDayNumber(today) > toDayNumber(row.supplementDueOn) }
        : null,
    reason: row.reason,
    resultDocumentNo: row.resultDocumentNo,
    materials: record.materials
      .filter((m) => m.itemCode === row.itemCode)
      .map((m) => {
        const holding = holdingOf(m, ctx);
        return {
          type: m.type,
          nameZh: m.nameZh,
          nameEn: m.nameEn,
          source: m.source,
          key: m.key,
          heldBy: holding.heldBy,
          upload: holding.upload,
          used: m.usedSource
            ? { source: m.usedSource, versionId: m.usedVersionId, version: m.usedVersion, at: new Date(m.usedAt as Date).toISOString() }
            : null,
        };
      }),
    evaluation: evaluation ? evaluationView(evaluation) : null,
  };
}

/** A person's name with all but the first character hidden: 王小明 → 王**. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** The public view: the same body with the personal data masked (security.md "Access"). */
export function maskCaseView(view: CaseView): CaseView {
  return {
    ...view,
    enterprise: { ...view.enterprise, legalRepresentative: null },
    contact: { name: maskName(view.contact.name), phone: maskPhone(view.contact.phone) },
    // An online confirmation names the enterprise account, not a person.
    confirmation: view.confirmation.method === 'online_account' ? view.confirmation : { ...view.confirmation, confirmedBy: maskName(view.confirmation.confirmedBy) },
    items: view.items.map((i) => ({ ...i, materials: i.materials.map((m) => ({ ...m, upload: null })) })),
    timeline: view.timeline.map((e) => ({ ...e, actor: null })),
  };
}
