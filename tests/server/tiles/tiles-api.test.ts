import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { errorHandler } from '../../../server/src/http/error-handler';
import { createLogger } from '../../../server/src/logger';
import { tileAt } from '../../../server/src/tiles/tile-at';
import { tilesRouter } from '../../../server/src/tiles/tiles.routes';
import { ENGINES } from '../../support/test-db';
import { decodeLayer } from './decode-mvt';

function tilesApp(db: Db, publicUrl: string | undefined = undefined) {
  const app = express();
  app.use('/tiles', tilesRouter(db, publicUrl));
  app.use(errorHandler(createLogger('silent')));
  return app;
}

// superagent only buffers text and JSON by itself; tiles are binary.
const binary = (res: NodeJS.EventEmitter, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

// A demo parcel in 山西转型综合改革示范区 (Taiyuan); its attributes come from fixtures/demo/parcels.geojson,
// its area from the GK-plane computation at load time.
const KNOWN = { code: '140105-2023-0001', status: 'output_reviewed', landUse: '100102', areaMu: 203.67 };

describe.each(ENGINES)('vector tiles over HTTP on $name', (engine) => {
  let db: Db;
  let app: express.Express;
  let known: { id: number; tile: { z: number; x: number; y: number } };
  const tileUrl = (layer: string, t: { z: number; x: number; y: number }) => `/tiles/${layer}/${t.z}/${t.x}/${t.y}.mvt`;
  const getTile = (url: string) => request(app).get(url).buffer(true).parse(binary);

  beforeAll(async () => {
    db = await engine.open('demo');
    app = tilesApp(db);
    const { rows } = await db.query<{ id: number; lon: number; lat: number }>(
      'SELECT id, ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat FROM parcels WHERE code = $1',
      [KNOWN.code],
    );
    const row = rows[0];
    if (!row) throw new Error(`demo parcel ${KNOWN.code} is missing`);
    known = { id: Number(row.id), tile: tileAt(row.lon, row.lat, 14) };
  });
  afterAll(() => db?.close());

  it('describes each layer as TileJSON 3.0.0 with absolute tile URLs over Shanxi', async () => {
    const res = await request(app).get('/tiles/parcels.json').expect(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toMatchObject({
      tilejson: '3.0.0',
      scheme: 'xyz',
      minzoom: 10,
      maxzoom: 18,
      bounds: [110.2, 34.5, 114.6, 40.8],
      attribution: expect.stringMatching(/[\u4e00-\u9fff]/),
    });
    expect(res.body.tiles).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/tiles\/parcels\/\{z\}\/\{x\}\/\{y\}\.mvt$/)]);
    expect(res.body.center).toHaveLength(3);
    expect(res.body.vector_layers).toEqual([
      expect.objectContaining({ id: 'parcels', fields: expect.objectContaining({ code: expect.any(String), status: expect.any(String), landUse: expect.any(String), areaMu: expect.any(String) }) }),
    ]);

    const zones = await request(app).get('/tiles/zones.json').expect(200);
    expect(zones.body).toMatchObject({ maxzoom: 14, vector_layers: [{ id: 'zones', fields: { code: expect.any(String), name: expect.any(String), level: expect.any(String) } }] });
  });

  it('builds tile URLs on the configured public URL when there is one', async () => {
    const res = await request(tilesApp(db, 'https://atlas.example.cn/')).get('/tiles/zones.json').expect(200);
    expect(res.body.tiles).toEqual(['https://atlas.example.cn/tiles/zones/{z}/{x}/{y}.mvt']);
  });

  it('serves a parcel tile holding the known parcel with its id and styling attributes', async () => {
    const res = await getTile(tileUrl('parcels', known.tile)).set('Accept-Encoding', 'identity').expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect(res.headers['content-encoding']).toBeUndefined();
    const feature = decodeLayer(res.body, 'parcels').find((f) => f.properties.code === KNOWN.code);
    expect(feature?.id).toBe(known.id);
    expect(feature?.properties).toEqual(KNOWN);
    expect(feature?.rings.length).toBeGreaterThan(0);
  });

  it('serves the zone around the known parcel on the zones layer', async () => {
    const res = await getTile(tileUrl('zones', known.tile)).expect(200);
    const zones = decodeLayer(res.body, 'zones');
    expect(zones.map((z) => z.properties)).toContainEqual({ code: 'G140105', name: '山西转型综合改革示范区', level: 'national' });
  });

  it('gzips a tile for clients that accept it, and says the body varies with Accept-Encoding', async () => {
    const res = await getTile(tileUrl('parcels', known.tile)).set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    // superagent has already unzipped the body.
    expect(decodeLayer(res.body, 'parcels').map((f) => f.properties.code)).toContain(KNOWN.code);
  });

  it('answers 204 with no body for a tile no feature reaches (the Pacific)', async () => {
    const res = await getTile(tileUrl('parcels', tileAt(150, 20, 14))).expect(204);
    expect(res.body).toEqual(Buffer.alloc(0));
    expect(res.headers['content-type']).toBeUndefined();
  });

  it.each([
    ['/tiles/parcels/23/0/0.mvt', 'z'],
    ['/tiles/parcels/2/4/0.mvt', 'x'],
    ['/tiles/parcels/2/0/4.mvt', 'y'],
    ['/tiles/parcels/2/1/1.5.mvt', 'y'],
    ['/tiles/parcels/two/1/1.mvt', 'z'],
    ['/tiles/parcels/2/-1/1.mvt', 'x'],
  ])('rejects %s naming %s', async (url, param) => {
    const res = await request(app).get(url).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, code: 'INVALID_TILE', param });
  });

  it.each(['/tiles/roads/1/1/1.mvt', '/tiles/roads.json'])('answers 404 LAYER_NOT_FOUND for %s', async (url) => {
    const res = await request(app).get(url).expect(404);
    expect(res.body).toMatchObject({ status: 404, code: 'LAYER_NOT_FOUND' });
  });

  it('revalidates by data version: 304 while unchanged, a new ETag and the new status after a write', async () => {
    const url = tileUrl('parcels', known.tile);
    const first = await getTile(url).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"v\d+-/);
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    await request(app).get(url).set('If-None-Match', etag).expect(304);

    await db.query("UPDATE parcels SET status = 'transferred' WHERE code = $1", [KNOWN.code]);
    const after = await getTile(url).set('If-None-Match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
    const feature = decodeLayer(after.body, 'parcels').find((f) => f.properties.code === KNOWN.code);
    expect(feature?.properties.status).toBe('transferred');
  });
});
