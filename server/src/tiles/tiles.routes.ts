// Vector tiles (矢量切片) and their TileJSON. Mounted at /tiles:
//   GET /tiles/{layer}.json             TileJSON 3.0.0 with absolute tile URLs
//   GET /tiles/{layer}/{z}/{x}/{y}.mvt  one Mapbox Vector Tile; 204 when no feature reaches it
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, RequestHandler } from 'express';
import { Router } from 'express';
import type { Db } from '../db/db';
import { audienceOf } from '../http/audience';
import { etagByDataVersion } from '../http/data-version';
import { baseUrl } from '../ogc/ogc-links';
import { buildTile, preferredTilePath } from './build-tile';
import { tileLayer } from './tile-layers';
import { parseTileCoord } from './tile-params';
import { tileJson } from './tilejson';

const MVT_TYPE = 'application/vnd.mapbox-vector-tile';
const gzipAsync = promisify(gzip);

const tileRequest = (req: Request) => ({ layer: tileLayer(String(req.params.layer)), coord: parseTileCoord(req.params) });

// These run before the ETag check, so a malformed URL is a 400/404 and never a 304.
const checkLayer: RequestHandler = (req, _res, next) => {
  tileLayer(String(req.params.layer));
  next();
};
const checkTile: RequestHandler = (req, _res, next) => {
  tileRequest(req);
  next();
};

export function tilesRouter(db: Db, publicUrl: string | undefined): Router {
  const router = Router();
  // ETag = data version + URL, revalidated on every use: a publish shows at once, an unchanged tile is a 304.
  const cached = etagByDataVersion(db);
  const path = preferredTilePath(db);

  router.get('/:layer.json', checkLayer, cached, (req, res) => {
    const layer = tileLayer(String(req.params.layer));
    res.json(tileJson(layer, `${baseUrl(req, publicUrl)}${req.baseUrl}/${layer.id}`));
  });

  router.get('/:layer/:z/:x/:y.mvt', checkTile, cached, async (req, res) => {
    const { layer, coord } = tileRequest(req);
    const mvt = await buildTile(db, layer.id, coord.z, coord.x, coord.y, path, audienceOf(req));
    // Appended to the Vary the ETag step sets: the body is gzipped or not depending on Accept-Encoding.
    res.vary('Accept-Encoding');
    if (mvt.length === 0) {
      res.status(204).end();
      return;
    }
    res.setHeader('Content-Type', MVT_TYPE);
    // MVT is varint-packed yet still shrinks by a quarter to a half under gzip (measured on demo
    // tiles), for about 0.1 ms per 5 KB.
    if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(await gzipAsync(mvt));
      return;
    }
    res.send(Buffer.from(mvt.buffer, mvt.byteOffset, mvt.byteLength));
  });

  return router;
}
