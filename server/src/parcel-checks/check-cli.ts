// `npm run check -- --parcel <code> --plan plan.geojson [--figures figures.json] [--json]`:
// the check engine's CLI with the parcel read from the configured database (DATABASE_URL or DATA_DIR).
import { runCli } from '../checks/cli';
import { loadConfig } from '../config';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { openDb } from '../db/open-db';
import { createLogger } from '../logger';
import { loadCheckParcel } from './parcel-checks.repository';

let db: Db | undefined;
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    async loadParcel(code) {
      const config = loadConfig();
      db = await openDb(config, createLogger('warn'));
      await migrate(db);
      // The CLI runs on the server with database access: it may check unpublished parcels too.
      return (await loadCheckParcel(db, code, 'staff')) ?? null;
    },
  });
} finally {
  await db?.close();
}
