// Catalog read path: the HTTP API against the same SQL run directly, on the same data and process.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/src/app';
import type { CatalogData } from '../server/src/catalog/catalog-loader';
import { loadCatalog } from '../server/src/catalog/catalog-loader';
import type { Db } from '../server/src/db/db';
import { sql } from '../server/src/db/sql';
import { createLogger } from '../server/src/logger';
import { getParcelDocument, searchParcels } from '../server/src/parcels/parcels.repository';
import type { Row } from './measure';
import { compare } from './measure';

const RUNS = 40;

/** Small windows (about 2 km) around parcels spread over the data set, so each query returns a page. */
function windows(data: CatalogData, count: number): [number, number, number, number][] {
  const step = Math.max(1, Math.floor(data.parcels.length / count));
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < data.parcels.length && out.length < count; i += step) {
    const [lon, lat] = firstPosition(data.parcels[i]?.geometry);
    out.push([lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01]);
  }
  return out;
}

function firstPosition(geometry: unknown): [number, number] {
  let c = (geometry as { coordinates?: unknown } | undefined)?.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) ? (c as [number, number]) : [112, 37];
}

export async function benchCatalog(db: Db, data: CatalogData, engine: string): Promise<Row[]> {
  const t0 = performance.now();
  await db.transaction((tx) => loadCatalog(tx, data));
  await db.query('ANALYZE');
  const loadMs = performance.now() - t0;

  const app = createApp({ db, config: { PUBLIC_URL: undefined }, log: createLogger('silent') });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    if (!res.ok) throw new Error(`${path} → ${res.status}`);
    return res.text();
  };
  const boxes = windows(data, RUNS);
  const box = (i: number) => boxes[i % boxes.length] as [number, number, number, number];
  const codes = data.parcels.map((p) => String(p.properties?.code));
  const code = (i: number) => codes[(i * 7919) % codes.length] as string;
  const rows: Row[] = [];

  rows.push({
    group: 'catalog',
    case: 'GET /api/parcels?bbox (50/page)',
    engine,
    ...(await compare(
      RUNS,
      (i) => get(`/api/parcels?bbox=${box(i).join(',')}&limit=50`),
      (i) => searchParcels(db, { bbox: box(i) }, { limit: 50, offset: 0, sort: 'code', geometry: 'none', audience: 'public' }),
    )),
    baselineName: 'search.sql',
    note: `${data.parcels.length} parcels loaded in ${(loadMs / 1000).toFixed(1)} s`,
  });

  const wide = (i: number) => {
    const [a, b, c, d] = box(i);
    return [a - 0.2, b - 0.2, c + 0.2, d + 0.2] as [number, number, number, number];
  };
  rows.push({
    group: 'catalog',
    case: 'GET /ogc/…/items?limit=1000',
    engine,
    ...(await compare(
      RUNS,
      (i) => get(`/ogc/collections/parcels/items?limit=1000&bbox=${wide(i).join(',')}`),
      (i) => searchParcels(db, { bbox: wide(i) }, { limit: 1000, offset: 0, sort: 'code', geometry: 'crs84', audience: 'public' }),
    )),
    baselineName: 'search.sql',
  });

  rows.push({
    group: 'catalog',
    case: 'GET /api/parcels/:code',
    engine,
    ...(await compare(
      RUNS,
      (i) => get(`/api/parcels/${code(i)}`),
      (i) => getParcelDocument(db, code(i), 'public'),
    )),
    baselineName: 'get-by-code.sql',
  });

  rows.push({
    group: 'catalog',
    case: 'GET /api/health (HTTP floor)',
    engine,
    ...(await compare(RUNS, () => get('/api/health'), () => db.query(sql('meta/data-version')))),
    baselineName: 'data-version.sql',
    note: 'what any request costs beyond its SQL',
  });

  server.close();
  return rows;
}
