import { mkdirSync } from 'node:fs';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Db } from './db';
import { openPg } from './pg-db';
import { openPglite } from './pglite-db';

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite + PostGIS persisted in DATA_DIR. */
export async function openDb(config: Config, log: Logger): Promise<Db> {
  if (config.DATABASE_URL) {
    return openPg({
      connectionString: config.DATABASE_URL,
      statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
      onIdleError: (err) => log.warn('idle database connection lost', { err: err.message }),
    });
  }
  mkdirSync(config.DATA_DIR, { recursive: true });
  return openPglite({ dataDir: config.DATA_DIR });
}
