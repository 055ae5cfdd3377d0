import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImport } from '../../../server/src/imports';
import { gkRect, smallCatalogApp } from '../../support/small-catalog';
import type { Session } from '../../support/staff-session';
import { signIn } from '../../support/staff-session';
import { ENGINES } from '../../support/test-db';

// Candidates laid out in the small catalog's 晋中 zone (EPSG:4547, x 386 000–390 000, y 4 171 000–4 174 000).
const feature = (geometry: object, properties: object) => ({ type: 'Feature', geometry, properties });
const good = feature(gkRect(4547, 388_200, 4_172_000, 200, 150), {
  code: '140702-2026-0101', name: '汇通路西侧新地块', landUseCode: '100101', declaredAreaM2: 30_000,
});
const overlapping = feature(gkRect(4547, 387_100, 4_172_100, 100, 100), {
  code: '140702-2026-0102', name: '压占已有地块', landUseCode: '100101',
});
// A third of it (100 m × 300 m) sticks out east of the zone.
const outsideZone = feature(gkRect(4547, 389_800, 4_172_800, 300, 300), {
  code: '140702-2026-0103', name: '越界地块', landUseCode: '100101',
});
const badCode = feature(gkRect(4547, 388_500, 4_172_500, 100, 100), { code: 'JZ-01', name: '编号不规范', landUseCode: '100101' });
const wrongArea = feature(gkRect(4547, 388_700, 4_172_500, 100, 100), {
  code: '140702-2026-0104', name: '面积不符', landUseCode: '100102', declaredAreaM2: 10_500,
});
const upload = (features: object[]) => Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));

const indicators = [
  { key: 'investmentIntensity', comparator: 'min', value: 300, unit: '万元/亩' },
  { key: 'floorAreaRatio', comparator: 'range', value: 1.2, valueMax: 2.5, unit: '', doubleCountTallStoreys: true },
  { key: 'buildingCoverage', comparator: 'min', value: 40, unit: '%' },
  { key: 'greenRatio', comparator: 'max', value: 15, unit: '%' },
  { key: 'adminFacilityShare', comparator: 'max', value: 7, unit: '%' },
  { key: 'taxPerMu', comparator: 'min', value: 20, unit: '万元/亩·年' },
];

describe.each(ENGINES)('staff publishing on $name', (engine) => {
  const ctx = smallCatalogApp(engine);
  let publisher: Session;
  let reviewer: Session;

  beforeAll(async () => {
    publisher = await signIn(ctx.app, ctx.db, 'publisher');
    reviewer = await signIn(ctx.app, ctx.db, 'reviewer');
  });

  it('previews an upload feature by feature, then commits the good ones as drafts in one go', async () => {
    const res = await publisher
      .post('/api/imports')
      .attach('file', upload([good, overlapping, outsideZone, badCode, wrongArea]), 'parcels.geojson')
      .expect(201);
    expect(res.body.detected).toMatchObject({ format: 'geojson', crs: 4490 });
    const byIndex = (i: number) => res.body.features.find((f: { index: number }) => f.index === i);
    const codes = (i: number) => byIndex(i).issues.map((x: { code: string }) => x.code);
    expect(byIndex(1)).toMatchObject({ action: 'create', code: '140702-2026-0101', zoneCode: 'G140702' });
    expect(byIndex(1).areaM2).toBeCloseTo(30_000, 0);
    expect(byIndex(1).geometry.type).toBe('MultiPolygon');
    expect(byIndex(2).action).toBe('skip');
    expect(byIndex(2).issues.find((x: { code: string }) => x.code === 'OVERLAP').detail.parcels[0]).toMatchObject({ code: '140702-2025-0001' });
    expect(byIndex(2).issues.find((x: { code: string }) => x.code === 'OVERLAP').detail.parcels[0].areaM2).toBeCloseTo(10_000, -1);
    expect(codes(3)).toContain('OUTSIDE_ZONE');
    expect(byIndex(3).issues.find((x: { code: string }) => x.code === 'OUTSIDE_ZONE').detail.outsideM2).toBeCloseTo(30_000, -1);
    expect(codes(4)).toContain('CODE_INVALID');
    expect(byIndex(5).action).toBe('create');
    expect(codes(5)).toContain('AREA_MISMATCH');
    expect(res.body.summary).toEqual({ create: 2, update: 0, skip: 3 });

    const again = await publisher.get(`/api/imports/${res.body.id}`).expect(200);
    expect(again.body.features).toHaveLength(5);

    const commit = await publisher.post(`/api/imports/${res.body.id}/commit`).expect(200);
    expect(commit.body.created.sort()).toEqual(['140702-2026-0101', '140702-2026-0104']);
    await publisher.post(`/api/imports/${res.body.id}/commit`).expect(409);
    // Drafts are staff-only.
    await request(ctx.app).get('/api/parcels/140702-2026-0101').expect(404);
    const staffView = await publisher.get('/api/parcels/140702-2026-0101').expect(200);
    expect(staffView.body.workflow.state).toBe('draft');
  });

  it('takes a draft through edit, review and publish, with optimistic locking and history', async () => {
    const code = '140702-2026-0101';
    const detail = await publisher.get(`/api/parcels/${code}`).expect(200);
    const etag = detail.headers.etag as string;

    await publisher.patch(`/api/parcels/${code}`).send({ indicators }).expect(428);
    await publisher.patch(`/api/parcels/${code}`).set('If-Match', '"99"').send({ indicators }).expect(412);
    const bad = await publisher.patch(`/api/parcels/${code}`).set('If-Match', etag).send({ indicators: [{ ...indicators[3], value: 150 }] }).expect(400);
    expect(bad.body.code).toBe('INVALID_PARAMETER');
    const edited = await publisher.patch(`/api/parcels/${code}`).set('If-Match', etag).send({ indicators, name: '汇通路西侧标准地' }).expect(200);
    // The same ETag again is stale now: someone (we) changed the record.
    await publisher.patch(`/api/parcels/${code}`).set('If-Match', etag).send({ location: 'x' }).expect(412);

    await publisher.post(`/api/parcels/${code}/approve`).expect(403);
    await publisher.post(`/api/parcels/${code}/publish`).expect(409);
    await publisher.post(`/api/parcels/${code}/submit`).set('If-Match', `"${edited.body.version}"`).expect(200);
    const rejected = await reviewer.post(`/api/parcels/${code}/reject`).send({}).expect(400);
    expect(rejected.body.code).toBe('COMMENT_REQUIRED');
    await reviewer.post(`/api/parcels/${code}/approve`).send({ comment: '指标齐全' }).expect(200);
    const before = (await request(ctx.app).get('/api/health')).body.dataVersion;
    await publisher.post(`/api/parcels/${code}/publish`).expect(200);
    expect((await request(ctx.app).get('/api/health')).body.dataVersion).toBeGreaterThan(before);

    const pub = await request(ctx.app).get(`/api/parcels/${code}`).expect(200);
    expect(pub.body).toMatchObject({ name: '汇通路西侧标准地', status: 'published', workflow: { state: 'published' } });
    expect(pub.body.indicators).toHaveLength(6);

    const history = await publisher.get(`/api/parcels/${code}/history`).expect(200);
    expect(history.body.items.map((h: { action: string }) => h.action)).toEqual([
      'parcel.publish', 'parcel.approve', 'parcel.submit', 'parcel.edited',
    ]);
    const edit = history.body.items[3];
    expect(edit.actor).toBe('test-publisher');
    expect(edit.changes.map((c: { field: string }) => c.field).sort()).toEqual(['indicators', 'name']);
  });

  it('refuses to publish a parcel missing required indicators', async () => {
    const code = '140702-2026-0104';
    await publisher.post(`/api/parcels/${code}/submit`).expect(200);
    await reviewer.post(`/api/parcels/${code}/approve`).expect(200);
    const res = await publisher.post(`/api/parcels/${code}/publish`).expect(422);
    expect(res.body.code).toBe('MISSING_INDICATORS');
    expect(res.body.missing).toContain('taxPerMu');
  });

  it('withdraws a published parcel only with a reason, and moves its lifecycle by role', async () => {
    const code = '140702-2025-0001';
    await publisher.post(`/api/parcels/${code}/lifecycle`).send({ to: 'transferred' }).expect(200);
    const wrong = await publisher.post(`/api/parcels/${code}/lifecycle`).send({ to: 'listed' }).expect(409);
    expect(wrong.body.code).toBe('INVALID_TRANSITION');
    const reasonless = await publisher.post('/api/parcels/140702-2025-0002/withdraw').send({}).expect(400);
    expect(reasonless.body.code).toBe('COMMENT_REQUIRED');
    await publisher.post('/api/parcels/140702-2025-0002/withdraw').send({ comment: '规划调整' }).expect(200);
    await request(ctx.app).get('/api/parcels/140702-2025-0002').expect(404);
  });

  it('blocks parcels over a constraint layer and shows the overlap area', async () => {
    const farmland = { type: 'FeatureCollection', features: [feature(gkRect(4547, 389_000, 4_172_000, 100, 100), { name: '基本农田图斑' })] };
    const layer = await publisher
      .post('/api/constraint-layers')
      .field('kind', 'basic_farmland')
      .field('name', '永久基本农田')
      .attach('file', Buffer.from(JSON.stringify(farmland)), 'farmland.geojson')
      .expect(201);
    expect(layer.body).toMatchObject({ polygons: 1, repaired: 0 });
    const over = feature(gkRect(4547, 389_050, 4_172_050, 100, 100), { code: '140702-2026-0105', name: '压占农田', landUseCode: '100101' });
    const res = await publisher.post('/api/imports').attach('file', upload([over]), 'over.geojson').expect(201);
    const issue = res.body.features[0].issues.find((x: { code: string }) => x.code === 'CONSTRAINT_OVERLAP');
    expect(issue.detail.layers[0]).toMatchObject({ layer: '永久基本农田', kind: 'basic_farmland' });
    expect(issue.detail.layers[0].areaM2).toBeCloseTo(2_500, -1);
    expect(res.body.features[0].action).toBe('skip');
  });

  it('exports what the caller may see, readable by our own importer within a millimetre', async () => {
    const geojson = await request(ctx.app).get('/api/exports?format=geojson&zone=G140702').expect(200);
    expect(geojson.headers['content-type']).toMatch(/application\/geo\+json/);
    const back = await readImport({ name: 'x.geojson', bytes: Buffer.from(geojson.text) }, {});
    if (!back.ok) throw new Error(back.message);
    expect(back.features.map((f) => f.code).sort()).toEqual(['140702-2025-0001', '140702-2026-0101']);
    const shp = await request(ctx.app).get('/api/exports?format=shp&zone=G140702').buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect((shp.body as Buffer).subarray(0, 4).toString('hex')).toBe('504b0304');
    const csv = await request(ctx.app).get('/api/exports?format=csv').expect(200);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const bad = await request(ctx.app).get('/api/exports?format=dwg').expect(400);
    expect(bad.body).toMatchObject({ code: 'UNKNOWN_FILTER_VALUE', param: 'format' });
  });

  it('refuses uploads it cannot read with a stable code and writes nothing', async () => {
    const before = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM imports');
    const xxe = await publisher.post('/api/imports').attach('file', Buffer.from('<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml>&x;</kml>'), 'x.kml').expect(400);
    expect(xxe.body.code).toBe('XXE');
    const none = await publisher.post('/api/imports').expect(400);
    expect(none.body.code).toBe('FILE_MISSING');
    const after = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM imports');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('reports an invalid geometry with reason and location, and repairs it only on request', async () => {
    // A bow-tie: the ring crosses itself in the middle.
    const square = gkRect(4547, 389_300, 4_172_000, 100, 100).coordinates[0]![0]!;
    const [a, b, c, d] = square as number[][];
    const bowtie = feature({ type: 'Polygon', coordinates: [[a, c, b, d, a]] }, { code: '140702-2026-0106', name: '自相交', landUseCode: '100101' });
    const plain = await publisher.post('/api/imports').attach('file', upload([bowtie]), 'bowtie.geojson').expect(201);
    const invalid = plain.body.features[0].issues.find((x: { code: string }) => x.code === 'INVALID_GEOMETRY');
    expect(invalid.detail.reason).toMatch(/Self-intersection/i);
    expect(invalid.detail.location.type).toBe('Point');
    expect(plain.body.features[0].action).toBe('skip');
    const repaired = await publisher.post('/api/imports').field('repair', 'true').attach('file', upload([bowtie]), 'bowtie.geojson').expect(201);
    const note = repaired.body.features[0].issues.find((x: { code: string }) => x.code === 'GEOMETRY_REPAIRED');
    expect(note.severity).toBe('warning');
    expect(typeof note.detail.repairAreaChangeM2).toBe('number');
    expect(repaired.body.features[0].action).toBe('create');
  });

  it('answers 413 for an upload over 100 MB', async () => {
    const res = await publisher.post('/api/imports').attach('file', Buffer.alloc(100 * 1024 * 1024 + 1, 32), 'huge.geojson').expect(413);
    expect(res.body.code).toBe('TOO_LARGE');
  });
});
