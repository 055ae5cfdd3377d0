import type { CheckParcel, CheckReport } from '../checks';
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { ParcelIndicator } from '../domain/indicators';
import type { Audience } from '../http/audience';
import { getParcelJson } from '../parcels/parcels.repository';

/** The parcel as the check engine needs it, or undefined when no parcel has that code. */
export async function loadCheckParcel(db: Queryable, code: string, audience: Audience): Promise<CheckParcel | undefined> {
  const body = await getParcelJson(db, code, audience);
  if (body === undefined) return undefined;
  const p = JSON.parse(body) as {
    code: string;
    geometry: CheckParcel['geometry'];
    indicators: ParcelIndicator[];
    planning: { heightLimitM: number | null; setbackM: number | null };
  };
  return {
    code: p.code,
    geometry: p.geometry,
    indicators: p.indicators,
    planningHeightLimitM: p.planning.heightLimitM,
    planningSetbackM: p.planning.setbackM,
  };
}

export async function saveCheckRecord(
  db: Queryable,
  code: string,
  who: string | null,
  input: unknown,
  report: CheckReport,
): Promise<{ id: number; createdAt: string }> {
  const { rows } = await db.query<{ id: number; createdAt: string }>(sql('checks/insert-record'), [
    code,
    who,
    report.verdict,
    JSON.stringify(input),
    JSON.stringify(report),
  ]);
  return rows[0] as { id: number; createdAt: string };
}

export interface CheckRecordSummary {
  id: number;
  createdAt: string;
  createdBy: string | null;
  verdict: string;
}

export async function listCheckRecords(db: Queryable, code: string, limit: number, offset: number) {
  const { rows } = await db.query<CheckRecordSummary & { total: number }>(sql('checks/list-records'), [code, limit, offset]);
  return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...r }) => r) };
}

export async function getCheckRecord(db: Queryable, code: string, id: number) {
  const { rows } = await db.query<CheckRecordSummary & { input: unknown; report: CheckReport }>(sql('checks/get-record'), [code, id]);
  return rows[0];
}
