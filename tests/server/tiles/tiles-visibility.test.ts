import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { buildTile } from '../../../server/src/tiles/build-tile';
import { tileAt } from '../../../server/src/tiles/tile-at';
import { ENGINES } from '../../support/test-db';
import { decodeLayer } from './decode-mvt';

describe.each(ENGINES)('tiles show investors published parcels only, on $name', (engine) => {
  let db: Db;
  let draft: { code: string; tile: { z: number; x: number; y: number } };

  beforeAll(async () => {
    db = await engine.open('demo');
    const { rows } = await db.query<{ code: string; lon: number; lat: number }>(
      `SELECT code, ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat
       FROM parcels WHERE workflow_state = 'draft' ORDER BY code LIMIT 1`,
    );
    const row = rows[0];
    if (!row) throw new Error('the demo data has no draft parcel');
    draft = { code: row.code, tile: tileAt(row.lon, row.lat, 15) };
  });
  afterAll(() => db?.close());

  it('leaves a draft out of the public tile and keeps it in the staff tile', async () => {
    const { z, x, y } = draft.tile;
    const codes = async (audience: 'public' | 'staff') =>
      decodeLayer(await buildTile(db, 'parcels', z, x, y, 'node', audience), 'parcels').map((f) => f.properties.code);
    expect(await codes('public')).not.toContain(draft.code);
    expect(await codes('staff')).toContain(draft.code);
  });
});
