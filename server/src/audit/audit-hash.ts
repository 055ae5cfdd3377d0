// The audit chain's hash (security.md "Data integrity": each row carries a hash of the previous one).
// SM3 (GB/T 32905-2016, built into Node's crypto) over a canonical JSON of the row, which includes
// the previous row's hash: editing, removing or reordering any row breaks every hash after it.
import { createHash } from 'node:crypto';

export const AUDIT_HASH_ALGORITHM = 'sm3';
/** The `prev_hash` of the first row (and the head of an empty log). */
export const GENESIS_HASH = '0'.repeat(64);

/** One audit row as it is hashed: exactly the stored columns except `hash`. */
export interface AuditRowContent {
  id: number;
  at: string;
  actor: string;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

/** JSON with object keys sorted at every level, so jsonb's own key order cannot change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditRowHash(row: AuditRowContent): string {
  return createHash(AUDIT_HASH_ALGORITHM).update(canonicalJson(row), 'utf8').digest('hex');
}
