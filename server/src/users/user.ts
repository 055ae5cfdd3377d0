// The account as the rest of the server sees it, and the shape of a new account.
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from './password-policy';
import { ROLE_CODES, type Role } from './roles';
import { USCC_PATTERN } from './uscc-format';

/** Who is signed in: what `req.user` holds and what the session API returns (never the hash). */
export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  displayName: string;
  uscc: string | null;
}

export type PublicUser = Omit<SessionUser, 'id'>;

export const publicUser = ({ username, role, displayName, uscc }: SessionUser): PublicUser => ({ username, role, displayName, uscc });

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export const newUserSchema = z
  .strictObject({
    // Compared lower-case, so "Admin" and "admin" are one account.
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(USERNAME_PATTERN, '3–32 characters: letters, digits, ".", "_" or "-", starting with a letter or digit'),
    role: z.enum(ROLE_CODES as [Role, ...Role[]], { error: `must be one of: ${ROLE_CODES.join(', ')}` }),
    password: z.string().max(MAX_PASSWORD_LENGTH),
    displayName: z.string().trim().min(1).max(100).optional(),
    uscc: z.string().trim().toUpperCase().regex(USCC_PATTERN, 'must be an 18-character unified social credit code (统一社会信用代码)').optional(),
  })
  .superRefine((u, ctx) => {
    // An enterprise account is identified by its USCC; other accounts belong to people, not companies.
    if (u.role === 'enterprise' && u.uscc === undefined) {
      ctx.addIssue({ code: 'custom', path: ['uscc'], message: 'is required for an enterprise account' });
    }
    if (u.role !== 'enterprise' && u.uscc !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['uscc'], message: 'is only for enterprise accounts' });
    }
  });
export type NewUser = z.input<typeof newUserSchema>;
