// Gathers the records of one quarter and scope from the database (sql/queries/evaluation/*.sql) and
// maps them to the plain types the pure metrics take. The publication sample comes from
// publication-sample.ts; the rest is here.
import { todayInBeijing } from '../calendar/iso-date';
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type {
  AppliedLimitRecord,
  CaseItemRecord,
  CaseMaterialsRecord,
  CaseTimelineRecord,
  CatalogItemRecord,
  CommitmentRecord,
  CommittedIndicatorRecord,
  CreditRecord,
  EvaluationRecords,
  ParcelRecord,
  PublishRecord,
  SharedEventRecord,
} from './evaluation-records';
import type { EvaluationContext } from './evaluation-context';
import { scopeParams, type Scope, type ScopeKind } from './scope';

type Row<T> = T & { divisionCode: string; zoneCode: string | null };

const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const beijingDay = (v: Date | string | null) => (v === null ? null : todayInBeijing(date(v)));

export async function catalogItems(db: Queryable): Promise<CatalogItemRecord[]> {
  const { rows } = await db.query<{
    code: string;
    nameZh: string;
    departmentZh: string;
    legalBasis: string;
    resultZh: string;
    feeNoteZh: string;
    legalLimitDays: number;
    committedLimitDays: number;
    channels: string[];
    materialCount: number;
  }>(sql('evaluation/catalog-items'));
  return rows.map((r) => ({
    code: r.code,
    nameZh: r.nameZh,
    textFields: { nameZh: r.nameZh, departmentZh: r.departmentZh, legalBasis: r.legalBasis, resultZh: r.resultZh, feeNoteZh: r.feeNoteZh },
    legalLimitDays: r.legalLimitDays,
    committedLimitDays: r.committedLimitDays,
    materialCount: r.materialCount,
    channels: r.channels,
  }));
}

/** Every record kind except the publication sample, for one quarter and scope. */
export async function gatherRecords(db: Queryable, ctx: EvaluationContext, scope: Scope): Promise<Omit<EvaluationRecords, 'samples'>> {
  const [division, zone] = scopeParams(scope);
  const window = [ctx.quarter.start, ctx.quarter.end, division, zone];
  const [parcels, items, applied, timelines, materials, commitments, caseItems, publishes, credits, events] = await Promise.all([
    db.query<Row<ParcelRecord>>(sql('evaluation/parcels'), [ctx.quarter.end, division, zone, ctx.asOf]),
    catalogItems(db),
    db.query<Row<AppliedLimitRecord> & { openedAt: Date | string }>(sql('evaluation/applied-limits'), window),
    db.query<
      Row<{ caseCode: string; currentStatus: Record<string, string> | null; transitions: (Omit<CaseTimelineRecord['transitions'][number], 'occurredAt'> & { occurredAt: string })[] | null }>
    >(sql('evaluation/case-timelines'), window),
    db.query<Row<Omit<CaseMaterialsRecord, 'openedAt'> & { openedAt: Date | string }>>(sql('evaluation/case-materials'), window),
    db.query<Row<{ id: string; parcelCode: string; signedAt: Date | string; closedAt: Date | string | null; committed: CommittedIndicatorRecord[]; parcel: CommittedIndicatorRecord[] }>>(
      sql('evaluation/commitments'),
      window,
    ),
    db.query<Row<Omit<CaseItemRecord, 'closedOn' | 'suspensions'> & { closedAt: Date | string | null; suspensions: { from: string; to: string | null }[] }>>(
      sql('evaluation/case-items'),
      [ctx.quarter.firstDay, ctx.asOf, division, zone],
    ),
    db.query<Row<{ code: string; name: string; approvedAt: Date | string; publishedAt: Date | string }>>(sql('evaluation/publishes'), window),
    db.query<Row<{ id: string; decidedAt: Date | string; deliveredAt: Date | string | null }>>(sql('evaluation/credits'), window),
    db.query<Row<Omit<SharedEventRecord, 'occurredAt' | 'recordedAt'> & { occurredAt: Date | string; recordedAt: Date | string }>>(sql('evaluation/shared-events'), window),
  ]);
  return {
    parcels: parcels.rows,
    catalogItems: items,
    appliedLimits: applied.rows.map((r) => ({ ...r, openedAt: date(r.openedAt) })),
    caseTimelines: timelines.rows.map((r) => ({
      caseCode: r.caseCode,
      divisionCode: r.divisionCode,
      zoneCode: r.zoneCode,
      currentStatus: Object.fromEntries(Object.entries(r.currentStatus ?? {}).map(([id, status]) => [Number(id), status])),
      transitions: (r.transitions ?? []).map((t) => ({ ...t, id: Number(t.id), itemId: Number(t.itemId), occurredAt: date(t.occurredAt) })),
    })),
    caseMaterials: materials.rows.map((r) => ({ ...r, openedAt: date(r.openedAt) })),
    commitments: commitments.rows.map((r) => ({ ...r, signedAt: date(r.signedAt), closedAt: r.closedAt === null ? null : date(r.closedAt) })),
    caseItems: caseItems.rows.map(({ closedAt, ...r }) => ({ ...r, closedOn: beijingDay(closedAt), suspensions: r.suspensions })),
    publishes: publishes.rows.map((r): PublishRecord => ({
      code: r.code,
      name: r.name,
      divisionCode: r.divisionCode,
      zoneCode: r.zoneCode,
      approvedOn: beijingDay(r.approvedAt) as string,
      publishedOn: beijingDay(r.publishedAt) as string,
    })),
    credits: credits.rows.map((r): CreditRecord => ({ ...r, decidedAt: date(r.decidedAt), deliveredAt: r.deliveredAt === null ? null : date(r.deliveredAt) })),
    sharedEvents: events.rows.map((r) => ({ ...r, occurredAt: date(r.occurredAt), recordedAt: date(r.recordedAt) })),
  };
}

export interface Region {
  code: string;
  name: string;
}

/** The cities, counties or zones below a scope, named as the zones table names them. */
export async function childRegions(db: Queryable, kind: ScopeKind, scope: Scope): Promise<Region[]> {
  const [division, zone] = scopeParams(scope);
  return (await db.query<Region>(sql('evaluation/regions'), [kind, division, zone])).rows;
}

/** 山西省, 晋中市, 晋中市榆次区 or the zone's name; undefined when no zone lies in the scope. */
export async function scopeName(db: Queryable, scope: Scope): Promise<string | undefined> {
  return (await db.query<{ name: string }>(sql('evaluation/scope-name'), [scope.kind, scope.code])).rows[0]?.name;
}
