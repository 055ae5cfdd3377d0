import { Router } from 'express';
import type { Db } from '../db/db';
import { audienceOf } from '../http/audience';
import { currentDataVersion, etagByDataVersion } from '../http/data-version';
import { HttpError } from '../http/http-error';
import type { RawQuery } from '../http/query-params';
import { intParam, rejectUnknownParams, stringParam } from '../http/query-params';
import { FILTER_PARAMS, parseParcelFilter, SORT_KEYS } from './parcel-filter';
import { parcelEtag } from './parcel-etag';
import { getParcelDocument, searchParcels } from './parcels.repository';
import { parcelNotFound } from './parcel-not-found';

export const LIST_MAX_LIMIT = 500;

export function parcelsRouter(db: Db): Router {
  const router = Router();

  router.get('/', etagByDataVersion(db), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, [...FILTER_PARAMS, 'bbox', 'sort', 'limit', 'offset']);
    const filter = parseParcelFilter(query);
    const sort = stringParam(query, 'sort') ?? 'code';
    if (!SORT_KEYS.includes(sort)) {
      throw new HttpError(400, 'UNKNOWN_SORT_FIELD', `Cannot sort by "${sort}". Allowed: ${SORT_KEYS.join(', ')}.`, { param: 'sort' });
    }
    const limit = intParam(query, 'limit', 1, LIST_MAX_LIMIT, 'LIMIT_OUT_OF_RANGE') ?? 50;
    const offset = intParam(query, 'offset', 0, 10_000_000) ?? 0;
    const { total, rows } = await searchParcels(db, filter, { limit, offset, sort, geometry: 'none', audience: audienceOf(req) });
    res.type('json').send(`{"total":${total},"limit":${limit},"offset":${offset},"items":[${rows.map((r) => r.props).join(',')}]}`);
  });

  router.get('/:code', async (req, res) => {
    const code = req.params.code;
    const audience = audienceOf(req);
    const doc = await getParcelDocument(db, code, audience);
    if (doc === undefined) throw parcelNotFound(code);
    const tag = parcelEtag(doc.version, await currentDataVersion(db));
    res.setHeader('ETag', tag);
    res.setHeader('Vary', 'Cookie');
    res.setHeader('Cache-Control', `${audience === 'staff' ? 'private' : 'public'}, max-age=0, must-revalidate`);
    if (req.get('if-none-match') === tag) {
      res.status(304).end();
      return;
    }
    res.type('json').send(doc.body);
  });

  return router;
}
