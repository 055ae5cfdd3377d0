import type { Request, Response } from 'express';
import { Router } from 'express';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import type { RawQuery } from '../http/query-params';
import { bboxParam, intParam, rejectUnknownParams, stringParam } from '../http/query-params';
import type { Collection } from './collections';
import { COLLECTIONS } from './collections';
import { axisOrderOf, CRS84, geometryOutputFor, parseCrs, SUPPORTED_CRS, EPSG4490 } from './ogc-crs';
import type { Link } from './ogc-links';
import { baseUrl, GEOJSON, JSON_TYPE, OPENAPI_TYPE, withParams } from './ogc-links';

export const OGC_DEFAULT_LIMIT = 100;
export const OGC_MAX_LIMIT = 10_000;

export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
];

// Clients (GDAL, QGIS) add f=json; HTML is not offered.
function checkFormat(query: RawQuery): void {
  const f = stringParam(query, 'f');
  if (f !== undefined && f !== 'json' && f !== 'geojson') {
    throw new HttpError(400, 'UNSUPPORTED_FORMAT', `Format "${f}" is not offered; use f=json.`, { param: 'f' });
  }
}

function findCollection(id: string): Collection {
  const c = COLLECTIONS.find((x) => x.id === id);
  if (!c) throw new HttpError(404, 'COLLECTION_NOT_FOUND', `No collection "${id}". Available: ${COLLECTIONS.map((x) => x.id).join(', ')}.`);
  return c;
}

export function ogcRouter(db: Db, publicUrl: string | undefined): Router {
  const router = Router();
  const root = (req: Request) => `${baseUrl(req, publicUrl)}/ogc`;

  router.get('/', (req, res) => {
    checkFormat(req.query as RawQuery);
    const base = root(req);
    res.json({
      title: '标准地一张图 OGC API – Features',
      description: '山西省“承诺制+标准地+全代办”标准地地块与开发区数据服务',
      links: [
        { href: `${base}`, rel: 'self', type: JSON_TYPE, title: 'This document' },
        { href: `${baseUrl(req, publicUrl)}/api/openapi.json`, rel: 'service-desc', type: OPENAPI_TYPE, title: 'OpenAPI definition' },
        { href: `${base}/conformance`, rel: 'conformance', type: JSON_TYPE, title: 'Conformance classes' },
        { href: `${base}/collections`, rel: 'data', type: JSON_TYPE, title: 'Collections' },
      ] satisfies Link[],
    });
  });

  router.get('/conformance', (req, res) => {
    checkFormat(req.query as RawQuery);
    res.json({ conformsTo: CONFORMANCE });
  });

  router.get('/collections', async (req, res) => {
    checkFormat(req.query as RawQuery);
    const base = root(req);
    const collections = await Promise.all(COLLECTIONS.map((c) => describe(db, c, base)));
    res.json({
      links: [{ href: `${base}/collections`, rel: 'self', type: JSON_TYPE }],
      collections,
      crs: SUPPORTED_CRS,
    });
  });

  router.get('/collections/:collectionId', async (req, res) => {
    checkFormat(req.query as RawQuery);
    res.json(await describe(db, findCollection(req.params.collectionId), root(req)));
  });

  router.get('/collections/:collectionId/items', async (req, res) => {
    const collection = findCollection(req.params.collectionId);
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['f', 'limit', 'offset', 'bbox', 'bbox-crs', 'crs', ...collection.propertyFilters]);
    checkFormat(query);
    const crs = parseCrs(stringParam(query, 'crs'), 'crs');
    const bboxCrs = parseCrs(stringParam(query, 'bbox-crs'), 'bbox-crs');
    const bbox = bboxParam(query, 'bbox', axisOrderOf(bboxCrs));
    // Part 1 §7.15.4: a limit above the maximum is clamped, not refused; below 1 is an error.
    const requested = intParam(query, 'limit', 1, Number.MAX_SAFE_INTEGER, 'LIMIT_OUT_OF_RANGE') ?? OGC_DEFAULT_LIMIT;
    const limit = Math.min(requested, OGC_MAX_LIMIT);
    const offset = intParam(query, 'offset', 0, 10_000_000) ?? 0;
    const { total, rows } = await collection.items(db, {
      query,
      ...(bbox ? { bbox } : {}),
      geometry: geometryOutputFor(crs),
      limit,
      offset,
    });
    const base = root(req);
    const path = `/collections/${collection.id}/items`;
    const links: Link[] = [
      { href: withParams(base, path, query, {}), rel: 'self', type: GEOJSON },
      { href: `${base}/collections/${collection.id}`, rel: 'collection', type: JSON_TYPE },
    ];
    if (offset + rows.length < total) {
      links.push({ href: withParams(base, path, query, { offset: String(offset + rows.length), limit: String(limit) }), rel: 'next', type: GEOJSON });
    }
    if (offset > 0) {
      links.push({ href: withParams(base, path, query, { offset: String(Math.max(0, offset - limit)), limit: String(limit) }), rel: 'prev', type: GEOJSON });
    }
    sendGeoJson(res, crs, featureCollection(rows, total, links));
  });

  router.get('/collections/:collectionId/items/:featureId', async (req, res) => {
    const collection = findCollection(req.params.collectionId);
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['f', 'crs']);
    checkFormat(query);
    const crs = parseCrs(stringParam(query, 'crs'), 'crs');
    const id = req.params.featureId;
    const { rows } = await collection.items(db, { query: {}, ids: [id], geometry: geometryOutputFor(crs), limit: 1, offset: 0 });
    const row = rows[0];
    if (!row) throw new HttpError(404, 'FEATURE_NOT_FOUND', `No feature "${id}" in collection "${collection.id}".`);
    const base = root(req);
    const links: Link[] = [
      { href: `${base}/collections/${collection.id}/items/${encodeURIComponent(id)}`, rel: 'self', type: GEOJSON },
      { href: `${base}/collections/${collection.id}`, rel: 'collection', type: JSON_TYPE },
    ];
    sendGeoJson(res, crs, `${feature(row).slice(0, -1)},"links":${JSON.stringify(links)}}`);
  });

  return router;
}

async function describe(db: Db, c: Collection, base: string) {
  const e = await c.extent(db);
  const bbox = e.minLon === null ? [110.2, 34.5, 114.6, 40.8] : [e.minLon, e.minLat, e.maxLon, e.maxLat];
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    itemType: 'feature',
    links: [
      { href: `${base}/collections/${c.id}`, rel: 'self', type: JSON_TYPE },
      { href: `${base}/collections/${c.id}/items`, rel: 'items', type: GEOJSON, title: c.title },
    ],
    extent: { spatial: { bbox: [bbox], crs: CRS84 } },
    crs: SUPPORTED_CRS,
    storageCrs: EPSG4490,
  };
}

// Rows carry JSON text built by PostGIS; features are assembled without parsing it again.
function feature(row: { code: string; props: string; geometry: string | null }): string {
  return `{"type":"Feature","id":${JSON.stringify(row.code)},"geometry":${row.geometry ?? 'null'},"properties":${row.props}}`;
}

function featureCollection(rows: { code: string; props: string; geometry: string | null }[], total: number, links: Link[]): string {
  return `{"type":"FeatureCollection","numberMatched":${total},"numberReturned":${rows.length},"timeStamp":"${new Date().toISOString()}","links":${JSON.stringify(links)},"features":[${rows.map(feature).join(',')}]}`;
}

function sendGeoJson(res: Response, crs: string, body: string): void {
  res.setHeader('Content-Crs', `<${crs}>`);
  res.type(GEOJSON).send(body);
}
