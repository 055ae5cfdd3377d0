import { createApp } from './app';
import { loadConfig } from './config';
import { refreshCapabilities } from './db/db';
import { migrate } from './db/migrate';
import { openDb } from './db/open-db';
import { resolveSigningMasterKey } from './commitments/signing-master-key';
import { loadDemoOnce } from './demo/load-demo';
import { interconnectFromConfig } from './interconnect/interconnect';
import { createLogger } from './logger';
import { startOutboxLoop } from './outbox/outbox-loop';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const engine = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite + PostGIS in ${config.DATA_DIR}`;
  log.info('opening database', { engine });
  const db = await openDb(config, log);
  const applied = await migrate(db);
  await refreshCapabilities(db);
  if (applied.length > 0) log.info('migrations applied', { applied });
  const signingMasterKey = resolveSigningMasterKey(config);
  const wantDemo = config.DEMO_DATA === 'on' || (config.DEMO_DATA === 'auto' && db.engine === 'pglite');
  if (wantDemo) {
    const demo = await loadDemoOnce(db, { signingMasterKey });
    if (demo.loaded) log.info('demo data loaded', { parcels: demo.parcels });
  }
  const interconnect = interconnectFromConfig(config);
  const app = createApp({ db, config, log, interconnect, signingMasterKey });
  // Delivers the outbox to the configured peer platforms; unconfigured topics wait as pending.
  const outboxLoop = startOutboxLoop(db, interconnect.targets, { intervalMs: config.OUTBOX_INTERVAL_MS, timeoutMs: config.INTERCONNECT_TIMEOUT_MS, log });
  log.info('outbox delivery', { topics: Object.keys(interconnect.targets), running: outboxLoop !== undefined });
  const server = app.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log.info(`标准地一张图 ready at http://localhost:${port}/`, { engine: db.engine, mvt: db.capabilities.mvt });
  });
  const stop = async () => {
    server.close();
    await outboxLoop?.stop();
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
