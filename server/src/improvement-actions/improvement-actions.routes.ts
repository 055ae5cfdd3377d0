// /api/improvement-actions: list and read (staff and the evaluator), create from a finding (staff),
// report progress under optimistic locking (the owners).
import { versionFromIfMatch } from '../http/if-match';
import { Router } from 'express';
import { auditActorOf } from '../audit/audit-context';
import type { Db } from '../db/db';
import { type EvaluationSettings, quarterParam, scopeParam } from '../evaluation/evaluation.service';
import { idParam, listParam, rejectUnknownParams, stringParam, type RawQuery } from '../http/query-params';
import { requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import { ACTION_STATUS_CODES } from './action-status';
import { createActionSchema, updateActionSchema } from './improvement-action';
import { createAction, getAction, listActions, updateAction } from './improvement-actions.service';

export function improvementActionsRouter(db: Db, settings: EvaluationSettings): Router {
  const router = Router();

  router.get('/', requireRole(...ROUTE_ROLES['GET /api/improvement-actions']), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['quarter', 'scope', 'finding', 'status']);
    const quarterText = stringParam(query, 'quarter');
    const scopeText = stringParam(query, 'scope');
    const finding = stringParam(query, 'finding');
    const items = await listActions(
      db,
      {
        targetQuarter: quarterText === undefined ? null : quarterParam(quarterText, settings.now()).code,
        scope: scopeText === undefined ? null : (await scopeParam(db, scopeText)).scope.code,
        findingId: finding === undefined ? null : idParam(finding, 'finding'),
        statuses: listParam(query, 'status', ACTION_STATUS_CODES) ?? null,
      },
      settings,
    );
    res.json({ total: items.length, items });
  });

  router.get('/:id', requireRole(...ROUTE_ROLES['GET /api/improvement-actions/:id']), async (req, res) => {
    const action = await getAction(db, idParam(req.params.id), settings);
    res.setHeader('ETag', `"${action.version}"`).json(action);
  });

  router.post('/', requireRole(...ROUTE_ROLES['POST /api/improvement-actions']), async (req, res) => {
    const body = createActionSchema.parse(req.body ?? {});
    const action = await createAction(db, body, settings, auditActorOf(req));
    res.status(201).setHeader('Location', `/api/improvement-actions/${action.id}`).setHeader('ETag', `"${action.version}"`).json(action);
  });

  router.patch('/:id', requireRole(...ROUTE_ROLES['PATCH /api/improvement-actions/:id']), async (req, res) => {
    const id = idParam(req.params.id);
    const expected = versionFromIfMatch(req.get('if-match'), 'the action you are updating');
    const body = updateActionSchema.parse(req.body ?? {});
    const action = await updateAction(db, id, expected, body, settings, auditActorOf(req));
    res.setHeader('ETag', `"${action.version}"`).json(action);
  });

  return router;
}
