// The public approval item catalog (事项目录): the same guide on every channel (guide: 线上线下同源).
import { Router } from 'express';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import { rejectUnknownParams, type RawQuery } from '../http/query-params';
import { APPROVAL_ITEM_CODE, APPROVAL_STAGES } from './approval-item';
import { listApprovalItems, listBundles } from './approval-items.repository';

/** Mount with `app.use('/api/approval-items', approvalItemsRouter(db))`. */
export function approvalItemsRouter(db: Db): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    const [items, bundles] = await Promise.all([listApprovalItems(db), listBundles(db)]);
    res.setHeader('Cache-Control', 'no-cache');
    res.json({ total: items.length, stages: APPROVAL_STAGES, items, bundles });
  });

  router.get('/:code', async (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    const code = String(req.params.code).trim().toUpperCase();
    if (!APPROVAL_ITEM_CODE.test(code)) throw new HttpError(400, 'INVALID_ITEM_CODE', `"${req.params.code}" is not an approval item code (2–8 capital letters).`, { param: 'code' });
    const [item] = await listApprovalItems(db, code);
    if (!item) throw new HttpError(404, 'APPROVAL_ITEM_NOT_FOUND', `No approval item ${code}.`);
    res.setHeader('Cache-Control', 'no-cache');
    res.json(item);
  });

  return router;
}
