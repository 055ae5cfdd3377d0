import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import type { Db, Queryable } from './db';
import { detectCapabilities } from './db';

export interface PgliteOptions {
  /** Folder to persist to; omit for an in-memory database. */
  dataDir?: string;
  /** A `dumpDataDir()` tarball to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob | File;
}

export async function openPglite(options: PgliteOptions = {}): Promise<Db> {
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { postgis },
  });
  const run: Queryable['query'] = async (text, params) => {
    const result = await pg.query(text, params as unknown[] | undefined);
    return { rows: result.rows as never[] };
  };
  const capabilities = await detectCapabilities({ query: run }).catch(() => ({ mvt: false }));
  return {
    engine: 'pglite',
    capabilities,
    query: run,
    exec: async (text) => {
      await pg.exec(text);
    },
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({
          query: async (text, params) => ({ rows: (await tx.query(text, params as unknown[] | undefined)).rows as never[] }),
          exec: async (text) => {
            await tx.exec(text);
          },
        }),
      ),
    close: () => pg.close(),
  };
}

/** Exports a whole PGlite database as a tarball (used to clone a migrated template in tests). */
export async function dumpPglite(dataDir: string): Promise<Blob> {
  const pg = await PGlite.create({ dataDir, extensions: { postgis } });
  try {
    return await pg.dumpDataDir('gzip');
  } finally {
    await pg.close();
  }
}
