import type { AuditActor } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import type { Db, Queryable } from '../db/db';
import { sql } from '../db/sql';
import { requiredIndicatorKeys } from '../domain/indicators';
import type { LandUseCode } from '../domain/land-use';
import { LIFECYCLE_MOVES } from '../domain/lifecycle';
import type { ParcelStatus } from '../domain/parcel-status';
import type { WorkflowAction, WorkflowState } from '../domain/workflow';
import { WORKFLOW_TRANSITIONS } from '../domain/workflow';
import { HttpError } from '../http/http-error';
import { assertVersion } from './parcel-etag';
import { parcelSnapshot } from './parcel-snapshot';
import { parcelNotFound } from './parcel-not-found';

export interface LockedParcel {
  id: number;
  code: string;
  version: number;
  status: ParcelStatus;
  workflowState: WorkflowState;
  landUseCode: LandUseCode;
}

export async function lockParcel(tx: Queryable, code: string, expectedVersion: number | undefined): Promise<LockedParcel> {
  const { rows } = await tx.query<LockedParcel>(sql('parcel-edits/lock-parcel'), [code]);
  const parcel = rows[0];
  if (!parcel) throw parcelNotFound(code);
  if (expectedVersion !== undefined) assertVersion(expectedVersion, parcel.version, code);
  return parcel;
}

/** Publishing needs every indicator the land use requires: investors must never see a half-set parcel. */
async function assertPublishable(tx: Queryable, parcel: LockedParcel): Promise<void> {
  const { rows } = await tx.query<{ key: string }>(sql('parcel-edits/indicator-keys'), [parcel.id]);
  const stated = new Set(rows.map((r) => r.key));
  const missing = requiredIndicatorKeys(parcel.landUseCode).filter((k) => !stated.has(k));
  if (missing.length > 0) {
    throw new HttpError(422, 'MISSING_INDICATORS', `Parcel ${parcel.code} lacks indicators required for its land use: ${missing.join(', ')}.`, { missing });
  }
}

export async function applyWorkflowAction(
  db: Db,
  code: string,
  action: WorkflowAction,
  comment: string | undefined,
  expectedVersion: number | undefined,
  actor: AuditActor,
): Promise<{ version: number; workflowState: WorkflowState }> {
  const transition = WORKFLOW_TRANSITIONS[action];
  if (transition.commentRequired && !comment?.trim()) {
    throw new HttpError(400, 'COMMENT_REQUIRED', `A ${action} needs a reason (comment).`, { param: 'comment' });
  }
  return db.transaction(async (tx) => {
    const parcel = await lockParcel(tx, code, expectedVersion);
    if (!transition.from.includes(parcel.workflowState)) {
      throw new HttpError(409, 'INVALID_TRANSITION', `Cannot ${action} a parcel that is ${parcel.workflowState}; allowed from: ${transition.from.join(', ')}.`, {
        workflowState: parcel.workflowState,
      });
    }
    if (action === 'publish') {
      await assertPublishable(tx, parcel);
      // Another parcel may have been published over this one since review.
      await tx.query(sql('imports/lock-parcel-geometry'));
      const { rows } = await tx.query<{ code: string }>(sql('parcel-edits/published-overlaps'), [code]);
      if (rows.length > 0) {
        throw new HttpError(409, 'OVERLAP', `Parcel ${code} overlaps published parcels: ${rows.map((r) => r.code).join(', ')}.`, {
          parcels: rows.map((r) => r.code),
        });
      }
    }
    const before = await parcelSnapshot(tx, code);
    const updated = await tx.query<{ version: number }>(sql('parcel-edits/set-workflow'), [code, transition.to, comment?.trim() ?? null]);
    const after = await parcelSnapshot(tx, code);
    await appendAudit(tx, { ...actor, action: `parcel.${action}`, entityType: 'parcel', entityId: code, before, after });
    return { version: updated.rows[0]?.version ?? parcel.version + 1, workflowState: transition.to };
  });
}

export async function moveLifecycle(
  db: Db,
  code: string,
  to: ParcelStatus,
  role: string,
  reason: string | undefined,
  listedOn: string | undefined,
  expectedVersion: number | undefined,
  actor: AuditActor,
): Promise<{ version: number; status: ParcelStatus }> {
  const move = LIFECYCLE_MOVES[to];
  if (!move) throw new HttpError(400, 'INVALID_TRANSITION', `The lifecycle cannot be moved to ${to} by hand.`, { param: 'to' });
  if (!move.roles.includes(role)) {
    throw new HttpError(403, 'ROLE_FORBIDDEN', `The role ${role} may not move a parcel to ${to}.`, { allowedRoles: move.roles });
  }
  if (to === 'withdrawn' && !reason?.trim()) throw new HttpError(400, 'COMMENT_REQUIRED', 'Withdrawing land needs a reason.', { param: 'reason' });
  return db.transaction(async (tx) => {
    const parcel = await lockParcel(tx, code, expectedVersion);
    if (parcel.workflowState !== 'published') {
      throw new HttpError(409, 'NOT_PUBLISHED', `Only a published parcel changes lifecycle; ${code} is ${parcel.workflowState}.`);
    }
    if (!move.from.includes(parcel.status)) {
      throw new HttpError(409, 'INVALID_TRANSITION', `Cannot move ${code} from ${parcel.status} to ${to}; allowed from: ${move.from.join(', ')}.`, {
        currentStatus: parcel.status,
      });
    }
    const before = await parcelSnapshot(tx, code);
    const listed = to === 'listed' ? (listedOn ?? new Date().toISOString().slice(0, 10)) : null;
    const updated = await tx.query<{ version: number }>(sql('parcel-edits/set-lifecycle'), [code, to, listed]);
    const after = await parcelSnapshot(tx, code);
    await appendAudit(tx, { ...actor, action: 'parcel.lifecycle', entityType: 'parcel', entityId: code, before, after: { ...after, reason } });
    return { version: updated.rows[0]?.version ?? parcel.version + 1, status: to };
  });
}
