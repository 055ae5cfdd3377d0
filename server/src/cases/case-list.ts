// The agent desk's list (我的办件, 即将到期, 已超期) and an enterprise's own cases.
import type { IsoDate } from '../calendar/iso-date';
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { Channel } from './channels';
import type { ItemStatus } from './item-status';

export const CASE_SORTS = ['due', '-created', 'code'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export interface CaseListFilter {
  uscc: string | null;
  assignedAgent: string | null;
  statuses: ItemStatus[] | null;
  zones: string[] | null;
  q: string | null;
  today: IsoDate;
  /** Cases with a running item due between today and this date. */
  dueBy: IsoDate | null;
  overdue: boolean | null;
  channels: Channel[] | null;
  parcelCode: string | null;
  sort: CaseSort;
  limit: number;
  offset: number;
}

export interface CaseSummary {
  code: string;
  uscc: string;
  enterpriseName: string;
  parcelCode: string;
  parcelName: string;
  zoneCode: string;
  zoneName: string;
  countyName: string;
  projectName: string;
  projectCode: string | null;
  originChannel: Channel;
  assignedAgent: string | null;
  assignedAgentName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  items: { total: number; completed: number; rejected: number; running: number; overdue: number; suspended: number };
  nextDueOn: IsoDate | null;
  statuses: ItemStatus[];
}

interface Row {
  totalCount: number;
  code: string;
  uscc: string;
  enterpriseName: string;
  parcelCode: string;
  parcelName: string;
  zoneCode: string;
  zoneName: string;
  countyName: string;
  projectName: string;
  projectCode: string | null;
  originChannel: Channel;
  assignedAgent: string | null;
  assignedAgentName: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  total: number;
  completed: number;
  rejected: number;
  running: number;
  overdue: number;
  suspended: number;
  nextDueOn: string | null;
  statuses: ItemStatus[];
}

export async function listCases(db: Queryable, f: CaseListFilter): Promise<{ total: number; items: CaseSummary[] }> {
  const { rows } = await db.query<Row>(sql('cases/list'), [
    f.uscc, f.assignedAgent, f.statuses, f.zones, f.q, f.today, f.dueBy, f.overdue, f.channels, f.sort, f.limit, f.offset, f.parcelCode,
  ]);
  return {
    total: Number(rows[0]?.totalCount ?? 0),
    items: rows.map((r) => ({
      code: r.code,
      uscc: r.uscc,
      enterpriseName: r.enterpriseName,
      parcelCode: r.parcelCode,
      parcelName: r.parcelName,
      zoneCode: r.zoneCode,
      zoneName: r.zoneName,
      countyName: r.countyName,
      projectName: r.projectName,
      projectCode: r.projectCode,
      originChannel: r.originChannel,
      assignedAgent: r.assignedAgent,
      assignedAgentName: r.assignedAgentName,
      createdAt: new Date(r.createdAt).toISOString(),
      updatedAt: new Date(r.updatedAt).toISOString(),
      version: Number(r.version),
      items: { total: r.total, completed: r.completed, rejected: r.rejected, running: r.running, overdue: r.overdue, suspended: r.suspended },
      nextDueOn: r.nextDueOn,
      statuses: [...r.statuses].sort(),
    })),
  };
}
