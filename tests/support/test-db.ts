import { readFileSync } from 'node:fs';
import type { Db } from '../../server/src/db/db';
import { openPg } from '../../server/src/db/pg-db';
import { openPglite } from '../../server/src/db/pglite-db';
import type { TemplateKind } from './templates';
import { adminQuery, pgliteTemplatePath, pgTemplateName, withDatabase } from './templates';

export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** A fresh database cloned from a template; `close()` drops it. */
  open(kind?: TemplateKind): Promise<Db>;
}

let counter = 0;

const pglite: TestEngine = {
  name: 'pglite',
  async open(kind = 'demo') {
    const tarball = readFileSync(pgliteTemplatePath(kind));
    return openPglite({ loadDataDir: new Blob([tarball]) });
  },
};

function postgres(url: string): TestEngine {
  return {
    name: 'postgres',
    async open(kind = 'demo') {
      const name = `sla_t_${process.pid}_${Date.now()}_${counter++}`;
      await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${pgTemplateName(kind)}`);
      const db = await openPg({ connectionString: withDatabase(url, name), statementTimeoutMs: 30_000 });
      return {
        ...db,
        async close() {
          await db.close();
          await adminQuery(url, `DROP DATABASE IF EXISTS ${name}`);
        },
      };
    },
  };
}

/** PGlite always; real PostGIS too when TEST_DATABASE_URL is set. Use with describe.each. */
export const ENGINES: TestEngine[] = [
  pglite,
  ...(process.env.TEST_DATABASE_URL ? [postgres(process.env.TEST_DATABASE_URL)] : []),
];
