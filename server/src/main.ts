import { createApp } from './app';
import { loadConfig } from './config';
import { refreshCapabilities } from './db/db';
import { migrate } from './db/migrate';
import { openDb } from './db/open-db';
import { loadDemoOnce } from './demo/load-demo';
import { createLogger } from './logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const engine = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite + PostGIS in ${config.DATA_DIR}`;
  log.info('opening database', { engine });
  const db = await openDb(config, log);
  const applied = await migrate(db);
  await refreshCapabilities(db);
  if (applied.length > 0) log.info('migrations applied', { applied });
  const wantDemo = config.DEMO_DATA === 'on' || (config.DEMO_DATA === 'auto' && db.engine === 'pglite');
  if (wantDemo) {
    const demo = await loadDemoOnce(db);
    if (demo.loaded) log.info('demo data loaded', { parcels: demo.parcels });
  }
  const app = createApp({ db, config, log });
  const server = app.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log.info(`标准地一张图 ready at http://localhost:${port}/`, { engine: db.engine, mvt: db.capabilities.mvt });
  });
  const stop = async () => {
    server.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
