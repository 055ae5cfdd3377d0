import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { Bbox } from '../http/query-params';
import type { Extent, GeometryOutput, ParcelRow } from '../parcels/parcels.repository';

export interface ZoneQuery {
  codes?: string[];
  bbox?: Bbox;
  geometry: GeometryOutput;
  limit: number;
  offset: number;
}

export async function listZones(db: Queryable, q: ZoneQuery): Promise<{ total: number; rows: ParcelRow[] }> {
  const { rows } = await db.query<ParcelRow & { total: number }>(sql('zones/list'), [
    q.codes ?? null,
    q.geometry,
    q.limit,
    q.offset,
    q.bbox?.[0] ?? null,
    q.bbox?.[1] ?? null,
    q.bbox?.[2] ?? null,
    q.bbox?.[3] ?? null,
  ]);
  return { total: rows[0]?.total ?? 0, rows };
}

export async function zoneExtent(db: Queryable): Promise<Extent> {
  const { rows } = await db.query<Extent>(sql('zones/extent'));
  return rows[0] ?? { minLon: null, minLat: null, maxLon: null, maxLat: null };
}
