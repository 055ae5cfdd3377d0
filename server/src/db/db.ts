// The only contract the rest of the server has with a database: both engines (PGlite and pg)
// take `$n` parameters and return `{ rows }`, so features never know which one runs.

export interface QueryResult<T> {
  rows: T[];
}

export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
}

export interface DbCapabilities {
  /** ST_AsMVT works (PostGIS built with protobuf-c); PGlite's build lacks it. */
  mvt: boolean;
}

export type Engine = 'pglite' | 'postgres';

export interface Db extends Queryable {
  readonly engine: Engine;
  readonly capabilities: DbCapabilities;
  /** Runs `fn` in one transaction: everything or nothing is written. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Probes again after migrations: on a new PostgreSQL database PostGIS exists only once 0001 ran. */
export async function refreshCapabilities(db: Db): Promise<void> {
  Object.assign(db.capabilities, await detectCapabilities(db));
}

export async function detectCapabilities(db: Pick<Queryable, 'query'>): Promise<DbCapabilities> {
  try {
    await db.query(
      "SELECT ST_AsMVT(t, 'probe') FROM (SELECT ST_AsMVTGeom(ST_MakePoint(0, 0), ST_MakeEnvelope(-1, -1, 1, 1)) AS geom) t",
    );
    return { mvt: true };
  } catch {
    return { mvt: false };
  }
}
