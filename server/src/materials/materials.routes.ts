// Materials API: an enterprise's stored materials, uploads (new versions) and the stored bytes.
// Served bytes are never executed or re-typed by the browser: the sniffed type only, nosniff, a
// download by default and a CSP that allows nothing active.
import { Router } from 'express';
import { z } from 'zod';
import { auditActorOf } from '../audit/audit-context';
import { channelFor } from '../cases/cases.service';
import { CHANNEL_CODES, type Channel } from '../cases/channels';
import type { Db } from '../db/db';
import { validateUscc } from '../enterprises/uscc';
import { HttpError } from '../http/http-error';
import { rejectUnknownParams, stringParam, type RawQuery } from '../http/query-params';
import { requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import type { SessionUser } from '../users/user';
import { contentDisposition } from './content-disposition';
import { materialUpload } from './material-upload';
import { assertMaterialAccess, listMaterials, readVersion, uploadMaterial } from './materials.service';
import { extensionOf, type AllowedContentType } from './sniff-content-type';

const uploadFields = z.strictObject({
  type: z.string().trim().regex(/^[a-z][a-z_]{2,40}$/, 'must be a material type code such as site_plan'),
  uscc: z.string().trim().optional(),
  channel: z.enum(CHANNEL_CODES as [Channel, ...Channel[]]).optional(),
});

/** The USCC a request is about: an enterprise's own, or the one staff name (validated). */
function usccFor(user: SessionUser, given: string | undefined): string {
  const raw = given ?? (user.role === 'enterprise' ? (user.uscc ?? undefined) : undefined);
  if (raw === undefined) throw new HttpError(400, 'MISSING_PARAMETER', '"uscc" is required.', { param: 'uscc' });
  const v = validateUscc(raw);
  if (!v.valid) throw new HttpError(400, 'INVALID_USCC', `"${raw}" is not a valid unified social credit code (${v.reason}).`, { param: 'uscc', reason: v.reason });
  assertMaterialAccess(user, v.code);
  return v.code;
}

export function materialsRouter(db: Db, now: () => Date = () => new Date()): Router {
  const router = Router();

  router.get('/', requireRole(...ROUTE_ROLES['GET /api/materials']), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['uscc']);
    const uscc = usccFor(req.user as SessionUser, stringParam(query, 'uscc'));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ uscc, items: await listMaterials(db, uscc) });
  });

  router.post('/', requireRole(...ROUTE_ROLES['POST /api/materials']), materialUpload, async (req, res) => {
    const user = req.user as SessionUser;
    const fields = uploadFields.parse(req.body ?? {});
    if (!req.file) throw new HttpError(400, 'FILE_REQUIRED', 'Attach the file as the multipart field "file".', { param: 'file' });
    const uscc = usccFor(user, fields.uscc);
    const result = await uploadMaterial(
      db,
      {
        uscc,
        type: fields.type,
        channel: channelFor(user, fields.channel),
        file: { originalName: req.file.originalname, declaredType: req.file.mimetype, bytes: req.file.buffer },
      },
      user,
      auditActorOf(req),
      now(),
    );
    res.status(result.created ? 201 : 200).json({ uscc, ...result });
  });

  router.get('/versions/:id/content', requireRole(...ROUTE_ROLES['GET /api/materials/versions/:id/content']), async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['disposition']);
    const disposition = stringParam(query, 'disposition') ?? 'attachment';
    if (disposition !== 'attachment' && disposition !== 'inline') {
      throw new HttpError(400, 'INVALID_PARAMETER', '"disposition" is attachment or inline.', { param: 'disposition' });
    }
    const id = Number(req.params.id);
    if (!Number.isSafeInteger(id) || id < 1) throw new HttpError(400, 'INVALID_PARAMETER', 'The version id is a positive whole number.', { param: 'id' });
    const version = await readVersion(db, id);
    if (!version) throw new HttpError(404, 'MATERIAL_NOT_FOUND', `No material version ${id}.`);
    assertMaterialAccess(req.user as SessionUser, version.uscc);
    const type = version.contentType as AllowedContentType;
    res.setHeader('Content-Type', type);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
    res.setHeader('Content-Disposition', contentDisposition(disposition, version.fileName, `${version.type}-v${version.version}.${extensionOf(type)}`));
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('ETag', `"${version.sha256}"`);
    res.end(version.content);
  });

  return router;
}
