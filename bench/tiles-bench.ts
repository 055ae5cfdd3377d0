// Vector tile generation on an already-loaded catalog: both tile paths against the SQL underneath them.
// Baseline: the raw ST_AsMVT statement where the database has it (so the node path reads as "how much
// slower than PostGIS building the tile"), else the raw feature query (so it reads as "what geojson-vt and
// vt-pbf add on top of fetching the features").
import type { Db } from '../server/src/db/db';
import { detectCapabilities } from '../server/src/db/db';
import { sql } from '../server/src/db/sql';
import type { TilePath } from '../server/src/tiles/build-tile';
import { buildTile } from '../server/src/tiles/build-tile';
import type { TileCoord } from '../server/src/tiles/encode-tile';
import { tileAt } from '../server/src/tiles/tile-at';
import type { Row } from './measure';
import { compare } from './measure';

// Zoom 7 shows the province: with 100k parcels one tile holds ~16k of them (~1 MB, 0.25–1 s), so it gets
// fewer runs; 10, 13 and 16 are district, zone and street views.
const ZOOMS = [
  { z: 7, runs: 10 },
  { z: 10, runs: 40 },
  { z: 13, runs: 40 },
  { z: 16, runs: 40 },
];
const TILES_PER_ZOOM = 20;

/** The distinct tiles holding every n-th parcel (by id) at zoom z: the same list on every engine and run. */
async function sampleTiles(db: Db, z: number): Promise<TileCoord[]> {
  const { rows } = await db.query<{ lon: number; lat: number }>(
    `SELECT ST_X(c) AS lon, ST_Y(c) AS lat
     FROM (SELECT ST_PointOnSurface(geom) AS c, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM parcels) p
     WHERE (n - 1) % greatest(1, total / $1) = 0 LIMIT $1`,
    [TILES_PER_ZOOM],
  );
  const tiles = new Map(rows.map(({ lon, lat }) => tileAt(lon, lat, z)).map((t) => [`${t.x}/${t.y}`, t]));
  return [...tiles.values()];
}

export async function benchTiles(opened: Db, engine: string): Promise<Row[]> {
  // Probe again: a database opened before migrations created PostGIS (as bench/run.ts does) reports no MVT.
  const { mvt } = await detectCapabilities(opened);
  const db: Db = { ...opened, capabilities: { mvt } };
  const baselinePath: TilePath = mvt ? 'sql' : 'node';
  const baselineName = mvt ? 'tiles/parcels.sql (ST_AsMVT)' : 'tiles/parcels.sql (features)';
  const paths: TilePath[] = mvt ? ['node', 'sql'] : ['node'];
  const rows: Row[] = [];

  for (const { z, runs } of ZOOMS) {
    const tiles = await sampleTiles(db, z);
    const tile = (i: number) => tiles[i % tiles.length] as TileCoord;
    let bytes = 0;
    for (const t of tiles) bytes += (await buildTile(db, 'parcels', t.z, t.x, t.y, 'node')).length;
    for (const path of paths) {
      rows.push({
        group: 'tiles',
        case: `parcels z${z}, ${path} path`,
        engine,
        ...(await compare(
          runs,
          (i) => buildTile(db, 'parcels', tile(i).z, tile(i).x, tile(i).y, path),
          (i) => db.query(sql('tiles/parcels'), [tile(i).z, tile(i).x, tile(i).y, baselinePath, false]),
        )),
        baselineName,
        note: `${tiles.length} tiles, mean ${Math.round(bytes / Math.max(1, tiles.length))} B`,
      });
    }
  }
  return rows;
}
