import { Router } from 'express';
import { z } from 'zod';
import { auditActorOf } from '../audit/audit-context';
import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { PARCEL_STATUS_CODES } from '../domain/parcel-status';
import type { WorkflowAction } from '../domain/workflow';
import { WORKFLOW_ACTIONS } from '../domain/workflow';
import type { RawQuery } from '../http/query-params';
import { intParam, rejectUnknownParams } from '../http/query-params';
import { assertRole, requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import { parcelVersionFromIfMatch } from './parcel-etag';
import { editParcel } from './parcel-edit.service';
import { parcelPatchSchema } from './parcel-patch.schema';
import { applyWorkflowAction, moveLifecycle } from './parcel-workflow.service';
import { parcelNotFound } from './parcel-not-found';

const commentBody = z.object({ comment: z.string().trim().max(2000).optional() }).strict();
const lifecycleBody = z
  .object({
    to: z.enum(PARCEL_STATUS_CODES as unknown as [string, ...string[]]),
    reason: z.string().trim().max(2000).optional(),
    listedOn: z.iso.date().optional(),
  })
  .strict();

/** An optional If-Match on workflow actions: when given it must match (412); edits require it (428). */
const optionalVersion = (header: string | undefined) => (header === undefined ? undefined : parcelVersionFromIfMatch(header));

/** Staff writes on parcels, mounted under /api/parcels: edits, review workflow, lifecycle, history. */
export function parcelStaffRouter(db: Db): Router {
  const router = Router();

  router.patch('/:code', requireRole(...ROUTE_ROLES['PATCH /api/parcels/:code']), async (req, res) => {
    const code = String(req.params.code);
    const expected = parcelVersionFromIfMatch(req.get('if-match'));
    const patch = parcelPatchSchema.parse(req.body ?? {});
    const version = await editParcel(db, code, expected, patch, auditActorOf(req));
    res.setHeader('ETag', `"${version}"`);
    res.json({ code, version, workflowState: 'draft' });
  });

  for (const action of WORKFLOW_ACTIONS) {
    router.post(`/:code/${action}`, requireRole(...ROUTE_ROLES[`POST /api/parcels/:code/${action}`]), async (req, res) => {
      const { comment } = commentBody.parse(req.body ?? {});
      const result = await applyWorkflowAction(db, String(req.params.code), action as WorkflowAction, comment, optionalVersion(req.get('if-match')), auditActorOf(req));
      res.json({ code: req.params.code, ...result });
    });
  }

  router.post('/:code/lifecycle', async (req, res) => {
    const user = assertRole(req, ROUTE_ROLES['POST /api/parcels/:code/lifecycle']);
    const body = lifecycleBody.parse(req.body ?? {});
    const result = await moveLifecycle(
      db,
      String(req.params.code),
      body.to as never,
      user.role,
      body.reason,
      body.listedOn,
      optionalVersion(req.get('if-match')),
      auditActorOf(req),
    );
    res.json({ code: req.params.code, ...result });
  });

  router.get('/:code/history', requireRole(...ROUTE_ROLES['GET /api/parcels/:code/history']), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['limit', 'offset']);
    const limit = intParam(query, 'limit', 1, 200, 'LIMIT_OUT_OF_RANGE') ?? 50;
    const offset = intParam(query, 'offset', 0, 10_000_000) ?? 0;
    const { rows } = await db.query<{ total: number; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
      sql('parcel-edits/history'),
      [String(req.params.code), limit, offset],
    );
    if (rows.length === 0 && offset === 0) {
      const exists = await db.query(sql('parcel-edits/edit-context'), [String(req.params.code)]);
      if (exists.rows.length === 0) throw parcelNotFound(String(req.params.code));
    }
    res.json({
      total: rows[0]?.total ?? 0,
      limit,
      offset,
      items: rows.map(({ total: _t, ...r }) => ({ ...r, changes: diff(r.before, r.after) })),
    });
  });

  return router;
}

/** Top-level fields whose values differ between two snapshots, for the history view. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const ignored = new Set(['version', 'updatedAt']);
  return [...keys]
    .filter((k) => !ignored.has(k) && JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}
