import { AUDIT_HASH_ALGORITHM } from './audit-hash';
import type { ChainVerification } from './verify-audit-chain';

/** The audit:verify report, one line. */
export function formatVerification(result: ChainVerification): string {
  if (result.ok) return `audit log intact: ${result.rows} rows, head ${AUDIT_HASH_ALGORITHM}:${result.headHash}\n`;
  return `audit log TAMPERED: ${result.reason} at row ${result.firstBrokenId} (${result.rows} rows verified before it)\n`;
}
