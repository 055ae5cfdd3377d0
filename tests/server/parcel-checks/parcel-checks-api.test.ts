import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../support/test-db';
import { smallCatalogApp } from '../../support/small-catalog';
import { signIn } from '../../support/staff-session';

// Parcel 140702-2025-0001 is the EPSG:4547 rectangle x 387 000–387 300, y 4 172 000–4 172 222.22
// (66 666 m²); plans below are drawn in the same GK metres and say so with planSrid.
const rect = (x: number, y: number, w: number, h: number) => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]],
});
const feature = (id: string, geometry: object, properties: object) => ({ type: 'Feature', id, geometry, properties });
const plan = (...features: object[]) => ({ type: 'FeatureCollection', features });

// A 100 m × 100 m, 7-storey, 28 m workshop 10 m in from the west and south edges, and 90 m × 62 m of green.
const workshop = feature('W1', rect(387_010, 4_172_010, 100, 100), { kind: 'building', floors: 7, height_m: 28 });
const green = feature('G1', rect(387_200, 4_172_150, 90, 62), { kind: 'green' });
const figures = { fixedAssetInvestmentWanYuan: 30_000, annualTaxWanYuan: 1_600 };

type Result = { key: string; status: string; actual: number | null; features: string[] };
const result = (body: { report: { results: Result[] } }, key: string) => body.report.results.find((r) => r.key === key);

describe.each(ENGINES)('POST /api/parcels/:code/checks on $name', (engine) => {
  const ctx = smallCatalogApp(engine);

  it('passes a plan that meets every indicator, with hand-computed values', async () => {
    const res = await request(ctx.app)
      .post('/api/parcels/140702-2025-0001/checks')
      .send({ plan: plan(workshop, green), figures, planSrid: 4547 })
      .expect(200);
    expect(res.body.report.verdict).toBe('pass');
    expect(result(res.body, 'floorAreaRatio')?.actual).toBeCloseTo(70_000 / 66_666, 4);
    expect(result(res.body, 'greenRatio')?.actual).toBeCloseTo((5_580 / 66_666) * 100, 3);
    expect(result(res.body, 'investmentIntensity')?.actual).toBeCloseTo(30_000 / (66_666 / (10_000 / 15)), 2);
    expect(result(res.body, 'taxPerMu')?.actual).toBeCloseTo(1_600 / 99.999, 2);
    expect(res.body.report.areas.coverageFootprintM2).toBeCloseTo(10_000, 1);
  });

  it('agrees with PostGIS on the parcel area within 0.01 %', async () => {
    const res = await request(ctx.app).post('/api/parcels/140702-2025-0001/checks').send({ plan: plan(workshop), planSrid: 4547 }).expect(200);
    const { rows } = await ctx.db.query<{ area: number }>("SELECT area_m2 AS area FROM parcels WHERE code = '140702-2025-0001'");
    const postgis = Number(rows[0]?.area);
    expect(Math.abs(res.body.report.areas.parcelM2 - postgis) / postgis).toBeLessThan(1e-4);
  });

  it('fails containment and names the building that crosses the boundary', async () => {
    const crossing = feature('W2', rect(387_250, 4_172_100, 100, 50), { kind: 'building', floors: 1, height_m: 6 });
    const res = await request(ctx.app)
      .post('/api/parcels/140702-2025-0001/checks')
      .send({ plan: plan(workshop, crossing), figures, planSrid: 4547 })
      .expect(200);
    expect(res.body.report.verdict).toBe('fail');
    expect(result(res.body, 'containment')).toMatchObject({ status: 'fail', features: ['W2'] });
  });

  it('marks missing figures not_provided, never pass', async () => {
    const res = await request(ctx.app).post('/api/parcels/140702-2025-0001/checks').send({ plan: plan(workshop), planSrid: 4547 }).expect(200);
    expect(result(res.body, 'investmentIntensity')?.status).toBe('not_provided');
    expect(res.body.report.verdict).not.toBe('pass');
  });

  it('stores a check record, with who made it, only for a signed-in user', async () => {
    await request(ctx.app).post('/api/parcels/140702-2025-0001/checks?save=true').send({ plan: plan(workshop), planSrid: 4547 }).expect(401);
    const agent = await signIn(ctx.app, ctx.db, 'agent', 'checker');
    const saved = await agent
      .post('/api/parcels/140702-2025-0001/checks?save=true')
      .send({ plan: plan(workshop, green), figures, planSrid: 4547 })
      .expect(201);
    expect(saved.headers.location).toBe(`/api/parcels/140702-2025-0001/checks/${saved.body.id}`);
    const list = await request(ctx.app).get('/api/parcels/140702-2025-0001/checks').expect(200);
    expect(list.body.items[0]).toMatchObject({ id: saved.body.id, verdict: 'pass', createdBy: 'checker' });
    const one = await request(ctx.app).get(saved.headers.location as string).expect(200);
    expect(one.body.report.verdict).toBe('pass');
    expect(one.body.input.figures.annualTaxWanYuan).toBe(1_600);
  });

  it.each([
    ['GK coordinates without a zone prefix and no planSrid', { plan: plan(workshop) }, 'AMBIGUOUS_CRS'],
    ['an unknown feature kind', { plan: plan(feature('X', rect(387_010, 4_172_010, 5, 5), { kind: 'castle' })), planSrid: 4547 }, 'PLAN_UNKNOWN_KIND'],
    ['negative floors', { plan: plan(feature('X', rect(387_010, 4_172_010, 5, 5), { kind: 'building', floors: -1, height_m: 3 })), planSrid: 4547 }, 'PLAN_INVALID_FLOORS'],
    ['not GeoJSON', { plan: { hello: 'world' } }, 'PLAN_INVALID_GEOJSON'],
    ['a negative figure', { plan: plan(workshop), planSrid: 4547, figures: { annualTaxWanYuan: -5 } }, 'INVALID_PARAMETER'],
    ['an unknown body field', { plan: plan(workshop), planSrid: 4547, colour: 'red' }, 'INVALID_PARAMETER'],
  ])('refuses %s with 400 %s', async (_what, body, code) => {
    const res = await request(ctx.app).post('/api/parcels/140702-2025-0001/checks').send(body).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe(code);
  });

  it('refuses a plan over 10 000 vertices with PLAN_TOO_MANY_VERTICES', async () => {
    const many = Array.from({ length: 2_100 }, (_, i) =>
      feature(`B${i}`, rect(387_001 + (i % 60) * 4.9, 4_172_001 + Math.floor(i / 60) * 6, 2, 2), { kind: 'green' }),
    );
    const res = await request(ctx.app).post('/api/parcels/140702-2025-0001/checks').send({ plan: plan(...many), planSrid: 4547 }).expect(400);
    expect(res.body.code).toBe('PLAN_TOO_MANY_VERTICES');
  });

  it('answers 413 for a body over 5 MB and 400 for malformed JSON', async () => {
    const big = JSON.stringify({ plan: plan(workshop), planSrid: 4547, pad: 'x'.repeat(5_300_000) });
    const res = await request(ctx.app).post('/api/parcels/140702-2025-0001/checks').set('Content-Type', 'application/json').send(big).expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    const bad = await request(ctx.app).post('/api/parcels/140702-2025-0001/checks').set('Content-Type', 'application/json').send('{"plan":').expect(400);
    expect(bad.body.code).toBe('INVALID_JSON');
  });

  it('answers 404 for an unknown parcel', async () => {
    const res = await request(ctx.app).post('/api/parcels/140702-2099-0001/checks').send({ plan: plan(workshop), planSrid: 4547 }).expect(404);
    expect(res.body.code).toBe('PARCEL_NOT_FOUND');
  });
});
