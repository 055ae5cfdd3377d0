import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import { INDICATOR_KEYS } from '../domain/indicators';
import { LAND_USES } from '../domain/land-use';
import { PARCEL_STATUSES } from '../domain/parcel-status';
import type { Audience } from '../http/audience';
import type { ParcelFilter } from './parcel-filter';

export type GeometryOutput = 'none' | 'crs84' | 'epsg4490';

export interface SearchPage {
  limit: number;
  offset: number;
  sort: string;
  geometry: GeometryOutput;
  audience: Audience;
}

/** One row as PostGIS built it: `props` and `geometry` are JSON text, passed through without re-parsing. */
export interface ParcelRow {
  code: string;
  props: string;
  geometry: string | null;
}

const LABELS = JSON.stringify({
  status: Object.fromEntries(PARCEL_STATUSES.map((s) => [s.code, s.labelZh])),
  landUse: Object.fromEntries(LAND_USES.map((l) => [l.code, l.labelZh])),
});

function searchParams(f: ParcelFilter, page: SearchPage): unknown[] {
  return [
    f.zones ?? null,
    f.division ?? null,
    f.statuses ?? null,
    f.landUses ?? null,
    f.areaMuMin ?? null,
    f.areaMuMax ?? null,
    f.indicators ? JSON.stringify(f.indicators) : null,
    f.bbox?.[0] ?? null,
    f.bbox?.[1] ?? null,
    f.bbox?.[2] ?? null,
    f.bbox?.[3] ?? null,
    f.q ?? null,
    page.sort,
    page.limit,
    page.offset,
    page.geometry,
    LABELS,
    f.codes ?? null,
    page.audience === 'staff',
    f.workflowStates ?? null,
  ];
}

export async function searchParcels(db: Queryable, filter: ParcelFilter, page: SearchPage): Promise<{ total: number; rows: ParcelRow[] }> {
  const { rows } = await db.query<ParcelRow & { total: number }>(sql('parcels/search'), searchParams(filter, page));
  if (rows.length > 0) return { total: rows[0]?.total ?? 0, rows };
  if (page.offset === 0) return { total: 0, rows: [] };
  // Past the last page the window count has no row to ride on: ask for the first row only.
  const first = await db.query<{ total: number }>(sql('parcels/search'), searchParams(filter, { ...page, limit: 1, offset: 0, geometry: 'none' }));
  return { total: first.rows[0]?.total ?? 0, rows: [] };
}

/** The parcel detail document as JSON text, or undefined when no parcel has that code. */
export async function getParcelJson(db: Queryable, code: string, audience: Audience): Promise<string | undefined> {
  return (await getParcelDocument(db, code, audience))?.body;
}

/** The detail document with the record version it shows (for the parcel's ETag). */
export async function getParcelDocument(db: Queryable, code: string, audience: Audience): Promise<{ body: string; version: number } | undefined> {
  const { rows } = await db.query<{ body: string; version: number }>(sql('parcels/get-by-code'), [code, INDICATOR_KEYS, audience === 'staff']);
  return rows[0];
}

export interface Extent {
  minLon: number | null;
  minLat: number | null;
  maxLon: number | null;
  maxLat: number | null;
}

export async function parcelExtent(db: Queryable): Promise<Extent & { firstListed: string | null; lastUpdated: Date | null }> {
  const { rows } = await db.query<Extent & { firstListed: string | null; lastUpdated: Date | null }>(sql('parcels/extent'));
  return rows[0] ?? { minLon: null, minLat: null, maxLon: null, maxLat: null, firstListed: null, lastUpdated: null };
}
