import type { Feature, Geometry } from 'geojson';
import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { appendAudit } from '../audit/audit-log';
import type { AuditActor } from '../audit/audit-context';
import { HttpError } from '../http/http-error';
import { loadCatalog } from '../catalog/catalog-loader';
import type { StagedParcel } from './import-preview';
import { previewImport } from './import-preview';

export interface CommitSummary {
  importId: number;
  created: string[];
  updated: string[];
}

const asFeature = (s: StagedParcel): Feature<Geometry | null> & { properties: { code: string; indicators?: unknown } } => ({
  type: 'Feature' as const,
  geometry: s.geometry,
  properties: { ...s.properties, code: s.code, ...(s.indicators ? { indicators: s.indicators } : {}) },
});

/**
 * Writes an import's staged parcels as drafts in ONE transaction: either every parcel of the preview
 * is written with its audit rows, or nothing is. Geometry checks run again under a lock, because
 * someone may have published an overlapping parcel since the preview.
 */
export async function commitImport(db: Db, importId: number, actor: AuditActor): Promise<CommitSummary> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ features: StagedParcel[]; state: string }>(sql('imports/lock-import'), [importId]);
    const record = rows[0];
    if (!record) throw new HttpError(404, 'IMPORT_NOT_FOUND', `No import ${importId}.`);
    if (record.state !== 'previewed') throw new HttpError(409, 'IMPORT_ALREADY_COMMITTED', `Import ${importId} was already ${record.state}.`);
    const staged = record.features;
    if (staged.length === 0) throw new HttpError(422, 'NOTHING_TO_COMMIT', 'No feature of this import can be written; see the preview issues.');

    await tx.query(sql('imports/lock-parcel-geometry'));
    await recheck(tx, staged);

    const creates = staged.filter((s) => s.action === 'create').map(asFeature);
    const updates = staged.filter((s) => s.action === 'update' && s.geometry !== null).map(asFeature);
    const indicatorOnly = staged.filter((s) => s.action === 'update' && s.geometry === null).map(asFeature);

    await loadCatalog(tx, { zones: [], parcels: creates, assessments: [] }, actor.actor);
    const updated = updates.length > 0 ? (await tx.query<{ code: string }>(sql('imports/update-parcels'), [JSON.stringify(updates)])).rows : [];
    if (updated.length !== updates.length) {
      throw new HttpError(409, 'IMPORT_STALE', 'A parcel to update is no longer a draft; preview the file again.');
    }
    const withIndicators = [...updates, ...indicatorOnly].filter((f) => Array.isArray(f.properties.indicators));
    if (withIndicators.length > 0) {
      const json = JSON.stringify(withIndicators);
      await tx.query(sql('imports/replace-indicators'), [json]);
      await tx.query(sql('catalog/insert-indicators'), [json]);
      await tx.query(sql('imports/touch-parcels'), [indicatorOnly.map((f) => f.properties.code)]);
    }
    await tx.query(sql('imports/mark-committed'), [importId]);
    const summary = {
      importId,
      created: creates.map((f) => f.properties.code),
      updated: [...updates, ...indicatorOnly].map((f) => f.properties.code),
    };
    await appendAudit(tx, { ...actor, action: 'import.committed', entityType: 'import', entityId: String(importId), after: summary });
    return summary;
  });
}

async function recheck(tx: Parameters<Parameters<Db['transaction']>[0]>[0], staged: StagedParcel[]): Promise<void> {
  const spatial = staged.filter((s) => s.geometry !== null);
  if (spatial.length === 0) return;
  const again = await previewImport(
    tx,
    {
      ok: true,
      detected: { format: 'geojson', crs: 4490, crsSource: 'declared', encoding: null },
      features: spatial.map((s) => ({ index: s.index, code: s.code, properties: { ...s.properties, indicators: s.indicators }, geometry: s.geometry, sourceGeometryType: 'MultiPolygon' })),
      issues: [],
    },
    false,
  );
  const blocked = again.features.filter((f) => f.action === 'skip');
  if (blocked.length > 0) {
    throw new HttpError(409, 'IMPORT_STALE', 'The catalog changed since the preview; some parcels can no longer be written. Preview the file again.', {
      features: blocked.map((f) => ({ index: f.index, code: f.code, issues: f.issues })),
    });
  }
}
