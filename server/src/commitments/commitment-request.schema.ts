// Request bodies of the commitment routes, parsed at the edge.
import { z } from 'zod';
import { INDICATOR_KEYS } from '../domain/indicators';
import { isIsoDate } from '../calendar/iso-date';

export const isoDate = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });
const text = (max: number) => z.string().trim().min(1).max(max);

export const enterpriseInputSchema = z
  .object({
    uscc: z.string().max(40),
    name: z.string().trim().min(2).max(200),
    legalRepresentative: text(50),
    contactName: z.string().trim().max(50).default(''),
    contactPhone: z.string().trim().regex(/^[0-9+ -]{0,20}$/, 'digits, spaces, + and - only').default(''),
    address: z.string().trim().max(200).default(''),
  })
  .strict();

export const createCommitmentSchema = z
  .object({
    parcelCode: text(20),
    /** A registered enterprise by its code, or its details to register (or update) it. */
    enterprise: z.union([z.object({ uscc: z.string().max(40) }).strict(), enterpriseInputSchema]),
    project: z
      .object({
        code: z.string().trim().max(40),
        name: z.string().trim().min(2).max(200),
        industryCode: z.string().regex(/^[0-9]{2}$/, 'two digits (GB/T 4754)').optional(),
      })
      .strict(),
    deadlines: z.object({ startBy: isoDate, completeBy: isoDate, outputBy: isoDate }).strict(),
    /** Stricter bounds the enterprise offers; indicators not listed are committed at the parcel's bound. */
    indicators: z
      .array(
        z
          .object({
            key: z.enum(INDICATOR_KEYS as unknown as [string, ...string[]]),
            value: z.number().finite().nullable().optional(),
            valueMax: z.number().finite().nullable().optional(),
            textValue: z.string().trim().max(200).nullable().optional(),
          })
          .strict(),
      )
      .max(20)
      .default([]),
  })
  .strict();
export type CreateCommitmentInput = z.infer<typeof createCommitmentSchema>;

export const verifyCommitmentSchema = z
  .object({
    stage: z.enum(['completion', 'output']),
    /** As-built site plan (GeoJSON) at completion; not needed at the output review. */
    sitePlan: z.unknown().optional(),
    planSrid: z.number().int().optional(),
    figures: z.record(z.string(), z.unknown()).default({}),
    /** 整改期限 when the verification fails the first time. */
    rectifyBy: isoDate.optional(),
    note: z.string().trim().max(2000).default(''),
  })
  .strict();
export type VerifyCommitmentInput = z.infer<typeof verifyCommitmentSchema>;

export const terminateCommitmentSchema = z.object({ reason: text(500) }).strict();
