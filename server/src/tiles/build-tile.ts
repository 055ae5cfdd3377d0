// One tile of one layer, by either path: 'sql' lets PostGIS build the MVT (ST_AsMVT), 'node' lets PostGIS
// find the features and geojson-vt + vt-pbf build the MVT. Both read the same SQL statement, so they
// always show the same features.
import type { Feature } from 'geojson';
import type { Db } from '../db/db';
import type { Audience } from '../http/audience';
import { sql } from '../db/sql';
import { encodeTile } from './encode-tile';
import type { TileLayerId } from './tile-layers';
import { tileLayer } from './tile-layers';

export type TilePath = 'sql' | 'node';

interface TileRow {
  mvt: Uint8Array | null;
  features: Feature[] | null;
}

/** ST_AsMVT where the database has it; PGlite's PostGIS is built without protobuf-c. */
export const preferredTilePath = (db: Pick<Db, 'capabilities'>): TilePath => (db.capabilities.mvt ? 'sql' : 'node');

/** The MVT bytes of tile z/x/y; an empty array when no feature reaches the tile. */
export async function buildTile(
  db: Pick<Db, 'query' | 'capabilities'>,
  layer: TileLayerId,
  z: number,
  x: number,
  y: number,
  path: TilePath,
  audience: Audience = 'public',
): Promise<Uint8Array> {
  if (path === 'sql' && !db.capabilities.mvt) throw new Error('The sql tile path needs ST_AsMVT, which this database lacks.');
  const definition = tileLayer(layer);
  const params = definition.byAudience ? [z, x, y, path, audience === 'staff'] : [z, x, y, path];
  const { rows } = await db.query<TileRow>(sql(definition.query), params);
  const row = rows[0];
  if (path === 'sql') return row?.mvt ?? new Uint8Array(0);
  return encodeTile(layer, row?.features ?? [], { z, x, y });
}
