// Migrated (and optionally demo-loaded) database templates, built once per change of the migrations
// or demo files, so each test file clones a ready database in seconds instead of migrating again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Db } from '../../server/src/db/db';
import { migrate, listMigrations } from '../../server/src/db/migrate';
import { openPg } from '../../server/src/db/pg-db';
import { dumpPglite, openPglite } from '../../server/src/db/pglite-db';
import { loadDemoOnce } from '../../server/src/demo/load-demo';
import { TEST_SIGNING_MASTER_KEY } from './signing-key';

export type TemplateKind = 'empty' | 'demo';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = `${ROOT}.cache/test-templates/`;

function filesUnder(dir: string): string[] {
  return readdirSync(`${ROOT}${dir}`, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath.slice(ROOT.length)}/${e.name}`)
    .sort();
}

function fingerprint(kind: TemplateKind): string {
  const h = createHash('sha256');
  for (const m of listMigrations()) h.update(m.checksum);
  if (kind === 'demo') {
    // Everything the demo loader reads or runs: its folder, the demo fixtures and the demo accounts.
    const files = [
      ...filesUnder('server/src/demo'), ...filesUnder('fixtures/demo').filter((f) => /\.(geo)?json$/.test(f)),
      'server/src/users/demo-accounts.ts',
    ];
    for (const f of files) h.update(f).update(readFileSync(`${ROOT}${f}`));
  }
  return h.digest('hex').slice(0, 12);
}

async function prepare(db: Db, kind: TemplateKind): Promise<void> {
  await migrate(db);
  if (kind === 'demo') await loadDemoOnce(db, { signingMasterKey: TEST_SIGNING_MASTER_KEY });
}

export function pgliteTemplatePath(kind: TemplateKind): string {
  return `${CACHE}pglite-${kind}-${fingerprint(kind)}.tar.gz`;
}

export async function buildPgliteTemplate(kind: TemplateKind): Promise<void> {
  const file = pgliteTemplatePath(kind);
  if (existsSync(file)) return;
  mkdirSync(CACHE, { recursive: true });
  const dir = `${CACHE}work-${kind}-${process.pid}`;
  rmSync(dir, { recursive: true, force: true });
  const db = await openPglite({ dataDir: dir });
  await prepare(db, kind);
  await db.close();
  const blob = await dumpPglite(dir);
  writeFileSync(`${file}.tmp`, Buffer.from(await blob.arrayBuffer()));
  renameSync(`${file}.tmp`, file);
  rmSync(dir, { recursive: true, force: true });
  for (const old of readdirSync(CACHE)) {
    if (old.startsWith(`pglite-${kind}-`) && `${CACHE}${old}` !== file) rmSync(`${CACHE}${old}`, { force: true });
  }
}

export function pgTemplateName(kind: TemplateKind): string {
  return `sla_tpl_${kind}_${fingerprint(kind)}`;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

export async function buildPgTemplate(url: string, kind: TemplateKind): Promise<void> {
  const name = pgTemplateName(kind);
  const exists = await adminQuery(url, `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
  if (exists.rowCount) return;
  const building = `${name}_building`;
  await adminQuery(url, `DROP DATABASE IF EXISTS ${building}`);
  await adminQuery(url, `CREATE DATABASE ${building} TEMPLATE template0`);
  const db = await openPg({ connectionString: withDatabase(url, building), statementTimeoutMs: 60_000 });
  try {
    await prepare(db, kind);
  } finally {
    await db.close();
  }
  await adminQuery(url, `ALTER DATABASE ${building} RENAME TO ${name}`);
}
