// /api/outbox: administrators watch outbound deliveries to the peer platforms and retry a waiting one.
import { Router } from 'express';
import { z } from 'zod';
import { auditActorOf } from '../audit/audit-context';
import type { Db } from '../db/db';
import { rejectUnknownParams } from '../http/query-params';
import { requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import { OUTBOX_STATES, OUTBOX_TOPICS } from './outbox';
import { outboxOverview, retryNow } from './outbox.service';
import type { OutboxTargets } from './outbox-target';

const listQuery = z.object({
  topic: z.enum(OUTBOX_TOPICS).optional(),
  state: z.enum(OUTBOX_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
const idParams = z.object({ id: z.string().regex(/^\d{1,15}$/, 'must be a message id').transform(Number) });

export function outboxRouter(db: Db, targets: OutboxTargets, now: () => Date = () => new Date()): Router {
  const router = Router();

  router.get('/', requireRole(...ROUTE_ROLES['GET /api/outbox']), async (req, res) => {
    rejectUnknownParams(req.query, Object.keys(listQuery.shape));
    const filter = listQuery.parse(req.query);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await outboxOverview(db, targets, filter));
  });

  router.post('/:id/retry', requireRole(...ROUTE_ROLES['POST /api/outbox/:id/retry']), async (req, res) => {
    const { id } = idParams.parse(req.params);
    res.json(await retryNow(db, id, auditActorOf(req), now()));
  });

  return router;
}
