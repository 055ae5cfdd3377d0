// `npm run bench`: every figure is a ratio against a baseline measured in the same run, on each
// engine available (PGlite always; PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set).
// The client bundle's size (bench/client-bundle.ts) is reported alongside, in bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Db } from '../server/src/db/db';
import { refreshCapabilities } from '../server/src/db/db';
import { migrate } from '../server/src/db/migrate';
import { openPg } from '../server/src/db/pg-db';
import { openPglite } from '../server/src/db/pglite-db';
import { benchCatalog } from './catalog-bench';
import { benchChecks } from './checks-bench';
import { measureClientBundle, printClientBundle } from './client-bundle';
import { benchTiles } from './tiles-bench';
import { generatedCatalog } from './generated-catalog';
import type { Row } from './measure';
import { printTable } from './measure';
import pg from 'pg';

const PARCELS = Number(process.env.BENCH_PARCELS ?? 100_000);

async function freshPg(url: string): Promise<{ db: Db; drop: () => Promise<void> }> {
  const name = `sla_bench_${process.pid}`;
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await openPg({ connectionString: u.toString(), statementTimeoutMs: 600_000 });
  return { db, drop: async () => (await db.close(), admin(`DROP DATABASE IF EXISTS ${name}`)) };
}

async function main(): Promise<void> {
  const clientBundle = await measureClientBundle();
  const data = generatedCatalog(PARCELS);
  const rows: Row[] = [];
  const engines: { name: string; open: () => Promise<{ db: Db; drop: () => Promise<void> }> }[] = [
    { name: 'pglite', open: async () => { const db = await openPglite(); return { db, drop: () => db.close() }; } },
  ];
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) engines.push({ name: 'postgres', open: () => freshPg(url) });

  for (const engine of engines) {
    console.error(`… ${engine.name}: migrating and loading ${PARCELS} parcels`);
    const { db, drop } = await engine.open();
    try {
      await migrate(db);
      await refreshCapabilities(db);
      rows.push(...(await benchChecks(db, engine.name)));
      rows.push(...(await benchCatalog(db, data, engine.name)));
      rows.push(...(await benchTiles(db, engine.name)));
    } finally {
      await drop();
    }
  }
  printTable(rows);
  console.log('');
  printClientBundle(clientBundle);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify({ at: new Date().toISOString(), parcels: PARCELS, rows, clientBundle }, null, 2));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
