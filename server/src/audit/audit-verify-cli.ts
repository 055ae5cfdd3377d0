// `npm run audit:verify`: recomputes the audit chain of the configured database. Exit 0 when intact,
// 1 when a row was changed, removed or reordered. Record the printed head hash somewhere else
// (a ticket, a signed e-mail): it is what proves later that no rows were cut from the end.
import { loadConfig } from '../config';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { openDb } from '../db/open-db';
import { createLogger } from '../logger';
import { formatVerification } from './format-verification';
import { verifyAuditChain } from './verify-audit-chain';

let db: Db | undefined;
try {
  db = await openDb(loadConfig(), createLogger('warn'));
  await migrate(db);
  const result = await verifyAuditChain(db);
  process.stdout.write(formatVerification(result));
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await db?.close();
}
