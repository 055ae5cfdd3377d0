import type { ParcelStatus } from '../domain/parcel-status';

// A commitment letter's lifecycle (issue #5): draft → signed (by the enterprise) → in force
// (countersigned by the authority) → fulfilled | breached | terminated. Every move is audited.
export const COMMITMENT_STATUSES = [
  { code: 'draft', labelZh: '草稿', labelEn: 'Draft' },
  { code: 'signed', labelZh: '企业已签署', labelEn: 'Signed by the enterprise' },
  { code: 'in_force', labelZh: '生效中', labelEn: 'In force' },
  { code: 'fulfilled', labelZh: '已履约', labelEn: 'Fulfilled' },
  { code: 'breached', labelZh: '已违约', labelEn: 'Breached' },
  { code: 'terminated', labelZh: '已终止', labelEn: 'Terminated' },
] as const;

export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number]['code'];
export const COMMITMENT_STATUS_CODES = COMMITMENT_STATUSES.map((s) => s.code) as readonly CommitmentStatus[];

/** Statuses that hold the parcel: the database allows one such commitment per parcel. */
export const ACTIVE_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['draft', 'signed', 'in_force'];

export const COMMITMENT_ACTIONS = ['sign', 'countersign', 'verify', 'terminate'] as const;
export type CommitmentAction = (typeof COMMITMENT_ACTIONS)[number];

/** Where each action may start; verification outcomes choose the target (verification-outcome.ts). */
export const COMMITMENT_ACTION_FROM: Record<CommitmentAction, readonly CommitmentStatus[]> = {
  sign: ['draft'],
  countersign: ['signed'],
  verify: ['in_force'],
  // A draft is withdrawn, a letter in force ends by agreement or court decision; closed ones stay closed.
  terminate: ['draft', 'signed', 'in_force'],
};

export function commitmentStatusLabel(status: CommitmentStatus): { labelZh: string; labelEn: string } {
  return COMMITMENT_STATUSES.find((s) => s.code === status) as { labelZh: string; labelEn: string };
}

/** A letter is written once the land is transferred (已出让) and until its output review. */
export const LETTER_PARCEL_STATUSES: readonly ParcelStatus[] = ['transferred', 'under_construction', 'completed'];

/** A letter id: CL + year + six-digit serial (the migration's CHECK says the same). */
export const COMMITMENT_ID = /^CL[0-9]{10}$/;
