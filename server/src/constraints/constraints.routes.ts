import { Router } from 'express';
import { z } from 'zod';
import { auditActorOf } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { HttpError } from '../http/http-error';
import { readImport } from '../imports';
import { singleFileUpload } from '../parcel-imports/single-file-upload';
import { requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';

const layerFields = z
  .object({
    kind: z.enum(['basic_farmland', 'ecological_redline', 'other']),
    name: z.string().trim().min(1).max(100),
    crs: z.coerce.number().int().optional(),
    encoding: z.string().max(20).optional(),
  })
  .strict();

/**
 * Constraint layers (永久基本农田, 生态保护红线 …): uploaded in any import format; a parcel overlapping
 * one is blocked at import, edit and publish with the overlap area shown.
 */
export function constraintsRouter(db: Db): Router {
  const router = Router();

  router.get('/', requireRole(...ROUTE_ROLES['GET /api/constraint-layers']), async (_req, res) => {
    const { rows } = await db.query(sql('constraints/list-layers'));
    res.json({ items: rows });
  });

  router.post('/', requireRole(...ROUTE_ROLES['POST /api/constraint-layers']), singleFileUpload, async (req, res) => {
    const fields = layerFields.parse(req.body ?? {});
    if (!req.file) throw new HttpError(400, 'FILE_MISSING', 'Send the layer in the multipart field "file".', { param: 'file' });
    const read = await readImport(
      { name: req.file.originalname, bytes: req.file.buffer },
      { ...(fields.crs ? { crs: fields.crs } : {}), ...(fields.encoding ? { encoding: fields.encoding } : {}) },
    );
    if (!read.ok) throw new HttpError(read.status, read.code, read.message, { param: 'file', ...(read.details ?? {}) });
    const geometries = read.features.flatMap((f) => (f.geometry ? [f.geometry] : []));
    if (geometries.length === 0) throw new HttpError(422, 'EMPTY', 'The file holds no polygon.', { param: 'file' });
    const actor = auditActorOf(req);
    const result = await db.transaction(async (tx) => {
      const layer = await tx.query<{ id: number }>(sql('constraints/insert-layer'), [fields.kind, fields.name, actor.actor]);
      const id = layer.rows[0]?.id as number;
      const areas = await tx.query<{ inserted: number; repaired: number }>(sql('constraints/insert-areas'), [id, JSON.stringify(geometries)]);
      const summary = { id, kind: fields.kind, name: fields.name, polygons: Number(areas.rows[0]?.inserted), repaired: Number(areas.rows[0]?.repaired) };
      await appendAudit(tx, { ...actor, action: 'constraint-layer.created', entityType: 'constraint-layer', entityId: String(id), after: summary });
      return summary;
    });
    res.status(201).json(result);
  });

  router.delete('/:id', requireRole(...ROUTE_ROLES['DELETE /api/constraint-layers/:id']), async (req, res) => {
    const id = String(req.params.id);
    if (!/^\d{1,15}$/.test(id)) throw new HttpError(400, 'INVALID_PARAMETER', 'The layer id must be a number.', { param: 'id' });
    const actor = auditActorOf(req);
    await db.transaction(async (tx) => {
      const { rows } = await tx.query(sql('constraints/delete-layer'), [Number(id)]);
      if (rows.length === 0) throw new HttpError(404, 'CONSTRAINT_LAYER_NOT_FOUND', `No constraint layer ${id}.`);
      await appendAudit(tx, { ...actor, action: 'constraint-layer.deleted', entityType: 'constraint-layer', entityId: id });
    });
    res.status(204).end();
  });

  return router;
}
