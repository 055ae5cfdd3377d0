// /api/commitments: letters written from a transferred parcel, signed, verified and closed (issue #5).
import { Router, type Request } from 'express';
import { auditActorOf } from '../audit/audit-context';
import { todayInBeijing } from '../calendar/iso-date';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import { intParam, listParam, rejectUnknownParams, stringParam, type RawQuery } from '../http/query-params';
import { versionFromIfMatch } from '../http/if-match';
import { assertRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import { validUscc } from '../enterprises/enterprises.service';
import { remindersOf } from './commitment-reminders';
import { createCommitmentSchema, terminateCommitmentSchema, verifyCommitmentSchema } from './commitment-request.schema';
import { COMMITMENT_ID, COMMITMENT_STATUS_CODES } from './commitment-status';
import { commitmentView, seesPersonalData } from './commitment-view';
import { renderLetterPdf } from './commitment-letter-pdf';
import {
  type CommitmentRow, creditRecordsOfCommitment, getCommitment, listCommitments, openMilestones, type OpenMilestoneRow, verificationsOf,
} from './commitments.repository';
import { commitmentNotFound, createCommitment, signCommitment, terminateCommitment, verifyCommitment } from './commitments.service';

export interface CommitmentsDeps {
  db: Db;
  /** Decrypts the signers' private keys; without it letters can be read but not signed. */
  signingMasterKey: Buffer | undefined;
  publicUrl?: string | undefined;
  now?: () => Date;
}

const STARTED = new Set(['under_construction', 'completed', 'output_reviewed']);

export function remindersOfRow(row: OpenMilestoneRow, today: string) {
  return remindersOf({ ...row, started: STARTED.has(row.parcelStatus) }, today);
}

const optionalVersion = (req: Request) => {
  const header = req.get('if-match');
  return header === undefined ? undefined : versionFromIfMatch(header, 'the letter you looked at', { etagSuffix: true });
};

function commitmentId(req: Request): string {
  const id = String(req.params.id);
  if (!COMMITMENT_ID.test(id)) throw new HttpError(404, 'COMMITMENT_NOT_FOUND', `No commitment letter ${id}.`);
  return id;
}

export async function loadCommitment(db: Db, id: string): Promise<CommitmentRow> {
  const row = await getCommitment(db, id);
  if (!row) throw commitmentNotFound(id);
  return row;
}

export function commitmentsRouter({ db, signingMasterKey, publicUrl, now = () => new Date() }: CommitmentsDeps): Router {
  const router = Router();

  async function fullView(req: Request, id: string) {
    const row = await loadCommitment(db, id);
    const [verifications, creditRecords, milestones] = await Promise.all([
      verificationsOf(db, id), creditRecordsOfCommitment(db, id), openMilestones(db, row.parcelCode),
    ]);
    const today = todayInBeijing(now());
    const open = milestones.find((m) => m.id === id);
    return commitmentView(row, { verifications, creditRecords, reminders: open ? remindersOfRow(open, today) : [] }, req.user);
  }

  router.post('/', async (req, res) => {
    assertRole(req, ROUTE_ROLES['POST /api/commitments']);
    const input = createCommitmentSchema.parse(req.body ?? {});
    const key = req.get('idempotency-key') ?? null;
    if (key !== null && !/^[A-Za-z0-9._:-]{8,100}$/.test(key)) {
      throw new HttpError(400, 'INVALID_PARAMETER', 'Idempotency-Key must be 8–100 letters, digits or ._:- characters.', { param: 'Idempotency-Key' });
    }
    const { id, created } = await createCommitment(db, input, key, auditActorOf(req), now());
    const view = await fullView(req, id);
    res.status(created ? 201 : 200).location(view.links.self).setHeader('ETag', `"${view.version}"`);
    res.json(view);
  });

  router.get('/', async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['parcel', 'uscc', 'status', 'limit', 'offset']);
    const uscc = stringParam(query, 'uscc');
    const limit = intParam(query, 'limit', 1, 100, 'LIMIT_OUT_OF_RANGE') ?? 20;
    const offset = intParam(query, 'offset', 0, 1_000_000) ?? 0;
    const page = await listCommitments(db, {
      parcelCode: stringParam(query, 'parcel') ?? null,
      uscc: uscc === undefined ? null : validUscc(uscc),
      statuses: listParam(query, 'status', COMMITMENT_STATUS_CODES) ?? null,
    }, limit, offset);
    res.json({ ...page, limit, offset });
  });

  // The staff worklist: milestones due within 30 days (or `within`) and missed ones, most urgent first.
  router.get('/reminders', async (req, res) => {
    assertRole(req, ROUTE_ROLES['GET /api/commitments/reminders']);
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['parcel', 'within']);
    const within = intParam(query, 'within', 0, 366) ?? 30;
    const today = todayInBeijing(now());
    const rows = await openMilestones(db, stringParam(query, 'parcel') ?? null);
    const items = rows
      .flatMap((row) => remindersOfRow(row, today).filter((r) => r.daysLeft <= within).map((r) => ({
        commitmentId: row.id, parcelCode: row.parcelCode, parcelName: row.parcelName, zoneCode: row.zoneCode, enterpriseName: row.enterpriseName, ...r,
      })))
      .sort((a, b) => a.daysLeft - b.daysLeft || a.commitmentId.localeCompare(b.commitmentId));
    res.json({ today, within, total: items.length, items });
  });

  router.get('/:id', async (req, res) => {
    const view = await fullView(req, commitmentId(req));
    res.setHeader('ETag', `"${view.version}"`);
    // Revalidated every time; personal fields make it private (the offline cache keeps public copies only).
    res.setHeader('Cache-Control', 'enterprise' in view && 'legalRepresentative' in view.enterprise ? 'private, no-cache' : 'no-cache');
    res.setHeader('Vary', 'Cookie');
    res.json(view);
  });

  router.post('/:id/sign', async (req, res) => {
    const user = assertRole(req, ROUTE_ROLES['POST /api/commitments/:id/sign']);
    rejectUnknownParams(req.query as RawQuery, []);
    if (!signingMasterKey) throw new HttpError(503, 'SIGNING_NOT_CONFIGURED', 'The server has no signing master key (SIGNING_MASTER_KEY).');
    const id = commitmentId(req);
    await signCommitment(db, id, user, signingMasterKey, optionalVersion(req), auditActorOf(req), now());
    const view = await fullView(req, id);
    res.setHeader('ETag', `"${view.version}"`).json(view);
  });

  router.post('/:id/verify', async (req, res) => {
    assertRole(req, ROUTE_ROLES['POST /api/commitments/:id/verify']);
    const id = commitmentId(req);
    const input = verifyCommitmentSchema.parse(req.body ?? {});
    const outcome = await verifyCommitment(db, id, input, optionalVersion(req), auditActorOf(req), now());
    const view = await fullView(req, id);
    res.status(201).setHeader('ETag', `"${view.version}"`).json({ outcome, commitment: view });
  });

  router.post('/:id/terminate', async (req, res) => {
    assertRole(req, ROUTE_ROLES['POST /api/commitments/:id/terminate']);
    const id = commitmentId(req);
    const { reason } = terminateCommitmentSchema.parse(req.body ?? {});
    await terminateCommitment(db, id, reason, optionalVersion(req), auditActorOf(req), now());
    const view = await fullView(req, id);
    res.setHeader('ETag', `"${view.version}"`).json(view);
  });

  router.get('/:id/letter.pdf', async (req, res) => {
    // The letter names the legal representative: for the parties and staff; others use /verify.
    assertRole(req, ROUTE_ROLES['GET /api/commitments/:id/letter.pdf']);
    const id = commitmentId(req);
    const row = await loadCommitment(db, id);
    if (!seesPersonalData(req.user, row.uscc)) throw new HttpError(403, 'NOT_YOUR_COMMITMENT', `Letter ${id} belongs to another enterprise.`);
    const pdf = await renderLetterPdf(row, req, publicUrl);
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${id}.pdf"`).setHeader('Cache-Control', 'private, no-store');
    res.send(pdf);
  });

  return router;
}
