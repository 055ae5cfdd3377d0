// Oracle: the engine's planar areas agree with PostGIS ST_Area in the same GK plane within 0.01 %
// (architecture.md: proj4 and PostGIS "must agree").
import type { MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSitePlan } from '../../../server/src/checks/parse-site-plan';
import { runChecks } from '../../../server/src/checks/run-checks';
import { polygonalAreaM2 } from '../../../server/src/geo/planar-area';
import { polygonsOf } from '../../../server/src/geo/polygonal';
import { reprojectGeometry } from '../../../server/src/geo/reproject';
import { findSelfIntersection } from '../../../server/src/geo/self-intersection';
import { loadFixtureCases } from './fixture-cases';
import type { Db } from '../../../server/src/db/db';
import { ENGINES } from '../../support/test-db';

const RELATIVE_TOLERANCE = 1e-4;

// The oracle is the real PostGIS when one is configured (PostGIS 3.3 on PostgreSQL 15), else PGlite's.
let pg: Db;

beforeAll(async () => {
  pg = await (ENGINES[1] ?? ENGINES[0])!.open('empty');
}, 60_000);

afterAll(async () => {
  await pg?.close();
});

async function postgisArea(geometries: (Polygon | MultiPolygon)[], srid: number, planar: number): Promise<number> {
  const { rows } = await pg.query<{ area: number }>(
    'SELECT ST_Area(ST_Transform(ST_Union(ST_SetSRID(ST_GeomFromGeoJSON(g), $2::int)), $3::int)) AS area FROM unnest($1::text[]) AS g',
    [geometries.map((g) => JSON.stringify(g)), srid, planar],
  );
  return Number(rows[0]?.area ?? 0);
}

function expectClose(engine: number | null, oracle: number, label: string): void {
  expect(engine, label).not.toBeNull();
  expect(Math.abs((engine as number) - oracle), `${label}: engine ${engine}, PostGIS ${oracle}`).toBeLessThanOrEqual(RELATIVE_TOLERANCE * Math.abs(oracle) + 1e-9);
}

const measurable = loadFixtureCases().flatMap((fixture) => {
  const outcome = runChecks(fixture.parcel, fixture.plan, fixture.figures, fixture.options);
  const parsed = parseSitePlan(fixture.plan);
  return outcome.ok && parsed.ok ? [{ fixture, report: outcome.report, features: parsed.features }] : [];
});

describe('areas agree with PostGIS', () => {
  it('covers the fixtures that produce a report', () => {
    expect(measurable.length).toBeGreaterThanOrEqual(25);
  });

  it.each(measurable.map((m) => [m.fixture.name, m] as const))('%s', async (_name, { fixture, report, features }) => {
    const planar = report.crs.planar;
    expectClose(report.areas.parcelM2, await postgisArea([fixture.parcel.geometry], 4490, planar), 'parcel');

    const planSrid = report.crs.input ?? 4490;
    const valid = features.filter((f) => polygonsOf(f.geometry).every((rings) => !findSelfIntersection(rings)));
    for (const f of valid) {
      const engine = polygonalAreaM2(reprojectGeometry(f.geometry, planSrid, planar));
      expectClose(engine, await postgisArea([f.geometry], planSrid, planar), `footprint ${f.id}`);
    }
    const union = async (...kinds: string[]) => postgisArea(valid.filter((f) => kinds.includes(f.kind)).map((f) => f.geometry), planSrid, planar);
    if (report.areas.buildingFootprintM2 !== null && report.areas.buildingFootprintM2 > 0) expectClose(report.areas.buildingFootprintM2, await union('building'), 'building union');
    if (report.areas.coverageFootprintM2 !== null && report.areas.coverageFootprintM2 > 0) expectClose(report.areas.coverageFootprintM2, await union('building', 'structure', 'yard'), 'coverage union');
    if (report.areas.greenM2 !== null && report.areas.greenM2 > 0) expectClose(report.areas.greenM2, await union('green'), 'green union');
  });
});
