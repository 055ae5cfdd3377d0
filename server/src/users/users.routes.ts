// /api/users: accounts, managed by administrators only.
import { Router } from 'express';
import { auditActorOf } from '../audit/audit-context';
import type { Db } from '../db/db';
import { requireRole } from './require-role';
import { ROUTE_ROLES } from './route-roles';
import { resolveAuthOptions, type AuthOptions } from './session-policy';
import { createUser } from './users.service';
import { listUsers } from './users.repository';

export function usersRouter(db: Db, options: AuthOptions = {}): Router {
  const { now } = resolveAuthOptions(options);
  const router = Router();

  router.get('/', requireRole(...ROUTE_ROLES['GET /api/users']), async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ items: await listUsers(db) });
  });

  router.post('/', requireRole(...ROUTE_ROLES['POST /api/users']), async (req, res) => {
    const user = await createUser(db, req.body ?? {}, auditActorOf(req), now());
    res.status(201).json(user);
  });

  return router;
}
