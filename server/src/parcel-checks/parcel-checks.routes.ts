import { Router } from 'express';
import { checkRequestSchema, runChecks } from '../checks';
import type { Db } from '../db/db';
import { audienceOf } from '../http/audience';
import { HttpError } from '../http/http-error';
import { assertRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import type { RawQuery } from '../http/query-params';
import { intParam, rejectUnknownParams, stringParam } from '../http/query-params';
import { getCheckRecord, listCheckRecords, loadCheckParcel, saveCheckRecord } from './parcel-checks.repository';
import { parcelNotFound } from '../parcels/parcel-not-found';


/** Mounted under /api/parcels/:code/checks: run the check engine on the server, and keep the record. */
export function parcelChecksRouter(db: Db): Router {
  const router = Router({ mergeParams: true });

  router.post('/', async (req, res) => {
    const code = (req.params as { code: string }).code;
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['save']);
    const save = stringParam(query, 'save') === 'true';
    if (save) assertRole(req, ROUTE_ROLES['POST /api/parcels/:code/checks?save=true']);
    const body = checkRequestSchema.parse(req.body ?? {});
    const parcel = await loadCheckParcel(db, code, audienceOf(req));
    if (!parcel) throw parcelNotFound(code);
    const outcome = runChecks(parcel, body.plan, body.figures, { planSrid: body.planSrid });
    if (!outcome.ok) {
      const { code: errorCode, message, ...detail } = outcome.error;
      throw new HttpError(400, errorCode, message, { param: 'plan', ...detail });
    }
    if (!save) {
      res.json({ report: outcome.report });
      return;
    }
    const record = await saveCheckRecord(db, code, req.user?.username ?? null, body, outcome.report);
    res.status(201).location(`/api/parcels/${encodeURIComponent(code)}/checks/${record.id}`).json({ ...record, report: outcome.report });
  });

  router.get('/', async (req, res) => {
    const code = (req.params as { code: string }).code;
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['limit', 'offset']);
    const limit = intParam(query, 'limit', 1, 100, 'LIMIT_OUT_OF_RANGE') ?? 20;
    const offset = intParam(query, 'offset', 0, 1_000_000) ?? 0;
    const page = await listCheckRecords(db, code, limit, offset);
    if (page.total === 0 && !(await loadCheckParcel(db, code, audienceOf(req)))) throw parcelNotFound(code);
    res.json({ ...page, limit, offset });
  });

  router.get('/:id', async (req, res) => {
    const { code, id } = req.params as { code: string; id: string };
    if (!/^\d{1,15}$/.test(id)) throw new HttpError(400, 'INVALID_PARAMETER', 'The record id must be a number.', { param: 'id' });
    const record = await getCheckRecord(db, code, Number(id));
    if (!record) throw new HttpError(404, 'CHECK_RECORD_NOT_FOUND', `Parcel "${code}" has no check record ${id}.`);
    res.json(record);
  });

  return router;
}
