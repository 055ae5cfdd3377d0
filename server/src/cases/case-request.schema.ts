// Request bodies of the cases API, parsed with zod in the routes (400 INVALID_PARAMETER naming the field).
import { z } from 'zod';
import { APPROVAL_ITEM_CODE } from '../approval-items/approval-item';
import { CHANNEL_CODES, CONFIRMATION_METHOD_CODES, type Channel, type ConfirmationMethod } from './channels';
import { ITEM_STATUS_CODES, type ItemStatus } from './item-status';

const channel = z.enum(CHANNEL_CODES as [Channel, ...Channel[]]);
const text = (max: number) => z.string().trim().min(1).max(max);
/** An instant with its offset, e.g. 2026-09-29T10:00:00+08:00: when a hall step really happened. */
const instant = z.iso.datetime({ offset: true });

export const newCaseSchema = z.strictObject({
  uscc: z.string().trim().optional(),
  parcelCode: z.string().trim().regex(/^[0-9]{6}-[0-9]{4}-[0-9]{4}$/, 'must be a parcel code such as 140702-2025-0001'),
  commitmentId: z.string().trim().regex(/^CL[0-9]{10}$/, 'must be a commitment id such as CL2026000012').optional(),
  projectCode: z.string().trim().optional(),
  projectName: z.string().trim().min(2).max(200).optional(),
  /** A bundle template (default 'standard-land'), or an explicit list of item codes. */
  bundle: z.string().trim().min(2).max(40).optional(),
  items: z.array(z.string().trim().toUpperCase().regex(APPROVAL_ITEM_CODE)).min(1).max(50).optional(),
  contactName: text(50),
  contactPhone: z.string().trim().regex(/^[0-9+ -]{5,20}$/, 'must be a phone number'),
  channel: channel.optional(),
  /** Required when staff record the case for the applicant (代办): who confirmed and how. */
  confirmation: z.strictObject({ confirmedBy: text(100), method: z.enum(CONFIRMATION_METHOD_CODES as [ConfirmationMethod, ...ConfirmationMethod[]]) }).optional(),
  assignedAgent: z.string().trim().min(3).max(32).optional(),
  occurredAt: instant.optional(),
});
export type NewCaseInput = z.infer<typeof newCaseSchema>;

export const transitionSchema = z.strictObject({
  to: z.enum(ITEM_STATUS_CODES as [ItemStatus, ...ItemStatus[]]),
  reason: z.string().trim().max(1000).optional(),
  /** 容缺受理: the date the applicant promised to supply the missing materials by. */
  supplementDueOn: z.iso.date().optional(),
  /** 容缺受理: which non-key materials are missing (default: every missing non-key material). */
  deficiencyMaterials: z.array(z.string().trim().min(3).max(41)).max(30).optional(),
  resultDocumentNo: z.string().trim().min(1).max(100).optional(),
  channel: channel.optional(),
  occurredAt: instant.optional(),
});
export type TransitionInput = z.infer<typeof transitionSchema>;

export const suspendSchema = z.strictObject({
  reason: text(500),
  channel: channel.optional(),
  occurredAt: instant.optional(),
});
export type SuspendInput = z.infer<typeof suspendSchema>;

export const resumeSchema = z.strictObject({
  channel: channel.optional(),
  occurredAt: instant.optional(),
});
export type ResumeInput = z.infer<typeof resumeSchema>;

export const casePatchSchema = z
  .strictObject({
    assignedAgent: z.string().trim().min(3).max(32).nullable().optional(),
    contactName: text(50).optional(),
    contactPhone: z.string().trim().regex(/^[0-9+ -]{5,20}$/, 'must be a phone number').optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type CasePatch = z.infer<typeof casePatchSchema>;

export const evaluationSchema = z.strictObject({
  /** An item of the case, or absent for the whole case. */
  itemCode: z.string().trim().toUpperCase().regex(APPROVAL_ITEM_CODE).optional(),
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).default(''),
  channel: channel.optional(),
});
export type EvaluationInput = z.infer<typeof evaluationSchema>;
