import { createHash } from 'node:crypto';
import type { Queryable } from '../db/db';
import { getParcelJson } from './parcels.repository';

/**
 * What the audit log keeps of a parcel before and after a change: every attribute, and the geometry
 * as a hash plus its area (the full outline would bloat the log; history shows that it changed).
 */
export async function parcelSnapshot(tx: Queryable, code: string): Promise<Record<string, unknown> | null> {
  const body = await getParcelJson(tx, code, 'staff');
  if (body === undefined) return null;
  const { geometry, centroid: _c, bbox: _b, assessments: _a, ...rest } = JSON.parse(body) as Record<string, unknown>;
  return { ...rest, geometrySha256: createHash('sha256').update(JSON.stringify(geometry)).digest('hex') };
}
