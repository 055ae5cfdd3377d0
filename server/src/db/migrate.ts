import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from './db';
import { MIGRATIONS_DIR, sql } from './sql';

export interface Migration {
  version: string;
  checksum: string;
  text: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}${file}`, 'utf8');
      return { version: file.replace(/\.sql$/, ''), checksum: createHash('sha256').update(text).digest('hex'), text };
    });
}

export class MigrationError extends Error {}

/** Applies pending migrations in order, each in its own transaction; refuses edited history. */
export async function migrate(db: Db): Promise<string[]> {
  await requirePostgis(db);
  await db.query(sql('meta/create-schema-migrations'));
  const applied = new Map(
    (await db.query<{ version: string; checksum: string }>(sql('meta/list-migrations'))).rows.map((r) => [r.version, r.checksum]),
  );
  const done: string[] = [];
  for (const m of listMigrations()) {
    const known = applied.get(m.version);
    if (known !== undefined) {
      if (known !== m.checksum) {
        throw new MigrationError(`Migration ${m.version} was changed after it was applied; add a new migration instead.`);
      }
      continue;
    }
    await db.transaction(async (tx) => {
      // Two servers starting together must not both apply the same file.
      await tx.query(sql('meta/lock-migrations'));
      const again = await tx.query(sql('meta/find-migration'), [m.version]);
      if (again.rows.length > 0) return;
      await tx.exec(m.text);
      await tx.query(sql('meta/record-migration'), [m.version, m.checksum]);
      done.push(m.version);
    });
  }
  return done;
}

async function requirePostgis(db: Db): Promise<void> {
  if (db.engine === 'pglite') return;
  const { rows } = await db.query<{ available: boolean; major: number }>(sql('meta/postgis-available'));
  const row = rows[0];
  if (!row?.available) throw new MigrationError(postgisMissingMessage(row?.major ?? 15));
}

export function postgisMissingMessage(major: number): string {
  return `PostGIS is not installed on this PostgreSQL ${major} server. Install it (Debian: apt-get install -y postgresql-${major}-postgis-3) or unset DATABASE_URL to use the embedded database.`;
}
