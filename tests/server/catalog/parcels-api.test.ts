import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../support/test-db';
import { smallCatalogApp } from '../../support/small-catalog';

describe.each(ENGINES)('parcel catalog REST API on $name', (engine) => {
  const ctx = smallCatalogApp(engine);

  it('lists zones with their parcel counts', async () => {
    const res = await request(ctx.app).get('/api/zones').expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((z: { code: string; parcelCount: number }) => [z.code, z.parcelCount])).toEqual([
      ['G140702', 2],
      ['S141002', 1],
    ]);
    // 4 km × 3 km zone drawn in GK metres.
    expect(res.body.items[0].areaKm2).toBeCloseTo(12, 2);
  });

  it('returns one zone with its boundary, 404 for an unknown one', async () => {
    const res = await request(ctx.app).get('/api/zones/S141002').expect(200);
    expect(res.body.geometry.type).toBe('MultiPolygon');
    const missing = await request(ctx.app).get('/api/zones/G999999').expect(404);
    expect(missing.body.code).toBe('ZONE_NOT_FOUND');
  });

  it('computes planar areas in the parcel GK zone, not typed in', async () => {
    const res = await request(ctx.app).get('/api/parcels/140702-2025-0001').expect(200);
    // 300 m × 222.22 m laid out in EPSG:4547 = 66 666 m² = 99.999 亩.
    expect(res.body.area.m2).toBeCloseTo(66666, 0);
    expect(res.body.area.mu).toBeCloseTo(99.999, 2);
    expect(res.body.area.gkSrid).toBe(4547);
    const lf = await request(ctx.app).get('/api/parcels/141002-2024-0001').expect(200);
    expect(lf.body.area.gkSrid).toBe(4546);
    expect(lf.body.area.m2).toBeCloseTo(30000, 0);
  });

  it('reports the difference between declared and computed area', async () => {
    const res = await request(ctx.app).get('/api/parcels/140702-2025-0002').expect(200);
    expect(res.body.area.declaredM2).toBe(204000);
    expect(res.body.area.declaredDiffPct).toBeCloseTo(2, 1);
  });

  it('returns indicators in the shared key order, assessments of zone and parcel, infrastructure', async () => {
    const res = await request(ctx.app).get('/api/parcels/140702-2025-0001').expect(200);
    expect(res.body.indicators.map((i: { key: string }) => i.key)).toEqual(['investmentIntensity', 'floorAreaRatio', 'greenRatio', 'taxPerMu']);
    const far = res.body.indicators[1];
    expect(far).toMatchObject({ comparator: 'range', value: 1, valueMax: 2.5, doubleCountTallStoreys: true });
    expect(res.body.assessments).toHaveLength(3);
    expect(res.body.assessments[0]).toMatchObject({ scope: 'parcel', type: 'cultural_relics' });
    const flood = res.body.assessments.find((a: { type: string }) => a.type === 'flood');
    expect(flood.expired).toBe(true);
    expect(res.body.infrastructure).toEqual(['water', 'power', 'road']);
    expect(res.body.zone).toMatchObject({ code: 'G140702', name: '晋中开发区', cityName: '晋中市' });
    expect(res.body.planning).toEqual({ heightLimitM: 40, setbackM: 10 });
    expect(res.body.geometry.type).toBe('MultiPolygon');
  });

  it('answers 404 problem+json for an unknown parcel code', async () => {
    const res = await request(ctx.app).get('/api/parcels/140702-2099-9999').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'PARCEL_NOT_FOUND', param: 'code' });
  });

  it('pages through the list with a total', async () => {
    const first = await request(ctx.app).get('/api/parcels?limit=2').expect(200);
    expect(first.body.total).toBe(3);
    expect(first.body.items.map((p: { code: string }) => p.code)).toEqual(['140702-2025-0001', '140702-2025-0002']);
    const second = await request(ctx.app).get('/api/parcels?limit=2&offset=2').expect(200);
    expect(second.body.items.map((p: { code: string }) => p.code)).toEqual(['141002-2024-0001']);
    const past = await request(ctx.app).get('/api/parcels?limit=2&offset=10').expect(200);
    expect(past.body).toMatchObject({ total: 3, items: [] });
  });

  it.each([
    ['zone=S141002', ['141002-2024-0001']],
    ['division=140700', ['140702-2025-0001', '140702-2025-0002']],
    ['division=140000', ['140702-2025-0001', '140702-2025-0002', '141002-2024-0001']],
    ['status=listed,published', ['140702-2025-0001', '140702-2025-0002']],
    ['landUse=110101', ['141002-2024-0001']],
    ['areaMuMin=90&areaMuMax=310', ['140702-2025-0001', '140702-2025-0002']],
    ['areaMuMin=100.5', ['140702-2025-0002']],
    ['indicator=investmentIntensity:250..', ['140702-2025-0001']],
    ['indicator=investmentIntensity:..250', ['140702-2025-0002']],
    ['indicator=investmentIntensity:100..&indicator=taxPerMu:10..20', ['140702-2025-0001']],
    ['q=物流', ['141002-2024-0001']],
    ['q=龙湖', ['140702-2025-0002']],
    ['q=0001', ['140702-2025-0001', '141002-2024-0001']],
    ['bbox=111,35,112,37', ['141002-2024-0001']],
    ['sort=-areaMu', ['140702-2025-0002', '140702-2025-0001', '141002-2024-0001']],
    ['sort=-code', ['141002-2024-0001', '140702-2025-0002', '140702-2025-0001']],
  ])('filters and sorts: %s', async (qs, codes) => {
    const res = await request(ctx.app).get(`/api/parcels?${qs}`).expect(200);
    expect(res.body.items.map((p: { code: string }) => p.code)).toEqual(codes);
    expect(res.body.total).toBe(codes.length);
  });

  it('gives Chinese labels and planar areas in list items', async () => {
    const res = await request(ctx.app).get('/api/parcels?zone=G140702&sort=code').expect(200);
    expect(res.body.items[0]).toMatchObject({ statusZh: '挂牌中', landUseZh: '一类工业用地', zoneName: '晋中开发区', countyName: '榆次区' });
    expect(res.body.items[1].areaMu).toBeCloseTo(300, 2);
  });

  it.each([
    ['status=sold', 'UNKNOWN_FILTER_VALUE', 'status'],
    ['landUse=0601', 'UNKNOWN_FILTER_VALUE', 'landUse'],
    ['zone=jinzhong', 'UNKNOWN_FILTER_VALUE', 'zone'],
    ['division=110000', 'UNKNOWN_FILTER_VALUE', 'division'],
    ['bbox=1,2,3', 'INVALID_BBOX', 'bbox'],
    ['bbox=a,b,c,d', 'INVALID_BBOX', 'bbox'],
    ['bbox=113,38,112,37', 'INVALID_BBOX', 'bbox'],
    ['bbox=100,95,120,96', 'INVALID_BBOX', 'bbox'],
    ['limit=0', 'LIMIT_OUT_OF_RANGE', 'limit'],
    ['limit=501', 'LIMIT_OUT_OF_RANGE', 'limit'],
    ['limit=ten', 'INVALID_PARAMETER', 'limit'],
    ['offset=-1', 'INVALID_PARAMETER', 'offset'],
    ['sort=price;DROP TABLE parcels', 'UNKNOWN_SORT_FIELD', 'sort'],
    ['indicator=heightLimitx:1..2', 'UNKNOWN_FILTER_VALUE', 'indicator'],
    ['indicator=taxPerMu:..', 'INVALID_PARAMETER', 'indicator'],
    ['areaMuMin=abc', 'INVALID_PARAMETER', 'areaMuMin'],
    ['areaMuMin=50&areaMuMax=10', 'INVALID_PARAMETER', 'areaMuMin'],
    ['colour=red', 'UNKNOWN_PARAMETER', 'colour'],
    ['limit=1&limit=2', 'INVALID_PARAMETER', 'limit'],
  ])('rejects %s with %s naming %s', async (qs, code, param) => {
    const res = await request(ctx.app).get(`/api/parcels?${qs}`).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, code, param });
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('binds free text as a value, never as SQL', async () => {
    const res = await request(ctx.app).get(`/api/parcels?q=${encodeURIComponent("' OR 1=1 --")}`).expect(200);
    expect(res.body.total).toBe(0);
  });

  it('serves 304 for an unchanged list and a new ETag after a write', async () => {
    const first = await request(ctx.app).get('/api/parcels?zone=G140702').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"v\d+-/);
    await request(ctx.app).get('/api/parcels?zone=G140702').set('If-None-Match', etag).expect(304);
    await ctx.db.query("UPDATE parcels SET name = name || '（更新）' WHERE code = '140702-2025-0002'");
    const after = await request(ctx.app).get('/api/parcels?zone=G140702').set('If-None-Match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.body.items[1].name).toContain('（更新）');
  });

  it('serves an OpenAPI document listing the API', async () => {
    const res = await request(ctx.app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.0.3');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/parcels', '/api/parcels/{code}', '/api/zones', '/ogc/collections/{collectionId}/items', '/api/session', '/api/imports', '/api/exports']),
    );
    // How a client gets the CSRF token is part of the contract.
    expect(res.body.paths['/api/session'].post.description).toMatch(/X-CSRF-Token/);
    expect(res.body.components.securitySchemes.csrf).toMatchObject({ in: 'header', name: 'X-CSRF-Token' });
  });

  it('answers unknown API routes with problem+json', async () => {
    const res = await request(ctx.app).get('/api/nothing-here').expect(404);
    expect(res.body.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe.each(ENGINES)('investors see published parcels only, on $name', (engine) => {
  const ctx = smallCatalogApp(engine);

  it('hides a draft from the list, the detail, the zone counts and the OGC API', async () => {
    const list = await request(ctx.app).get('/api/parcels?q=待审').expect(200);
    expect(list.body.total).toBe(0);
    await request(ctx.app).get('/api/parcels/140702-2026-0001').expect(404);
    const zones = await request(ctx.app).get('/api/zones').expect(200);
    expect(zones.body.items[0].parcelCount).toBe(2);
    const ogc = await request(ctx.app).get('/ogc/collections/parcels/items').expect(200);
    expect(ogc.body.numberMatched).toBe(3);
    await request(ctx.app).get('/ogc/collections/parcels/items/140702-2026-0001').expect(404);
    await request(ctx.app).post('/api/parcels/140702-2026-0001/checks').send({ plan: { type: 'FeatureCollection', features: [] } }).expect(404);
  });

  it('keeps the draft in the database', async () => {
    const { rows } = await ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM parcels WHERE workflow_state = 'draft'");
    expect(rows[0]?.n).toBe(1);
  });
});

describe.each(ENGINES)('parcel detail ETag on $name', (engine) => {
  const ctx = smallCatalogApp(engine);

  it('names the record version and answers 304 until something changes', async () => {
    const first = await request(ctx.app).get('/api/parcels/140702-2025-0001').expect(200);
    expect(first.headers.etag).toMatch(/^"1\.\d+"$/);
    await request(ctx.app).get('/api/parcels/140702-2025-0001').set('If-None-Match', first.headers.etag as string).expect(304);
    await ctx.db.query("UPDATE regional_assessments SET implication_zh = '更新' WHERE zone_code = 'G140702'");
    const after = await request(ctx.app).get('/api/parcels/140702-2025-0001').set('If-None-Match', first.headers.etag as string).expect(200);
    expect(after.headers.etag).not.toBe(first.headers.etag);
  });
});
