import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../support/test-db';
import { smallCatalogApp } from '../../support/small-catalog';

const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const EPSG4490 = 'http://www.opengis.net/def/crs/EPSG/0/4490';

describe.each(ENGINES)('OGC API – Features on $name', (engine) => {
  const ctx = smallCatalogApp(engine);

  it('has a landing page linking the API description, conformance and data', async () => {
    const res = await request(ctx.app).get('/ogc').expect(200);
    const rels = res.body.links.map((l: { rel: string }) => l.rel);
    expect(rels).toEqual(expect.arrayContaining(['self', 'service-desc', 'conformance', 'data']));
    expect(res.body.links.every((l: { href: string }) => l.href.startsWith('http://'))).toBe(true);
  });

  it('declares core, GeoJSON and CRS conformance', async () => {
    const res = await request(ctx.app).get('/ogc/conformance?f=json').expect(200);
    expect(res.body.conformsTo).toEqual(
      expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
        'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
      ]),
    );
  });

  it('describes the parcels and zones collections with extents and CRS lists', async () => {
    const res = await request(ctx.app).get('/ogc/collections').expect(200);
    expect(res.body.collections.map((c: { id: string }) => c.id)).toEqual(['parcels', 'zones']);
    const parcels = res.body.collections[0];
    expect(parcels.crs).toEqual([CRS84, EPSG4490]);
    expect(parcels.storageCrs).toBe(EPSG4490);
    const [minLon, minLat, maxLon, maxLat] = parcels.extent.spatial.bbox[0];
    expect(minLon).toBeGreaterThan(111.4);
    expect(maxLon).toBeLessThan(112.8);
    expect(minLat).toBeGreaterThan(36);
    expect(maxLat).toBeLessThan(37.8);
    await request(ctx.app).get('/ogc/collections/zones').expect(200);
    const missing = await request(ctx.app).get('/ogc/collections/roads').expect(404);
    expect(missing.body.code).toBe('COLLECTION_NOT_FOUND');
  });

  it('pages with next links that keep the filters, each feature exactly once', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/ogc/collections/parcels/items?limit=1&status=listed,published,reserve';
    let pages = 0;
    while (url) {
      const res: request.Response = await request(ctx.app).get(url.replace(/^http:\/\/[^/]+/, '')).expect(200);
      expect(res.headers['content-type']).toMatch(/application\/geo\+json/);
      expect(res.body.numberMatched).toBe(3);
      expect(res.body.numberReturned).toBe(1);
      seen.push(...res.body.features.map((f: { id: string }) => f.id));
      url = res.body.links.find((l: { rel: string }) => l.rel === 'next')?.href;
      if (url) expect(url).toContain('status=listed%2Cpublished%2Creserve');
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['140702-2025-0001', '140702-2025-0002', '141002-2024-0001']);
  });

  it('filters by properties and bbox', async () => {
    const res = await request(ctx.app).get('/ogc/collections/parcels/items?zoneCode=S141002').expect(200);
    expect(res.body.features.map((f: { id: string }) => f.id)).toEqual(['141002-2024-0001']);
    expect(res.body.features[0].properties).toMatchObject({ name: '临汾开发区物流地块', statusZh: '储备' });
    const boxed = await request(ctx.app).get('/ogc/collections/parcels/items?bbox=112.5,37.5,113,38').expect(200);
    expect(boxed.body.numberMatched).toBe(2);
  });

  it('outputs EPSG:4490 latitude-first and reads bbox-crs EPSG:4490 as lat,lon', async () => {
    const lonlat = await request(ctx.app).get('/ogc/collections/parcels/items/140702-2025-0001').expect(200);
    expect(lonlat.headers['content-crs']).toBe(`<${CRS84}>`);
    const [lon, lat] = lonlat.body.geometry.coordinates[0][0][0];
    expect(lon).toBeGreaterThan(112);
    const latlon = await request(ctx.app).get(`/ogc/collections/parcels/items/140702-2025-0001?crs=${encodeURIComponent(EPSG4490)}`).expect(200);
    expect(latlon.headers['content-crs']).toBe(`<${EPSG4490}>`);
    expect(latlon.body.geometry.coordinates[0][0][0]).toEqual([lat, lon]);
    const boxed = await request(ctx.app)
      .get(`/ogc/collections/parcels/items?bbox=35,111,37,112&bbox-crs=${encodeURIComponent(EPSG4490)}`)
      .expect(200);
    expect(boxed.body.features.map((f: { id: string }) => f.id)).toEqual(['141002-2024-0001']);
  });

  it('serves single features with links and 404 for unknown ones', async () => {
    const res = await request(ctx.app).get('/ogc/collections/zones/items/G140702').expect(200);
    expect(res.body).toMatchObject({ type: 'Feature', id: 'G140702', properties: { name: '晋中开发区' } });
    expect(res.body.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'collection']);
    const missing = await request(ctx.app).get('/ogc/collections/parcels/items/nope').expect(404);
    expect(missing.body.code).toBe('FEATURE_NOT_FOUND');
  });

  it('clamps a limit above 10 000 and refuses one below 1', async () => {
    const res = await request(ctx.app).get('/ogc/collections/parcels/items?limit=50000').expect(200);
    expect(res.body.numberReturned).toBe(3);
    const bad = await request(ctx.app).get('/ogc/collections/parcels/items?limit=0').expect(400);
    expect(bad.body).toMatchObject({ code: 'LIMIT_OUT_OF_RANGE', param: 'limit' });
  });

  it.each([
    ['crs=EPSG:3857', 'UNSUPPORTED_CRS', 'crs'],
    ['bbox-crs=foo', 'UNSUPPORTED_CRS', 'bbox-crs'],
    ['bbox=1,2', 'INVALID_BBOX', 'bbox'],
    ['status=gone', 'UNKNOWN_FILTER_VALUE', 'status'],
    ['f=html', 'UNSUPPORTED_FORMAT', 'f'],
    ['colour=red', 'UNKNOWN_PARAMETER', 'colour'],
  ])('rejects %s with %s', async (qs, code, param) => {
    const res = await request(ctx.app).get(`/ogc/collections/parcels/items?${qs}`).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ code, param });
  });
});
