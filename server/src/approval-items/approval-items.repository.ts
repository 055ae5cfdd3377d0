import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { ApprovalItem } from './approval-item';

export async function listApprovalItems(db: Queryable, code: string | null = null): Promise<ApprovalItem[]> {
  const { rows } = await db.query<ApprovalItem>(sql('approval-items/list'), [code]);
  return rows;
}

export interface Bundle {
  code: string;
  nameZh: string;
  nameEn: string;
  items: string[];
}

export async function listBundles(db: Queryable): Promise<Bundle[]> {
  const { rows } = await db.query<Bundle>(sql('approval-items/list-bundles'));
  return rows;
}

export async function findBundle(db: Queryable, code: string): Promise<Bundle | null> {
  const { rows } = await db.query<{ bundleCode: string; nameZh: string; nameEn: string; itemCode: string }>(sql('approval-items/bundle-items'), [code]);
  const first = rows[0];
  if (!first) return null;
  return { code: first.bundleCode, nameZh: first.nameZh, nameEn: first.nameEn, items: rows.map((r) => r.itemCode) };
}
