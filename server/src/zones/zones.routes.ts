import { Router } from 'express';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import type { RawQuery } from '../http/query-params';
import { rejectUnknownParams, stringParam } from '../http/query-params';
import { listZones } from './zones.repository';

export function zonesRouter(db: Db): Router {
  const router = Router();

  // Zones are few (tens per province), so the list is one page; `geometry=true` adds boundaries.
  router.get('/', async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['geometry']);
    const withGeometry = geometryFlag(stringParam(query, 'geometry'));
    const { total, rows } = await listZones(db, { geometry: withGeometry ? 'crs84' : 'none', limit: 1000, offset: 0 });
    const items = rows.map((r) => (r.geometry ? `${r.props.slice(0, -1)},"geometry":${r.geometry}}` : r.props));
    res.type('json').send(`{"total":${total},"items":[${items.join(',')}]}`);
  });

  router.get('/:code', async (req, res) => {
    const code = req.params.code;
    const { rows } = await listZones(db, { codes: [code], geometry: 'crs84', limit: 1, offset: 0 });
    const row = rows[0];
    if (!row) throw new HttpError(404, 'ZONE_NOT_FOUND', `No development zone has the code "${code}".`, { param: 'code' });
    res.type('json').send(`${row.props.slice(0, -1)},"geometry":${row.geometry}}`);
  });

  return router;
}

function geometryFlag(v: string | undefined): boolean {
  if (v === undefined || v === 'false') return false;
  if (v === 'true') return true;
  throw new HttpError(400, 'INVALID_PARAMETER', '"geometry" must be true or false.', { param: 'geometry' });
}
