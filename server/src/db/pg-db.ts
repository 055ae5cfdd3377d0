import pg from 'pg';
import type { Db, Queryable } from './db';
import { detectCapabilities } from './db';

// count(*) and other int8 values fit a JS number for our data; PGlite already returns numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export interface PgOptions {
  connectionString: string;
  statementTimeoutMs: number;
  max?: number;
  onIdleError?: (err: Error) => void;
}

export async function openPg(options: PgOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    statement_timeout: options.statementTimeoutMs,
    connectionTimeoutMillis: 5000,
  });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', (err) => options.onIdleError?.(err));
  const query: Queryable['query'] = async (text, params) => {
    const result = await pool.query(text, params as unknown[] | undefined);
    return { rows: result.rows };
  };
  const exec: Queryable['exec'] = async (text) => {
    await pool.query(text);
  };
  const capabilities = await detectCapabilities({ query }).catch(() => ({ mvt: false }));
  return {
    engine: 'postgres',
    capabilities,
    query,
    exec,
    async transaction(fn) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async (text, params) => ({ rows: (await client.query(text, params as unknown[] | undefined)).rows }),
          exec: async (text) => {
            await client.query(text);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        // A client whose ROLLBACK fails has lost its connection: destroy it rather than reuse it.
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw err;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
