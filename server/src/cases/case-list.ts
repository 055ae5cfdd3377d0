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

type ItemCounts = CaseSummary['items'];

/** The row as SQL gives it: the summary's fields flat, with timestamps as dates. */
interface Row extends Omit<CaseSummary, 'createdAt' | 'updatedAt' | 'items'>, ItemCounts {
  totalCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export async function listCases(db: Queryable, f: CaseListFilter): Promise<{ total: number; items: CaseSummary[] }> {
  const { rows } = await db.query<Row>(sql('cases/list'), [
    f.uscc, f.assignedAgent, f.statuses, f.zones, f.q, f.today, f.dueBy, f.overdue, f.channels, f.sort, f.limit, f.offset, f.parcelCode,
  ]);
  return {
    total: Number(rows[0]?.totalCount ?? 0),
    items: rows.map(({ totalCount: _count, total, completed, rejected, running, overdue, suspended, ...r }) => ({
      ...r,
      createdAt: new Date(r.createdAt).toISOString(),
      updatedAt: new Date(r.updatedAt).toISOString(),
      version: Number(r.version),
      items: { total, completed, rejected, running, overdue, suspended },
      statuses: [...r.statuses].sort(),
    })),
  };
}
