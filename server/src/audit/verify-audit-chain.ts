// Recomputes the audit chain from the first row: every id follows the previous one, every row names
// the previous row's hash, every stored hash matches its content, and the head points at the last row.
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import { auditRowHash, GENESIS_HASH, type AuditRowContent } from './audit-hash';

export const CHAIN_BREAKS = {
  /** A row is missing before this one (deleted with the triggers disabled). */
  ID_GAP: 'ID_GAP',
  /** This row does not name the previous row's hash (rows reordered or re-chained). */
  PREV_HASH_MISMATCH: 'PREV_HASH_MISMATCH',
  /** This row's content was changed after it was written. */
  HASH_MISMATCH: 'HASH_MISMATCH',
  /** Rows after `firstBrokenId` were removed from the end, or the head was edited. */
  HEAD_MISMATCH: 'HEAD_MISMATCH',
} as const;
export type ChainBreak = (typeof CHAIN_BREAKS)[keyof typeof CHAIN_BREAKS];

export type ChainVerification =
  | { ok: true; rows: number; headHash: string }
  | { ok: false; rows: number; firstBrokenId: number; reason: ChainBreak };

const PAGE = 1000;

type StoredRow = Omit<AuditRowContent, 'id' | 'at'> & { id: number | string; at: Date | string; hash: string };

export async function verifyAuditChain(db: Queryable): Promise<ChainVerification> {
  // The head is read first: rows appended while we verify are left for the next run.
  const head = (await db.query<{ lastId: number | string; lastHash: string }>(sql('audit/get-head'))).rows[0];
  const lastId = Number(head?.lastId ?? 0);
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let rows = 0;
  for (;;) {
    const page = (await db.query<StoredRow>(sql('audit/list-page'), [expectedId - 1, lastId, PAGE])).rows;
    for (const stored of page) {
      const { hash, ...rest } = stored;
      const row: AuditRowContent = { ...rest, id: Number(stored.id), at: new Date(stored.at).toISOString() };
      const broken = (reason: ChainBreak): ChainVerification => ({ ok: false, rows, firstBrokenId: row.id, reason });
      if (row.id !== expectedId) return broken(CHAIN_BREAKS.ID_GAP);
      if (row.prevHash !== prevHash) return broken(CHAIN_BREAKS.PREV_HASH_MISMATCH);
      if (auditRowHash(row) !== hash) return broken(CHAIN_BREAKS.HASH_MISMATCH);
      prevHash = hash;
      expectedId += 1;
      rows += 1;
    }
    if (page.length < PAGE) break;
  }
  if (rows !== lastId || prevHash !== head?.lastHash) {
    return { ok: false, rows, firstBrokenId: rows < lastId ? rows + 1 : lastId, reason: CHAIN_BREAKS.HEAD_MISMATCH };
  }
  return { ok: true, rows, headHash: prevHash };
}
