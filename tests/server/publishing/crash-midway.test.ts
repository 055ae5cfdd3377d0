import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { afterAll, describe, expect, it } from 'vitest';
import { openPg } from '../../../server/src/db/pg-db';
import { openPglite } from '../../../server/src/db/pglite-db';
import { adminQuery, pgliteTemplatePath, pgTemplateName, withDatabase } from '../../support/templates';

/** Runs the child until it has written inside its transaction, then kills it with SIGKILL. */
function writeAndKill(engine: string, target: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash/write-then-hang.ts'), engine, target], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child never wrote:\n${out}`));
    }, 90_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      if (out.includes('WRITTEN')) child.kill('SIGKILL');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      signal === 'SIGKILL' && out.includes('WRITTEN') ? resolve() : reject(new Error(`child ended without being killed:\n${out}`));
    });
  });
}

// security.md "import killed midway (kill -9): single transaction, 0 rows written".
describe('a writer killed with SIGKILL in the middle of its transaction leaves nothing behind', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('on the embedded database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-crash-'));
    dirs.push(dir);
    const seed = await PGlite.create({ dataDir: dir, loadDataDir: new Blob([readFileSync(pgliteTemplatePath('empty'))]), extensions: { postgis } });
    await seed.close();
    await writeAndKill('pglite', dir);
    const db = await openPglite({ dataDir: dir });
    try {
      const { rows } = await db.query<{ zones: number; parcels: number }>('SELECT (SELECT count(*) FROM zones)::int AS zones, (SELECT count(*) FROM parcels)::int AS parcels');
      expect(rows[0]).toEqual({ zones: 0, parcels: 0 });
    } finally {
      await db.close();
    }
  }, 180_000);

  const url = process.env.TEST_DATABASE_URL;
  it.skipIf(!url)('on PostgreSQL', async () => {
    const name = `sla_t_crash_${process.pid}`;
    await adminQuery(url!, `CREATE DATABASE ${name} TEMPLATE ${pgTemplateName('empty')}`);
    try {
      await writeAndKill('postgres', withDatabase(url!, name));
      const db = await openPg({ connectionString: withDatabase(url!, name), statementTimeoutMs: 10_000 });
      try {
        const { rows } = await db.query<{ parcels: number }>('SELECT count(*)::int AS parcels FROM parcels');
        expect(rows[0]?.parcels).toBe(0);
      } finally {
        await db.close();
      }
    } finally {
      // The killed backend may linger for a moment; terminate it so the drop works.
      await adminQuery(url!, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
      await adminQuery(url!, `DROP DATABASE IF EXISTS ${name}`);
    }
  }, 180_000);
});
