// A year of demo agency cases (2025-10-01 … 2026-11-30), planned deterministically from a seeded RNG:
// every transferred or under-construction parcel runs the standard-land chain, every completed parcel
// its completion stage (联合验收, 不动产登记). Zones differ on purpose, so the quarterly evaluation
// (issue #8) has something to find: 晋中 is fast and online, 临汾 slow, hall-only and often overdue,
// the others in between. Steps obey the same rules as the API (transition table, working-day
// deadlines, suspensions, 容缺 with a promised date, reasons), so the data reads like real use.
// Pure: no clock, no I/O.
import { createHash } from 'node:crypto';
import { Rng } from '../../../fixtures/lib/prng';
import type { ApprovalItem, MaterialSource } from '../approval-items/approval-item';
import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/iso-date';
import * as calendar from '../calendar/working-days';
import type { Suspension } from '../calendar/working-days';
import { caseCode } from '../cases/case-code';
import type { CaseEventKind } from '../cases/case-events';
import type { Channel, ConfirmationMethod } from '../cases/channels';
import { dueDateOf, workdaysWithin } from '../cases/deadlines';
import type { ItemStatus } from '../cases/item-status';
import { SIGNED_COMMITMENT_STATUSES } from '../materials/material-holdings';
import type { CommitmentStatus } from '../commitments/commitment-status';

export const DEMO_WINDOW = { from: '2025-10-01', to: '2026-11-30' } as const;

export interface DemoParcel {
  code: string;
  zoneCode: string;
  countyCode: string;
  cityName: string;
  status: 'transferred' | 'under_construction' | 'completed';
  listedOn: string | null;
}

export interface DemoApplicant {
  uscc: string;
  name: string;
  contactName: string;
  contactPhone: string;
  /** The enterprise's account name on the portal (the demo account for the demo enterprise). */
  username: string;
  commitmentId: string | null;
  commitmentStatus: CommitmentStatus | null;
  projectCode: string;
  projectName: string;
}

interface ZoneProfile {
  slug: string;
  /** Share of cases the enterprise files online (the rest through the hall). */
  online: number;
  /** Working days the applicant takes to prepare and submit an item. */
  prep: [number, number];
  /** Working days from submission to acceptance. */
  acceptLag: [number, number];
  /** Share of the committed limit an item takes (above 1 = overdue); improves by `trend` over the year. */
  speed: [number, number];
  trend: number;
  returned: number;
  rejected: number;
  deficiency: number;
  suspended: number;
  /** The hall still takes paper copies of licences the e-licence library holds. */
  paperCopies: number;
  /** Share of steps taken at the hall that are typed into the shared record a day or more later. */
  recordLag: number;
  evaluated: number;
}

const base: ZoneProfile = {
  slug: '', online: 0.45, prep: [2, 8], acceptLag: [0, 2], speed: [0.5, 1.1], trend: 0.1,
  returned: 0.06, rejected: 0.015, deficiency: 0.15, suspended: 0.08, paperCopies: 0.1, recordLag: 0.05, evaluated: 0.55,
};

// Zone behaviour is invented for the demo; it is not data about these zones.
const PROFILES: Record<string, ZoneProfile> = {
  G140702: { ...base, slug: 'jinzhong', online: 0.92, prep: [1, 4], acceptLag: [0, 0], speed: [0.3, 0.85], trend: 0, returned: 0.02, rejected: 0.005, deficiency: 0.2, suspended: 0.03, paperCopies: 0, recordLag: 0, evaluated: 0.85 },
  G140105: { ...base, slug: 'zonggai', online: 0.75, prep: [1, 5], acceptLag: [0, 1], speed: [0.4, 0.95], returned: 0.04, paperCopies: 0.02, evaluated: 0.7 },
  G140121: { ...base, slug: 'xiaohe', online: 0.5 },
  G140214: { ...base, slug: 'datong', online: 0.4, speed: [0.55, 1.2] },
  G140403: { ...base, slug: 'changzhi', online: 0.65, speed: [0.45, 1.0], evaluated: 0.65 },
  G140502: { ...base, slug: 'jincheng', online: 0.45, deficiency: 0.25 },
  S141002: { ...base, slug: 'linfen', online: 0, prep: [5, 20], acceptLag: [1, 4], speed: [0.8, 2.2], trend: 0.35, returned: 0.15, rejected: 0.04, deficiency: 0.3, suspended: 0.3, paperCopies: 0.7, recordLag: 0.45, evaluated: 0.35 },
  S140802: { ...base, slug: 'yuncheng', online: 0.2, prep: [3, 12], speed: [0.6, 1.4], suspended: 0.15, paperCopies: 0.3, recordLag: 0.2 },
  S140981: { ...base, slug: 'yuanping', online: 0.35, speed: [0.5, 1.15] },
  S141181: { ...base, slug: 'xiaoyi', online: 0.15, prep: [4, 14], acceptLag: [0, 3], speed: [0.7, 1.6], trend: 0.2, returned: 0.1, suspended: 0.2, paperCopies: 0.4, recordLag: 0.3, evaluated: 0.45 },
};
const profileOf = (zone: string): ZoneProfile => PROFILES[zone] ?? { ...base, slug: zone.toLowerCase() };

/** The demo hall agent account works the 晋中 and 综改区 desks, so "my cases" shows real work. */
export const DEMO_AGENT = 'agent';

// Which items wait for which (关联事项: parallel where the law allows).
const DEPENDS: Record<string, readonly string[]> = {
  XMBA: [],
  YDGH: ['XMBA'],
  GCGH: ['YDGH'],
  SGTS: ['YDGH'],
  XFSJ: ['GCGH'],
  SGXK: ['GCGH', 'SGTS', 'XFSJ'],
  GSBZ: ['GCGH'],
  GDBZ: ['GCGH'],
  GQBZ: ['GCGH'],
  GRBZ: ['GCGH'],
  TXBZ: ['GCGH'],
  // Construction takes a year or more: completion items belong to completed parcels' cases.
  LHYS: ['SGXK'],
  BDCDJ: ['LHYS'],
};
const CONSTRUCTION_WORKDAYS: [number, number] = [230, 320];
const COMPLETION_ITEMS = ['LHYS', 'BDCDJ'];

const RESULT_WORDS: Record<string, string> = {
  YDGH: '地字', GCGH: '建字', SGTS: '施审', XFSJ: '消审', SGXK: '施许', GSBZ: '供水', GDBZ: '供电', GQBZ: '供气', GRBZ: '供热', TXBZ: '通信',
  LHYS: '联验', BDCDJ: '不动产权',
};
const RETURN_REASONS = ['申请表填写不完整，请补正后重新提交', '设计文件签章不全', '材料扫描件不清晰', '项目名称与备案信息不一致'];
const REJECT_REASONS = ['建设内容不符合规划条件', '申请事项不属于本部门职权范围', '逾期未按容缺承诺补齐材料'];
const SUSPEND_REASONS = ['等待申请人补正材料', '组织专家评审', '等待现场踏勘', '征求相关部门意见'];
const GOOD_COMMENTS = ['代办员全程跟进，很省心', '网上办理很方便', '比承诺时间提前办结', '一次都没跑', ''];
const BAD_COMMENTS = ['办理时间超出承诺时限', '多次往返窗口补材料', '进度查询不及时', ''];

export interface PlannedCase {
  code: string;
  divisionCode: string;
  year: number;
  serial: number;
  uscc: string;
  parcelCode: string;
  commitmentId: string | null;
  bundleCode: string | null;
  projectCode: string;
  projectName: string;
  originChannel: Channel;
  assignedAgent: string;
  contactName: string;
  contactPhone: string;
  confirmedBy: string;
  confirmationMethod: ConfirmationMethod;
  openedAt: string;
  createdBy: string;
  updatedAt: string;
  version: number;
}

export interface PlannedItem {
  caseCode: string;
  itemCode: string;
  seq: number;
  status: ItemStatus;
  legalLimitDays: number;
  committedLimitDays: number;
  submittedAt: string | null;
  acceptedAt: string | null;
  acceptedOn: IsoDate | null;
  dueOn: IsoDate | null;
  completedAt: string | null;
  completedOn: IsoDate | null;
  suspendedSince: IsoDate | null;
  suspendedWorkdays: number;
  supplementDueOn: IsoDate | null;
  deficiencyMaterials: string[];
  reason: string | null;
  resultDocumentNo: string | null;
}

export interface PlannedEvent {
  caseCode: string;
  itemCode: string | null;
  kind: CaseEventKind;
  fromStatus: ItemStatus | null;
  toStatus: ItemStatus | null;
  channel: Channel;
  actor: string;
  actorRole: string;
  onBehalfOf: string | null;
  occurredAt: string;
  /** When it reached the shared record: later than occurredAt when the hall typed it in afterwards. */
  recordedAt: string;
  reason: string | null;
  data: Record<string, unknown> | null;
}

export interface PlannedSuspension {
  caseCode: string;
  itemCode: string;
  from: IsoDate;
  to: IsoDate | null;
  reason: string;
  startedBy: string;
  endedBy: string | null;
}

export interface PlannedVersion {
  uscc: string;
  type: string;
  version: number;
  fileName: string;
  contentHex: string;
  sha256: string;
  sizeBytes: number;
  channel: Channel;
  uploadedBy: string;
  uploadedAt: string;
}

export interface PlannedItemMaterial {
  caseCode: string;
  itemCode: string;
  type: string;
  source: MaterialSource;
  /** Version number of the applicant's upload (source 'upload'). */
  version: number | null;
  attachedAt: string;
}

export interface PlannedEvaluation {
  caseCode: string;
  itemCode: string | null;
  score: number;
  comment: string;
  channel: Channel;
  evaluatedBy: string;
  evaluatedAt: string;
}

export interface DemoCasePlan {
  cases: PlannedCase[];
  items: PlannedItem[];
  events: PlannedEvent[];
  suspensions: PlannedSuspension[];
  versions: PlannedVersion[];
  itemMaterials: PlannedItemMaterial[];
  evaluations: PlannedEvaluation[];
}

const END = DEMO_WINDOW.to;
const day = (d: IsoDate) => toDayNumber(d);
const after = (a: IsoDate, b: IsoDate) => day(a) > day(b);
const maxDate = (...ds: IsoDate[]) => ds.reduce((m, d) => (after(d, m) ? d : m));
// Steps planned past the end of the data may fall in a year without holiday data; they are dropped,
// so Monday–Friday is good enough for them. Deadlines that are kept lie inside the covered years.
const ESTIMATE = { fallback: 'weekdays' } as const;
const addWorkdays = (d: IsoDate, n: number): IsoDate => calendar.addWorkdays(d, n, ESTIMATE);
const deadlineWithSuspensions = (d: IsoDate, n: number, s: readonly Suspension[]): IsoDate => calendar.deadlineWithSuspensions(d, n, s, ESTIMATE);
const nextWorkday = (d: IsoDate): IsoDate => (calendar.isWorkday(d, ESTIMATE) ? d : addWorkdays(d, 1));
const plusDays = (d: IsoDate, n: number) => fromDayNumber(day(d) + n);

/**
 * Paper first, typed in later: a share of hall steps reaches the shared record 26–72 hours after it
 * happened. Drawn from a hash of the event, not the plan's random stream, so the rest of the demo
 * stays as it was.
 */
function recordedLater(occurredAt: string, key: string, share: number): string {
  const h = createHash('sha256').update(key).digest();
  if (h.readUInt32BE(0) / 0x1_0000_0000 >= share) return occurredAt;
  const lagHours = 26 + (h.readUInt16BE(4) % 47);
  return new Date(Date.parse(occurredAt) + lagHours * 3_600_000).toISOString();
}

/** An instant on a Beijing working day, `minute` minutes after 09:00. */
function at(date: IsoDate, minute: number): string {
  const m = Math.max(0, Math.min(minute, 8 * 60 + 29));
  const hh = String(9 + Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return new Date(`${date}T${hh}:${mm}:00+08:00`).toISOString();
}

/** Tiny but well-formed PDF bytes, distinct per enterprise, material and version. */
function demoPdf(uscc: string, type: string, version: number): Buffer {
  return Buffer.from(`%PDF-1.4\n% 演示材料 demo material ${uscc} ${type} v${version}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

interface Step {
  on: IsoDate;
  kind: CaseEventKind;
  to: ItemStatus | null;
  by: 'applicant' | 'staff';
  reason?: string;
}

interface UploadNeed {
  entry: PlannedItemMaterial;
  uscc: string;
  type: string;
  /** A correction (补正) brings a new version. */
  revised: boolean;
  channel: Channel;
  uploader: string;
}

class Planner {
  readonly plan: DemoCasePlan = { cases: [], items: [], events: [], suspensions: [], versions: [], itemMaterials: [], evaluations: [] };
  private readonly serials = new Map<string, number>();
  private readonly needs: UploadNeed[] = [];

  constructor(readonly catalog: ReadonlyMap<string, ApprovalItem>) {}

  nextSerial(division: string, year: number): number {
    const key = `${division}/${year}`;
    const n = (this.serials.get(key) ?? 0) + 1;
    this.serials.set(key, n);
    return n;
  }

  /** Records what an item used; an existing record for the same material is replaced. */
  attach(entry: PlannedItemMaterial, need: Omit<UploadNeed, 'entry'> | null): void {
    const i = this.plan.itemMaterials.findIndex((x) => x.caseCode === entry.caseCode && x.itemCode === entry.itemCode && x.type === entry.type);
    if (i >= 0) this.plan.itemMaterials[i] = entry;
    else this.plan.itemMaterials.push(entry);
    if (need) this.needs.push({ ...need, entry });
  }

  /**
   * Items are planned one after another but their dates interleave, so uploads are versioned at the end:
   * per enterprise and material, version 1 a few days before it was first needed, a new version at each
   * correction, and every item pointing at the version current when it attached the material.
   */
  resolveUploads(rng: Rng): void {
    const live = new Set(this.plan.itemMaterials);
    const groups = new Map<string, UploadNeed[]>();
    for (const need of this.needs) {
      if (!live.has(need.entry)) continue;
      const key = `${need.uscc}/${need.type}`;
      groups.set(key, [...(groups.get(key) ?? []), need]);
    }
    for (const needs of groups.values()) {
      needs.sort((a, b) => a.entry.attachedAt.localeCompare(b.entry.attachedAt));
      let current: PlannedVersion | null = null;
      for (const need of needs) {
        if (current === null || need.revised) {
          const on = need.entry.attachedAt.slice(0, 10);
          const uploadOn = current === null ? addWorkdays(on, -rng.int(1, 4)) : on;
          current = this.version(need, (current?.version ?? 0) + 1, uploadOn, rng);
          if (current.uploadedAt > need.entry.attachedAt) current.uploadedAt = need.entry.attachedAt;
        }
        need.entry.version = current.version;
      }
    }
  }

  private version(need: UploadNeed, version: number, on: IsoDate, rng: Rng): PlannedVersion {
    const bytes = demoPdf(need.uscc, need.type, version);
    const v: PlannedVersion = {
      uscc: need.uscc, type: need.type, version, fileName: `${need.type}-v${version}.pdf`, contentHex: bytes.toString('hex'),
      sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length, channel: need.channel, uploadedBy: need.uploader,
      uploadedAt: at(on, rng.int(0, 120)),
    };
    this.plan.versions.push(v);
    return v;
  }
}

export function planDemoCases(parcels: readonly DemoParcel[], applicants: ReadonlyMap<string, DemoApplicant>, catalog: readonly ApprovalItem[], seed = 'demo-cases-v1'): DemoCasePlan {
  const planner = new Planner(new Map(catalog.map((i) => [i.code, i])));
  const root = new Rng(seed);
  const chain = catalog.filter((i) => !COMPLETION_ITEMS.includes(i.code)).map((i) => i.code);
  const sorted = [...parcels].sort((a, b) => (a.listedOn ?? '').localeCompare(b.listedOn ?? '') || a.code.localeCompare(b.code));
  const chainParcels = sorted.filter((p) => p.status !== 'completed');
  const completionParcels = sorted.filter((p) => p.status === 'completed');
  const span = day(DEMO_WINDOW.to) - day(DEMO_WINDOW.from) - 45;

  const spread = (list: readonly DemoParcel[], items: readonly string[], withAllItems: boolean) =>
    list.forEach((parcel, i) => {
      const applicant = applicants.get(parcel.code);
      if (!applicant) return;
      const rng = root.fork(parcel.code);
      const slot = plusDays(DEMO_WINDOW.from, Math.floor((i / Math.max(1, list.length)) * span) + rng.int(0, 20));
      // A case opens after the letter is signed (about a month after listing).
      const signed = parcel.listedOn ? plusDays(parcel.listedOn, 37) : DEMO_WINDOW.from;
      const opened = nextWorkday(maxDate(slot, signed, DEMO_WINDOW.from));
      if (after(opened, END)) return;
      planCase(planner, rng, parcel, applicant, opened, items, withAllItems ? 'standard-land' : null);
    });

  spread(chainParcels, [...chain, ...COMPLETION_ITEMS], true);
  spread(completionParcels, COMPLETION_ITEMS, false);
  planner.resolveUploads(root.fork('uploads'));
  return planner.plan;
}

function planCase(planner: Planner, rng: Rng, parcel: DemoParcel, applicant: DemoApplicant, openedOn: IsoDate, itemCodes: readonly string[], bundle: string | null): void {
  const profile = profileOf(parcel.zoneCode);
  const year = Number(openedOn.slice(0, 4));
  const serial = planner.nextSerial(parcel.countyCode, year);
  const code = caseCode({ divisionCode: parcel.countyCode, year, serial });
  const online = rng.chance(profile.online);
  const origin: Channel = online ? (rng.chance(0.1) ? 'SELF_SERVICE_KIOSK' : 'ONLINE_PORTAL') : rng.chance(0.15) ? 'AGENT_ONSITE' : 'HALL_WINDOW';
  const agents = ['G140702', 'G140105'].includes(parcel.zoneCode) ? [DEMO_AGENT, `${profile.slug}-dbr1`] : [`${profile.slug}-dbr1`, `${profile.slug}-dbr2`];
  const agent = rng.pick(agents);
  const progress = (day(openedOn) - day(DEMO_WINDOW.from)) / (day(DEMO_WINDOW.to) - day(DEMO_WINDOW.from));
  const applicantChannel = (): Channel => (online ? (rng.chance(0.1) ? 'SELF_SERVICE_KIOSK' : 'ONLINE_PORTAL') : origin);
  const staffChannel = (): Channel => (rng.chance(0.1) ? 'AGENT_ONSITE' : 'HALL_WINDOW');
  const openedAt = at(openedOn, rng.int(0, 300));
  const paperCopies = rng.chance(profile.paperCopies);
  const letterHeld = applicant.commitmentStatus !== null && SIGNED_COMMITMENT_STATUSES.includes(applicant.commitmentStatus);
  let lastAt = openedAt;

  planner.plan.cases.push({
    code, divisionCode: parcel.countyCode, year, serial, uscc: applicant.uscc, parcelCode: parcel.code, commitmentId: applicant.commitmentId,
    bundleCode: bundle, projectCode: applicant.projectCode, projectName: applicant.projectName, originChannel: origin, assignedAgent: agent,
    contactName: applicant.contactName, contactPhone: applicant.contactPhone,
    confirmedBy: online ? applicant.name : applicant.contactName,
    confirmationMethod: online ? 'online_account' : rng.pick(['signature_pad', 'paper_form', 'sms_code'] as const),
    openedAt, createdBy: online ? applicant.username : agent, updatedAt: openedAt, version: 1,
  });
  planner.plan.events.push({
    caseCode: code, itemCode: null, kind: 'case_created', fromStatus: null, toStatus: null, channel: origin,
    actor: online ? applicant.username : agent, actorRole: online ? 'enterprise' : 'agent', onBehalfOf: online ? null : applicant.uscc,
    occurredAt: openedAt, recordedAt: openedAt, reason: null, data: { items: itemCodes, bundle, confirmation: { method: online ? 'online_account' : 'signature_pad' } },
  });

  const finished = new Map<string, IsoDate | null>();
  itemCodes.forEach((itemCode, index) => {
    const item = planner.catalog.get(itemCode);
    if (!item) return;
    const deps = (DEPENDS[itemCode] ?? []).filter((d) => itemCodes.includes(d));
    const depDates = deps.map((d) => finished.get(d) ?? null);
    let ready: IsoDate | null = depDates.includes(null) ? null : maxDate(openedOn, ...(depDates as IsoDate[]));
    if (ready !== null && itemCode === 'LHYS' && deps.length > 0) ready = addWorkdays(ready, rng.int(...CONSTRUCTION_WORKDAYS));
    const outcome = planItem(planner, rng, { code, item, index, ready, profile, progress, applicant, agent, online, applicantChannel, staffChannel, paperCopies, letterHeld });
    finished.set(itemCode, outcome.completedOn);
    if (outcome.lastAt && outcome.lastAt > lastAt) lastAt = outcome.lastAt;
  });
  const caseRow = planner.plan.cases.at(-1) as PlannedCase;
  caseRow.updatedAt = lastAt;
  caseRow.version = 1 + planner.plan.events.filter((e) => e.caseCode === code && e.kind !== 'case_created').length;

  // 好差评 of the whole case, once every item is finished.
  const items = planner.plan.items.filter((i) => i.caseCode === code);
  if (items.every((i) => i.status === 'completed' || i.status === 'rejected') && rng.chance(profile.evaluated)) {
    const last = items.map((i) => i.completedOn ?? i.acceptedOn ?? openedOn).reduce((m, d) => maxDate(m, d));
    const on = nextWorkday(plusDays(last, rng.int(0, 4)));
    if (!after(on, END)) {
      const late = items.some((i) => i.completedOn !== null && i.dueOn !== null && after(i.completedOn, i.dueOn));
      evaluate(planner, rng, code, null, late, profile, applicant, online ? 'ONLINE_PORTAL' : 'SELF_SERVICE_KIOSK', on);
      caseRow.version += 1;
    }
  }
}

interface ItemContext {
  code: string;
  item: ApprovalItem;
  index: number;
  ready: IsoDate | null;
  profile: ZoneProfile;
  progress: number;
  applicant: DemoApplicant;
  agent: string;
  online: boolean;
  applicantChannel(): Channel;
  staffChannel(): Channel;
  paperCopies: boolean;
  letterHeld: boolean;
}

function planItem(planner: Planner, rng: Rng, c: ItemContext): { completedOn: IsoDate | null; lastAt: string | null } {
  const { item, profile } = c;
  const row: PlannedItem = {
    caseCode: c.code, itemCode: item.code, seq: c.index + 1, status: 'pending', legalLimitDays: item.legalLimitDays, committedLimitDays: item.committedLimitDays,
    submittedAt: null, acceptedAt: null, acceptedOn: null, dueOn: null, completedAt: null, completedOn: null, suspendedSince: null, suspendedWorkdays: 0,
    supplementDueOn: null, deficiencyMaterials: [], reason: null, resultDocumentNo: null,
  };
  planner.plan.items.push(row);
  if (c.ready === null) return { completedOn: null, lastAt: null };

  // ——— the story of the item, as dated steps ———
  const steps: Step[] = [];
  const start = nextWorkday(c.ready);
  if (rng.chance(0.5)) steps.push({ on: start, kind: 'transition', to: 'preparing', by: 'applicant' });
  let submitOn = addWorkdays(start, rng.int(...profile.prep));
  steps.push({ on: submitOn, kind: 'transition', to: 'submitted', by: 'applicant' });
  let corrected = false;
  if (rng.chance(profile.returned)) {
    const returnedOn = addWorkdays(submitOn, rng.int(1, 2));
    steps.push({ on: returnedOn, kind: 'transition', to: 'returned', by: 'staff', reason: rng.pick(RETURN_REASONS) });
    submitOn = addWorkdays(returnedOn, rng.int(2, 8));
    steps.push({ on: submitOn, kind: 'transition', to: 'submitted', by: 'applicant' });
    corrected = true;
  }
  const acceptOn = addWorkdays(submitOn, rng.int(...profile.acceptLag));
  const optionalUploads = item.materials.filter((m) => !m.key && m.source === 'upload').map((m) => m.type);
  const deficient = item.deficiencyAllowed && optionalUploads.length > 0 && rng.chance(profile.deficiency) ? optionalUploads : [];
  const suspensions: Suspension[] = [];
  if (rng.chance(profile.rejected)) {
    steps.push({ on: acceptOn, kind: 'transition', to: 'accepted', by: 'staff' });
    steps.push({ on: addWorkdays(acceptOn, rng.int(1, Math.max(1, item.committedLimitDays))), kind: 'transition', to: 'rejected', by: 'staff', reason: rng.pick(REJECT_REASONS) });
  } else {
    const supplementDue = addWorkdays(acceptOn, rng.int(5, 10));
    steps.push({ on: acceptOn, kind: 'transition', to: deficient.length > 0 ? 'accepted_with_deficiency' : 'accepted', by: 'staff' });
    let earliestFinish = acceptOn;
    if (deficient.length > 0) {
      // Most applicants keep the 容缺 promise; slow zones slip past it.
      const supplyOn = addWorkdays(acceptOn, rng.int(2, profile.speed[1] > 1.5 ? 14 : 8));
      steps.push({ on: supplyOn, kind: 'transition', to: 'accepted', by: 'staff' });
      earliestFinish = supplyOn;
    }
    // Instant filings are never suspended; reviews with a few days' limit sometimes are.
    if (item.committedLimitDays >= 3 && rng.chance(profile.suspended)) {
      const from = addWorkdays(acceptOn, rng.int(1, 3));
      const to = addWorkdays(from, rng.int(1, 7));
      suspensions.push({ from, to });
      steps.push({ on: from, kind: 'suspended', to: null, by: 'staff', reason: rng.pick(SUSPEND_REASONS) });
      steps.push({ on: to, kind: 'resumed', to: null, by: 'staff' });
      earliestFinish = maxDate(earliestFinish, to);
    }
    const factor = rng.float(...profile.speed) * (1 + profile.trend * (1 - c.progress));
    const elapsed = Math.max(1, Math.round(item.committedLimitDays * factor));
    const finishOn = maxDate(deadlineWithSuspensions(acceptOn, elapsed, suspensions), addWorkdays(earliestFinish, 1));
    steps.push({ on: finishOn, kind: 'transition', to: 'completed', by: 'staff' });
    row.supplementDueOn = deficient.length > 0 ? supplementDue : null;
  }

  // ——— apply the steps up to the end of the data ———
  let minute = rng.int(0, 60);
  let lastAt: string | null = null;
  let prevOn = '';
  let openSuspension: Suspension | null = null;
  for (const s of steps.sort((a, b) => day(a.on) - day(b.on))) {
    if (after(s.on, END)) break;
    minute = s.on === prevOn ? minute + rng.int(20, 90) : rng.int(0, 240);
    prevOn = s.on;
    const occurredAt = at(s.on, minute);
    lastAt = occurredAt;
    const staff = s.by === 'staff' || !c.online;
    const recordedAt = staff ? recordedLater(occurredAt, `${c.code}/${item.code}/${occurredAt}`, profile.recordLag) : occurredAt;
    const channel = s.by === 'staff' ? c.staffChannel() : c.applicantChannel();
    const actor = staff ? c.agent : c.applicant.username;
    const from = row.status;
    if (s.kind === 'suspended' || s.kind === 'resumed') {
      if (s.kind === 'suspended') openSuspension = { from: s.on, to: s.on };
      else openSuspension = null;
      row.suspendedSince = s.kind === 'suspended' ? s.on : null;
      if (s.kind === 'resumed' && row.acceptedOn) {
        row.dueOn = dueDateOf(row.acceptedOn, item.committedLimitDays, suspensions);
        row.suspendedWorkdays = suspensions.reduce((n, x) => n + workdaysWithin(x), 0);
      }
      planner.plan.events.push({
        caseCode: c.code, itemCode: item.code, kind: s.kind, fromStatus: from, toStatus: from, channel, actor, actorRole: 'agent', onBehalfOf: null,
        occurredAt, recordedAt, reason: s.reason ?? null, data: s.kind === 'resumed' ? { from: suspensions[0]?.from, to: s.on, dueOn: row.dueOn } : { from: s.on },
      });
      continue;
    }
    const to = s.to as ItemStatus;
    row.status = to;
    row.reason = to === 'returned' || to === 'rejected' ? (s.reason ?? null) : null;
    let data: Record<string, unknown> | null = null;
    if (to === 'submitted') {
      row.submittedAt = occurredAt;
      attachMaterials(planner, c, occurredAt, deficient, corrected && from === 'returned');
    } else if (to === 'accepted' || to === 'accepted_with_deficiency') {
      if (from === 'submitted') {
        row.acceptedAt = occurredAt;
        row.acceptedOn = s.on;
        row.dueOn = dueDateOf(s.on, item.committedLimitDays, []);
      }
      if (to === 'accepted_with_deficiency') {
        row.deficiencyMaterials = deficient;
        data = { acceptedOn: row.acceptedOn, dueOn: row.dueOn, supplementDueOn: row.supplementDueOn, deficiencyMaterials: deficient };
      } else {
        if (from === 'accepted_with_deficiency') {
          row.deficiencyMaterials = [];
          row.supplementDueOn = null;
          attachMaterials(planner, c, occurredAt, [], false);
        }
        data = { acceptedOn: row.acceptedOn, dueOn: row.dueOn };
      }
    } else if (to === 'completed') {
      row.completedAt = occurredAt;
      row.completedOn = s.on;
      row.resultDocumentNo = item.code === 'XMBA' ? c.applicant.projectCode : `${c.applicant.projectCode.slice(5, 11)}${RESULT_WORDS[item.code] ?? ''}〔${s.on.slice(0, 4)}〕${String(rng.int(1, 999)).padStart(3, '0')}号`;
      data = { completedOn: row.completedOn, resultDocumentNo: row.resultDocumentNo };
    }
    planner.plan.events.push({
      caseCode: c.code, itemCode: item.code, kind: 'transition', fromStatus: from, toStatus: to, channel, actor, actorRole: staff ? 'agent' : 'enterprise',
      onBehalfOf: staff && s.by === 'applicant' ? c.applicant.uscc : null, occurredAt, recordedAt, reason: row.reason, data,
    });
  }
  if (openSuspension) {
    planner.plan.suspensions.push({ caseCode: c.code, itemCode: item.code, from: openSuspension.from, to: null, reason: SUSPEND_REASONS[0] as string, startedBy: c.agent, endedBy: null });
    row.suspendedWorkdays = 0;
  } else if (row.suspendedSince === null) {
    for (const s of suspensions) {
      if (after(s.to, END) || !row.acceptedOn) continue;
      planner.plan.suspensions.push({ caseCode: c.code, itemCode: item.code, from: s.from, to: s.to, reason: rng.pick(SUSPEND_REASONS), startedBy: c.agent, endedBy: c.agent });
    }
  }
  if (row.status === 'completed' && row.completedOn && rng.chance(c.profile.evaluated)) {
    const on = nextWorkday(plusDays(row.completedOn, rng.int(0, 3)));
    if (!after(on, END)) evaluate(planner, rng, c.code, item.code, row.dueOn !== null && after(row.completedOn, row.dueOn), c.profile, c.applicant, c.online ? 'ONLINE_PORTAL' : 'SELF_SERVICE_KIOSK', on);
  }
  return { completedOn: row.status === 'completed' ? row.completedOn : null, lastAt };
}

/** Records which source or upload an item used (as the API does on submission and acceptance). */
function attachMaterials(planner: Planner, c: ItemContext, attachedAt: string, deferred: readonly string[], revised: boolean): void {
  const channel: Channel = c.online ? 'ONLINE_PORTAL' : 'HALL_WINDOW';
  const uploader = c.online ? c.applicant.username : c.agent;
  for (const m of c.item.materials) {
    if (deferred.includes(m.type)) continue;
    const entry = { caseCode: c.code, itemCode: c.item.code, type: m.type, attachedAt };
    const shared =
      (m.source === 'e-licence' && !c.paperCopies) || m.source === 'parcel' || (m.source === 'commitment' && c.letterHeld) ? m.source : null;
    if (shared) planner.attach({ ...entry, source: shared, version: null }, null);
    else planner.attach({ ...entry, source: 'upload', version: null }, { uscc: c.applicant.uscc, type: m.type, revised: revised && m.key, channel, uploader });
  }
}

function evaluate(planner: Planner, rng: Rng, caseCode: string, itemCode: string | null, late: boolean, profile: ZoneProfile, applicant: DemoApplicant, channel: Channel, on: IsoDate): void {
  const good = profile.online > 0.6;
  const score = late
    ? rng.weighted([[1, 2], [2, 4], [3, 4], [4, 1]] as const)
    : good
      ? rng.weighted([[5, 8], [4, 2]] as const)
      : rng.weighted([[5, 4], [4, 4], [3, 2], [2, 1]] as const);
  planner.plan.evaluations.push({
    caseCode, itemCode, score, comment: score >= 4 ? rng.pick(GOOD_COMMENTS) : rng.pick(BAD_COMMENTS), channel,
    evaluatedBy: applicant.username, evaluatedAt: at(on, rng.int(300, 500)),
  });
  const evaluatedAt = at(on, 505);
  planner.plan.events.push({
    caseCode, itemCode, kind: 'evaluated', fromStatus: null, toStatus: null, channel, actor: applicant.username, actorRole: 'enterprise', onBehalfOf: null,
    occurredAt: evaluatedAt, recordedAt: evaluatedAt, reason: null, data: { score },
  });
}
