// Check engine: a 2 000-footprint plan checked in Node against PostGIS computing the same areas and
// distances in SQL, in the same run and on the same machine.
import proj4 from 'proj4';
import type { Feature, Polygon } from 'geojson';
import { runChecks } from '../server/src/checks';
import type { CheckParcel } from '../server/src/checks';
import type { Db } from '../server/src/db/db';
import { sql } from '../server/src/db/sql';
import type { Row } from './measure';
import { compare } from './measure';

const GK114 = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const LONLAT = '+proj=longlat +ellps=GRS80 +no_defs';
const FEATURES = 2_000;
const RUNS = 10;

function rect(x: number, y: number, w: number, h: number): Polygon {
  const ring = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]].map((p) => proj4(GK114, LONLAT, p));
  return { type: 'Polygon', coordinates: [ring] };
}

/** A 1 km² parcel near Jinzhong holding a 50 × 40 grid of 15 m × 15 m workshops, 5 m apart. */
function scenario(): { parcel: CheckParcel; plan: { type: 'FeatureCollection'; features: Feature<Polygon>[] } } {
  const x0 = 387_000;
  const y0 = 4_172_000;
  const features: Feature<Polygon>[] = [];
  for (let i = 0; i < FEATURES; i++) {
    const col = i % 50;
    const row = Math.floor(i / 50);
    features.push({
      type: 'Feature',
      id: `B${i}`,
      geometry: rect(x0 + 10 + col * 19.5, y0 + 10 + row * 24.5, 15, 15),
      properties: { kind: 'building', floors: 2, height_m: 9 },
    });
  }
  const parcel: CheckParcel = {
    code: 'BENCH',
    geometry: rect(x0, y0, 1_000, 1_000),
    indicators: [
      { key: 'floorAreaRatio', comparator: 'range', value: 0.5, valueMax: 3, textValue: null, unit: '', areaBase: 'gross' },
      { key: 'buildingCoverage', comparator: 'min', value: 30, valueMax: null, textValue: null, unit: '%', areaBase: 'gross' },
      { key: 'setback', comparator: 'min', value: 5, valueMax: null, textValue: null, unit: 'm', areaBase: 'gross' },
    ],
  };
  return { parcel, plan: { type: 'FeatureCollection', features } };
}

export async function benchChecks(db: Db, engine: string): Promise<Row[]> {
  const { parcel, plan } = scenario();
  const parcelJson = JSON.stringify(parcel.geometry);
  const planJson = JSON.stringify(plan.features.map((f) => ({ id: f.id, geometry: f.geometry })));
  const timings = await compare(
    RUNS,
    async () => {
      const outcome = runChecks(parcel, plan, {});
      if (!outcome.ok) throw new Error(outcome.error.message);
    },
    () => db.query(sql('bench/plan-measures'), [parcelJson, planJson, 4547]),
  );
  return [
    {
      group: 'checks',
      case: `runChecks, ${FEATURES}-footprint plan`,
      engine,
      ...timings,
      baselineName: 'plan-measures.sql',
      note: `${((timings.subject.medianMs / FEATURES) * 1000).toFixed(0)} µs per feature in Node`,
    },
  ];
}
