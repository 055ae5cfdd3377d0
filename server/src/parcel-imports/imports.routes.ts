import { Router } from 'express';
import { auditActorOf } from '../audit/audit-context';
import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { HttpError } from '../http/http-error';
import type { RawQuery } from '../http/query-params';
import { rejectUnknownParams } from '../http/query-params';
import { readImport } from '../imports';
import { singleFileUpload as singleFile } from './single-file-upload';
import { requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import { commitImport } from './import-commit';
import { previewImport } from './import-preview';

const ALLOWED_CRS = [4490, 4525, 4526, 4546, 4547];

function overrides(body: Record<string, unknown>): { crs?: number; encoding?: string; repair: boolean } {
  const out: { crs?: number; encoding?: string; repair: boolean } = { repair: body.repair === 'true' };
  if (body.crs !== undefined && body.crs !== '') {
    const crs = Number(String(body.crs).replace(/^EPSG:/i, ''));
    if (!ALLOWED_CRS.includes(crs)) throw new HttpError(400, 'UNSUPPORTED_CRS', `CRS must be one of ${ALLOWED_CRS.join(', ')}.`, { param: 'crs' });
    out.crs = crs;
  }
  if (typeof body.encoding === 'string' && body.encoding !== '') {
    if (!/^(utf-?8|gbk|gb18030|gb2312|cp936)$/i.test(body.encoding)) {
      throw new HttpError(400, 'INVALID_PARAMETER', 'encoding must be UTF-8, GBK or GB18030.', { param: 'encoding' });
    }
    out.encoding = body.encoding;
  }
  return out;
}

export function importsRouter(db: Db): Router {
  const router = Router();

  router.post('/', requireRole(...ROUTE_ROLES['POST /api/imports']), singleFile, async (req, res) => {
    const file = req.file;
    if (!file) throw new HttpError(400, 'FILE_MISSING', 'Send the file in the multipart field "file".', { param: 'file' });
    const { repair, ...given } = overrides((req.body ?? {}) as Record<string, unknown>);
    const read = await readImport({ name: file.originalname, bytes: file.buffer }, given);
    if (!read.ok) throw new HttpError(read.status, read.code, read.message, { param: 'file', ...(read.details ?? {}) });
    const preview = await previewImport(db, read, repair);
    const fileIssues = read.issues.filter((i) => i.feature === null);
    const actor = auditActorOf(req);
    const { rows } = await db.query<{ id: number; createdAt: string }>(sql('imports/insert-import'), [
      actor.actor,
      file.originalname,
      JSON.stringify(read.detected),
      JSON.stringify(preview.staged),
      JSON.stringify({ features: preview.features, issues: fileIssues }),
    ]);
    const id = rows[0]?.id;
    res.status(201).location(`/api/imports/${id}`).json({
      id,
      fileName: file.originalname,
      detected: read.detected,
      features: preview.features,
      issues: fileIssues,
      summary: summarise(preview.features),
    });
  });

  router.get('/:id', requireRole(...ROUTE_ROLES['GET /api/imports/:id']), async (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    const id = importId(String(req.params.id));
    const { rows } = await db.query<{ id: number; fileName: string; detected: unknown; preview: { features: { action: string }[]; issues: unknown[] }; state: string; createdAt: string; createdBy: string; committedAt: string | null }>(
      sql('imports/get-import'),
      [id],
    );
    const record = rows[0];
    if (!record) throw new HttpError(404, 'IMPORT_NOT_FOUND', `No import ${id}.`);
    const { preview, ...rest } = record;
    res.json({ ...rest, features: preview.features, issues: preview.issues, summary: summarise(preview.features) });
  });

  router.post('/:id/commit', requireRole(...ROUTE_ROLES['POST /api/imports/:id/commit']), async (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    const summary = await commitImport(db, importId(String(req.params.id)), auditActorOf(req));
    res.json(summary);
  });

  return router;
}

function importId(raw: string | undefined): number {
  if (!raw || !/^\d{1,15}$/.test(raw)) throw new HttpError(400, 'INVALID_PARAMETER', 'The import id must be a number.', { param: 'id' });
  return Number(raw);
}

function summarise(features: { action: string }[]) {
  return {
    create: features.filter((f) => f.action === 'create').length,
    update: features.filter((f) => f.action === 'update').length,
    skip: features.filter((f) => f.action === 'skip').length,
  };
}

