// The policy record as the API returns it, and the body that creates or replaces one.
import { z } from 'zod';
import { isIsoDate } from '../calendar/iso-date';
import type { ConsultationChannel, ConsultationStatus } from './consultation';
import { POLICY_CATEGORY_CODES, type PolicyCategory, type PolicyValidity } from './policy-categories';

export interface PolicyAttachment {
  name: string;
  url: string;
  mediaType: string;
  sizeBytes: number | null;
}

export interface PolicySummary {
  id: number;
  title: string;
  category: PolicyCategory;
  issuer: string;
  documentNo: string | null;
  issuedOn: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  repealedOn: string | null;
  validity: PolicyValidity;
  scopeDivision: string | null;
  summary: string;
  exemptApplication: boolean;
  attachmentCount: number;
  zoneCodes: string[];
}

export interface PolicyDetail extends Omit<PolicySummary, 'attachmentCount' | 'zoneCodes'> {
  fullText: string;
  contact: string;
  version: number;
  attachments: PolicyAttachment[];
  zones: { code: string; name: string }[];
  parcels: { code: string; name: string }[];
}

export interface Consultation {
  id: number;
  policyId: number | null;
  policyTitle: string | null;
  zoneCode: string | null;
  question: string;
  askerUscc: string | null;
  askerName: string;
  askedBy: string;
  askedChannel: ConsultationChannel;
  askedAt: string;
  status: ConsultationStatus;
  answer: string | null;
  answeredBy: string | null;
  answeredChannel: ConsultationChannel | null;
  answeredAt: string | null;
  closedAt: string | null;
  public: boolean;
  version: number;
}

const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

const attachmentSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  // A link to the issuer's site or our own file store; never javascript:, data: or protocol-relative (//host) URLs.
  url: z
    .string()
    .trim()
    .max(500)
    .regex(/^(https?:\/\/[^\s]+|\/(?!\/)[^\s]*)$/, 'must be an http(s) link or a path on this site'),
  mediaType: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9.+-]+$/)
    .default('application/pdf'),
  sizeBytes: z.number().int().min(0).nullish().transform((v) => v ?? null),
});

export const policyBodySchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    category: z.enum(POLICY_CATEGORY_CODES as unknown as [PolicyCategory, ...PolicyCategory[]]),
    issuer: z.string().trim().min(1).max(100),
    documentNo: optionalText(60),
    issuedOn: isoDate,
    effectiveFrom: isoDate,
    effectiveUntil: isoDate.nullish().transform((v) => v ?? null),
    repealedOn: isoDate.nullish().transform((v) => v ?? null),
    scopeDivision: z
      .string()
      .regex(/^14(\d{2}(\d{2})?)?$/, 'must be 14 (province), a 4-digit city or a 6-digit county prefix')
      .nullish()
      .transform((v) => v ?? null),
    summary: z.string().trim().max(1000).default(''),
    fullText: z.string().trim().min(1).max(100_000),
    exemptApplication: z.boolean().default(false),
    contact: z.string().trim().max(200).default(''),
    attachments: z.array(attachmentSchema).max(20).default([]),
    zoneCodes: z.array(z.string().regex(/^[A-Z]\d{6}$/, 'must be a zone code such as G140702')).max(50).default([]),
    parcelCodes: z.array(z.string().regex(/^\d{6}-\d{4}-\d{4}$/, 'must be a parcel code such as 140702-2025-0001')).max(200).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.effectiveFrom < p.issuedOn) ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'cannot be before issuedOn' });
    if (p.effectiveUntil !== null && p.effectiveUntil < p.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveUntil'], message: 'cannot be before effectiveFrom' });
    }
    if (p.repealedOn !== null && p.repealedOn < p.issuedOn) ctx.addIssue({ code: 'custom', path: ['repealedOn'], message: 'cannot be before issuedOn' });
  });

export type PolicyBody = z.output<typeof policyBodySchema>;
export type PolicyInput = z.input<typeof policyBodySchema>;
