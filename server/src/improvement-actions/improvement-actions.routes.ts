// /api/improvement-actions: list and read (staff and the evaluator), create from a finding (staff),
// report progress under optimistic locking (the owners).
import { Router } from 'express';
import { auditActorOf } from '../audit/audit-context';
import type { Db } from '../db/db';
import { type EvaluationSettings, quarterParam, scopeParam } from '../evaluation/evaluation.service';
import { badParam, HttpError } from '../http/http-error';
import { listParam, rejectUnknownParams, stringParam, type RawQuery } from '../http/query-params';
import { requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import { ACTION_STATUS_CODES } from './action-status';
import { createActionSchema, updateActionSchema } from './improvement-action';
import { createAction, getAction, listActions, updateAction } from './improvement-actions.service';

const idOf = (raw: unknown, param = 'id') => {
  const s = String(raw);
  if (!/^\d{1,12}$/.test(s)) throw badParam(param, `"${param}" must be a whole number.`);
  return Number(s);
};

function versionFromIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new HttpError(428, 'PRECONDITION_REQUIRED', 'Send If-Match with the version of the action you are updating.', { param: 'If-Match' });
  }
  const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  return m ? Number(m[1]) : -1;
}

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
        findingId: finding === undefined ? null : idOf(finding, 'finding'),
        statuses: listParam(query, 'status', ACTION_STATUS_CODES) ?? null,
      },
      settings,
    );
    res.json({ total: items.length, items });
  });

  router.get('/:id', requireRole(...ROUTE_ROLES['GET /api/improvement-actions/:id']), async (req, res) => {
    const action = await getAction(db, idOf(req.params.id), settings);
    res.setHeader('ETag', `"${action.version}"`).json(action);
  });

  router.post('/', requireRole(...ROUTE_ROLES['POST /api/improvement-actions']), async (req, res) => {
    const body = createActionSchema.parse(req.body ?? {});
    const action = await createAction(db, body, settings, auditActorOf(req));
    res.status(201).setHeader('Location', `/api/improvement-actions/${action.id}`).setHeader('ETag', `"${action.version}"`).json(action);
  });

  router.patch('/:id', requireRole(...ROUTE_ROLES['PATCH /api/improvement-actions/:id']), async (req, res) => {
    const id = idOf(req.params.id);
    const expected = versionFromIfMatch(req.get('if-match'));
    const body = updateActionSchema.parse(req.body ?? {});
    const action = await updateAction(db, id, expected, body, settings, auditActorOf(req));
    res.setHeader('ETag', `"${action.version}"`).json(action);
  });

  return router;
}
