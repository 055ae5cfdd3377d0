// What the signed-in account may do with a letter, read from the server's own tables (route-roles.ts,
// commitment-status.ts), so the letter page never offers a button the API would refuse. Pure.
import { ACTIVE_COMMITMENT_STATUSES, COMMITMENT_ACTION_FROM, type CommitmentStatus, LETTER_PARCEL_STATUSES } from '../../../../server/src/commitments/commitment-status';
import type { ParcelStatus } from '../../../../server/src/domain/parcel-status';
import { type GuardedRoute, ROUTE_ROLES } from '../../../../server/src/users/route-roles';
import type { Role } from '../../../../server/src/users/roles';

export interface Account {
  role: Role;
  uscc: string | null;
}

const allowed = (route: GuardedRoute, role: Role | undefined): boolean => role !== undefined && (ROUTE_ROLES[route] as readonly Role[]).includes(role);

export function isActiveLetter(status: CommitmentStatus): boolean {
  return ACTIVE_COMMITMENT_STATUSES.includes(status);
}

/** Show "编制承诺书": a role that may write letters, on transferred land that has no active letter. */
export function canDraftLetter(account: Account | null, parcelStatus: ParcelStatus, hasActiveLetter: boolean): boolean {
  return allowed('POST /api/commitments', account?.role) && LETTER_PARCEL_STATUSES.includes(parcelStatus) && !hasActiveLetter;
}

export type LetterAction = 'sign' | 'countersign' | 'verify' | 'terminate';

/** The enterprise named in the letter signs it; the authority (admin, publisher) countersigns. */
export function letterActionsFor(account: Account | null, letter: { status: CommitmentStatus; uscc: string }): LetterAction[] {
  if (!account) return [];
  const { role } = account;
  const actions: LetterAction[] = [];
  const signs = allowed('POST /api/commitments/:id/sign', role);
  if (signs && role === 'enterprise' && account.uscc === letter.uscc && COMMITMENT_ACTION_FROM.sign.includes(letter.status)) actions.push('sign');
  if (signs && role !== 'enterprise' && COMMITMENT_ACTION_FROM.countersign.includes(letter.status)) actions.push('countersign');
  if (allowed('POST /api/commitments/:id/verify', role) && COMMITMENT_ACTION_FROM.verify.includes(letter.status)) actions.push('verify');
  if (allowed('POST /api/commitments/:id/terminate', role) && COMMITMENT_ACTION_FROM.terminate.includes(letter.status)) actions.push('terminate');
  return actions;
}

/** The letter PDF and the credit record: staff and the enterprise itself (security.md "Access"). */
export function seesEnterpriseRecords(account: Account | null, uscc: string, route: 'GET /api/commitments/:id/letter.pdf' | 'GET /api/enterprises/:uscc/credit'): boolean {
  if (!account || !allowed(route, account.role)) return false;
  return account.role !== 'enterprise' || account.uscc === uscc;
}

export function seesReminders(account: Account | null): boolean {
  return allowed('GET /api/commitments/reminders', account?.role);
}
