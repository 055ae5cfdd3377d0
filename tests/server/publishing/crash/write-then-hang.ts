// Child process for the crash test: opens the database named on the command line, writes parcels
// inside one transaction, says so, and hangs until it is killed with SIGKILL (never committing).
import { loadCatalog } from '../../../../server/src/catalog/catalog-loader';
import type { Db } from '../../../../server/src/db/db';
import { openPg } from '../../../../server/src/db/pg-db';
import { openPglite } from '../../../../server/src/db/pglite-db';
import { SMALL } from '../../../support/small-catalog';

const [engine, target] = process.argv.slice(2);
const db: Db = engine === 'postgres'
  ? await openPg({ connectionString: target as string, statementTimeoutMs: 60_000 })
  : await openPglite({ dataDir: target as string });
await db.transaction(async (tx) => {
  await loadCatalog(tx, SMALL);
  process.stdout.write('WRITTEN\n');
  await new Promise((resolve) => setTimeout(resolve, 120_000));
});
