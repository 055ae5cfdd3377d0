// What every outbound message to a peer platform carries around its record (docs/interfaces/).
import { z } from 'zod';
import { validateProjectCode } from '../domain/project-code';
import { validateUscc } from '../enterprises/uscc';

export const SOURCE_SYSTEM = 'standard-land-atlas';

/** The peers' acknowledgement body (optional): `{ "receiptId": "…" }`. */
const acknowledgement = z.object({ receiptId: z.string().min(1).max(200) }).loose();

export const receiptOf = (body: unknown): string | undefined => {
  const parsed = acknowledgement.safeParse(body);
  return parsed.success ? parsed.data.receiptId : undefined;
};

/** The shared token, when configured, as a bearer credential. */
export const authHeaders = (token: string | undefined): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});

/** Ids may be numbers in our database; on the wire they are strings. */
export const idText = z.union([z.string().min(1).max(200), z.number().int().nonnegative()]).transform(String);

/** An ISO 8601 timestamp with offset (`2026-07-01T09:30:00+08:00` or `…Z`), a date (`2026-07-01`), or a Date. */
export const instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString() : v));

export const usccText = z.string().refine((v) => validateUscc(v).valid, { message: 'not a valid unified social credit code (GB 32100-2015)' });

export const projectCodeText = z.string().refine((v) => validateProjectCode(v).valid, { message: 'not a valid investment project code (YYYY-DDDDDD-II-TT-NNNNNN)' });
