import type { AuditActor } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { EDITABLE_WORKFLOW_STATES } from '../domain/workflow';
import { HttpError } from '../http/http-error';
import { previewImport } from '../parcel-imports/import-preview';
import type { ParcelPatch } from './parcel-patch.schema';
import { parcelSnapshot } from './parcel-snapshot';
import { lockParcel } from './parcel-workflow.service';

/**
 * Applies a staff edit under optimistic locking: the caller's version must still be current (412
 * otherwise), only draft, rejected or withdrawn records change (a published parcel is withdrawn
 * first, so investors never see an unreviewed edit), and the edited parcel returns to draft.
 */
export async function editParcel(db: Db, code: string, expectedVersion: number, patch: ParcelPatch, actor: AuditActor): Promise<number> {
  return db.transaction(async (tx) => {
    const parcel = await lockParcel(tx, code, expectedVersion);
    if (!EDITABLE_WORKFLOW_STATES.includes(parcel.workflowState)) {
      throw new HttpError(409, 'NOT_EDITABLE', `Parcel ${code} is ${parcel.workflowState}; withdraw it before editing.`, {
        workflowState: parcel.workflowState,
      });
    }
    const before = await parcelSnapshot(tx, code);
    if (patch.geometry !== undefined) await assertGeometryAcceptable(tx, code, patch);
    const { indicators, ...columns } = patch;
    const updated = await tx.query<{ version: number }>(sql('parcel-edits/update-parcel'), [code, JSON.stringify(columns)]);
    if (indicators !== undefined) {
      await tx.query(sql('parcel-edits/delete-indicators'), [code]);
      await tx.query(sql('catalog/insert-indicators'), [JSON.stringify([{ properties: { code, indicators } }])]);
    }
    const after = await parcelSnapshot(tx, code);
    await appendAudit(tx, { ...actor, action: 'parcel.edited', entityType: 'parcel', entityId: code, before, after });
    return updated.rows[0]?.version ?? parcel.version + 1;
  });
}

/** The same PostGIS checks an import gets: validity, zone, overlaps and constraint layers. */
async function assertGeometryAcceptable(tx: Parameters<Parameters<Db['transaction']>[0]>[0], code: string, patch: ParcelPatch): Promise<void> {
  await tx.query(sql('imports/lock-parcel-geometry'));
  const { rows } = await tx.query<{ zoneCode: string; name: string; landUseCode: string }>(sql('parcel-edits/edit-context'), [code]);
  const current = rows[0];
  const geometry = patch.geometry as { type: string; coordinates: unknown };
  const multi = geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [geometry.coordinates] } : geometry;
  const preview = await previewImport(
    tx,
    {
      ok: true,
      detected: { format: 'geojson', crs: 4490, crsSource: 'declared', encoding: null },
      features: [{ index: 1, code, properties: { ...current, ...patch, indicators: undefined }, geometry: multi as never, sourceGeometryType: geometry.type }],
      issues: [],
    },
    false,
  );
  const errors = preview.features[0]?.issues.filter((i) => i.severity === 'error' && i.code !== 'NOT_EDITABLE') ?? [];
  if (errors.length > 0) {
    throw new HttpError(422, 'GEOMETRY_REJECTED', errors.map((e) => e.message).join('; '), { param: 'geometry', issues: errors });
  }
}
