// Parcels for the staff e2e test, laid out on the test's own copy of the demo database: two ~60 m
// squares in the emptiest part of a development zone (far from every parcel, so they import as
// "create") and one square over an existing published parcel (so it is skipped with OVERLAP).
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { Db } from '../../server/src/db/db';
import { gkSridFor } from '../../server/src/geo/gk-zone';
import { reprojectGeometry, reprojectPosition } from '../../server/src/geo/reproject';

export interface StaffFixture {
  zoneCode: string;
  /** Codes of the two parcels that will be created, and of the one that overlaps. */
  created: [string, string];
  overlapping: string;
  /** The parcel the third square lies on. */
  overlapped: string;
  file: FeatureCollection;
  /** One square in Gauss-Krüger metres without the zone prefix: the server cannot tell 4546 from 4547. */
  ambiguous: FeatureCollection;
  /** The plane it was drawn on. */
  gkSrid: 4546 | 4547;
}

/** A square of `sizeM` metres on the position's own Gauss-Krüger plane, in plane metres. */
function gkSquare(lon: number, lat: number, sizeM: number, offsetXM: number, offsetYM: number): Polygon {
  const [x = 0, y = 0] = reprojectPosition([lon, lat], 4490, gkSridFor(lon));
  const [cx, cy, h] = [x + offsetXM, y + offsetYM, sizeM / 2];
  const ring: Position[] = [[cx - h, cy - h], [cx + h, cy - h], [cx + h, cy + h], [cx - h, cy + h], [cx - h, cy - h]];
  return { type: 'Polygon', coordinates: [ring] };
}

/** The same square as EPSG:4490 lon/lat. */
export function squareAround(lon: number, lat: number, sizeM: number, offsetXM = 0, offsetYM = 0): Polygon {
  return reprojectGeometry(gkSquare(lon, lat, sizeM, offsetXM, offsetYM), gkSridFor(lon), 4490);
}

const feature = (geometry: Polygon, properties: Record<string, unknown>): Feature<Polygon> => ({ type: 'Feature', geometry, properties });

export async function staffFixture(db: Db): Promise<StaffFixture> {
  // The point of each zone farthest from its parcels and its boundary (the largest empty circle).
  const free = await db.query<{ code: string; county: string; lon: number; lat: number; radius: number }>(`
    WITH used AS (SELECT zone_code, ST_Union(geom) AS g FROM parcels GROUP BY zone_code),
    space AS (
      SELECT z.code, z.county_code, ST_Transform(ST_Difference(z.boundary, used.g), gk_srid(z.boundary)) AS g, gk_srid(z.boundary) AS srid
      FROM zones z JOIN used ON used.zone_code = z.code
    ),
    circle AS (SELECT code, county_code, srid, ST_MaximumInscribedCircle(g) AS c FROM space)
    SELECT code, county_code AS county, ST_X(ST_Transform((c).center, 4490)) AS lon, ST_Y(ST_Transform((c).center, 4490)) AS lat, (c).radius AS radius
    FROM circle ORDER BY (c).radius DESC LIMIT 1`);
  const spot = free.rows[0];
  if (!spot || spot.radius < 200) throw new Error('no free spot of 200 m in any demo zone');
  const existing = await db.query<{ code: string; lon: number; lat: number }>(
    `SELECT code, ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat FROM parcels
     WHERE zone_code = $1 AND workflow_state = 'published' AND status <> 'withdrawn' ORDER BY area_m2 DESC LIMIT 1`,
    [spot.code],
  );
  const target = existing.rows[0];
  if (!target) throw new Error(`no published parcel in ${spot.code}`);
  const codes = [1, 2, 3].map((n) => `${spot.county}-2026-99${String(n).padStart(2, '0')}`) as [string, string, string];
  const taken = await db.query('SELECT code FROM parcels WHERE code = ANY ($1::text[])', [codes]);
  if (taken.rows.length > 0) throw new Error(`codes already in the demo data: ${codes.join(', ')}`);
  const [a, b, c] = codes;
  return {
    gkSrid: gkSridFor(spot.lon),
    ambiguous: {
      type: 'FeatureCollection',
      features: [feature(gkSquare(spot.lon, spot.lat, 60, 0, -400), { code: `${spot.county}-2026-9909`, name: '高斯坐标地块', landUseCode: '100101' })],
    },
    zoneCode: spot.code,
    created: [a, b],
    overlapping: c,
    overlapped: target.code,
    file: {
      type: 'FeatureCollection',
      features: [
        feature(squareAround(spot.lon, spot.lat, 60, -60), { code: a, name: '端到端测试新地块甲', landUseCode: '100101', location: '测试路以东' }),
        feature(squareAround(spot.lon, spot.lat, 60, 60), { code: b, name: '端到端测试新地块乙', landUseCode: '100102' }),
        feature(squareAround(target.lon, target.lat, 60), { code: c, name: '压占已有地块', landUseCode: '100101' }),
      ],
    },
  };
}
