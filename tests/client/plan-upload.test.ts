import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CheckReport, parcelFromFeature, runChecks } from '../../server/src/checks';
import { positionsOf } from '../../server/src/geo/polygonal';
import { readPlanUpload } from '../../client/src/features/checks/plan-upload';

const fixture = (name: string, file: string) => readFileSync(new URL(`../../fixtures/checks/${name}/${file}`, import.meta.url), 'utf8');
const summary = (report: CheckReport) => report.results.map((r) => [r.key, r.status, typeof r.actual === 'number' ? Number(r.actual.toFixed(6)) : r.actual]);

describe('reading an uploaded site plan', () => {
  it.each(['gk-4525-prefixed', 'rectangle-pass'])('brings %s into lon/lat without changing any check result', (name) => {
    const text = fixture(name, 'plan.geojson');
    const upload = readPlanUpload(text);
    if (!upload.ok) throw new Error(upload.message);
    for (const feature of upload.plan.features) {
      for (const [x = 0, y = 0] of positionsOf(feature.geometry)) expect([x > 110 && x < 115, y > 34 && y < 41]).toEqual([true, true]);
    }
    const parcel = parcelFromFeature(JSON.parse(fixture(name, 'parcel.geojson')));
    const figures = JSON.parse(fixture(name, 'figures.json'));
    const asUploaded = runChecks(parcel, JSON.parse(text), figures);
    const inLonLat = runChecks(parcel, upload.plan, figures, { planSrid: 4490 });
    if (!asUploaded.ok || !inLonLat.ok) throw new Error('the fixture plan should check');
    expect(summary(inLonLat.report)).toEqual(summary(asUploaded.report));
  });

  it('asks for the central meridian when GK coordinates carry no zone prefix, then uses the answer', () => {
    const text = fixture('gk-ambiguous-no-stated', 'plan.geojson');
    const first = readPlanUpload(text);
    expect(first).toMatchObject({ ok: false, code: 'AMBIGUOUS_CRS', candidates: [4546, 4547] });
    const answered = readPlanUpload(text, 4546);
    expect(answered.ok && answered.srid).toBe(4546);
  });

  it('reports swapped axes with the engine’s own code', () => {
    expect(readPlanUpload(fixture('lonlat-swapped', 'plan.geojson'))).toMatchObject({ ok: false, code: 'AXIS_SWAPPED' });
  });

  it('rejects what is not a polygon plan', () => {
    expect(readPlanUpload('{nope')).toMatchObject({ ok: false, code: 'PLAN_INVALID_GEOJSON' });
    expect(readPlanUpload('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[112,37]}}]}')).toMatchObject({
      ok: false,
      code: 'PLAN_UNSUPPORTED_GEOMETRY',
    });
  });

  it('gives features without an id or kind one the investor can edit', () => {
    const square = [[[112.5, 37.7], [112.5001, 37.7], [112.5001, 37.7001], [112.5, 37.7001], [112.5, 37.7]]];
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { kind: 'building', floors: 3 }, geometry: { type: 'Polygon', coordinates: square } },
        { type: 'Feature', properties: { layer: 'CAD-0' }, geometry: { type: 'Polygon', coordinates: square } },
      ],
    });
    const upload = readPlanUpload(text);
    if (!upload.ok) throw new Error(upload.message);
    expect(upload.plan.features.map((f) => [f.id, f.properties.kind])).toEqual([
      ['B1', 'building'],
      ['O1', 'other'],
    ]);
  });
});
