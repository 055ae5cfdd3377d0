// `npm run user:add -- --role <role> --username <name> --password <pw> [--display-name ..] [--uscc ..]`
// Exit codes: 0 created; 2 refused (usage, unknown role, invalid field, weak password, duplicate).
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { SYSTEM_ACTOR } from '../audit/audit-context';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import { ROLE_CODES } from './roles';
import type { NewUser } from './user';
import { createUser } from './users.service';

export const USER_ADD_USAGE = `usage: npm run user:add -- --role <${ROLE_CODES.join('|')}> --username <name> --password <password> [--display-name <name>] [--uscc <18-character code>]\n`;

export const EXIT_REFUSED = 2;

export function parseUserAddArgs(argv: string[]): NewUser | { error: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        username: { type: 'string' },
        password: { type: 'string' },
        'display-name': { type: 'string' },
        uscc: { type: 'string' },
      },
      strict: true,
    });
    const missing = (['role', 'username', 'password'] as const).filter((k) => values[k] === undefined);
    if (missing.length > 0) return { error: `missing ${missing.map((k) => `--${k}`).join(', ')}` };
    return {
      role: values.role as NewUser['role'],
      username: values.username as string,
      password: values.password as string,
      displayName: values['display-name'],
      uscc: values.uscc,
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Creates the account and writes one line for the operator; returns the exit code. */
export async function addUser(db: Db, user: NewUser, write: (text: string) => void): Promise<number> {
  try {
    const created = await createUser(db, user, { actor: SYSTEM_ACTOR, actorRole: null, requestId: null });
    write(`created ${created.role} account "${created.username}"${created.uscc ? ` (USCC ${created.uscc})` : ''}\n`);
    return 0;
  } catch (error) {
    if (error instanceof HttpError) {
      write(`refused: ${error.detail}\n`);
      return EXIT_REFUSED;
    }
    if (error instanceof ZodError) {
      write(`refused: ${error.issues.map((i) => `--${String(i.path[0] ?? 'input').replace('displayName', 'display-name')} ${i.message}`).join('; ')}\n`);
      return EXIT_REFUSED;
    }
    throw error;
  }
}
