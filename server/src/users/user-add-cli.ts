// The user:add command over the configured database (DATABASE_URL, or the embedded one in DATA_DIR:
// stop the server first, since an embedded database has one user at a time).
import { loadConfig } from '../config';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { openDb } from '../db/open-db';
import { createLogger } from '../logger';
import { addUser, EXIT_REFUSED, parseUserAddArgs, USER_ADD_USAGE } from './user-add';

const write = (text: string) => process.stdout.write(text);
const args = parseUserAddArgs(process.argv.slice(2));
if ('error' in args) {
  write(`${args.error}\n${USER_ADD_USAGE}`);
  process.exitCode = EXIT_REFUSED;
} else {
  let db: Db | undefined;
  try {
    db = await openDb(loadConfig(), createLogger('warn'));
    await migrate(db);
    process.exitCode = await addUser(db, args, write);
  } finally {
    await db?.close();
  }
}
