// GET /verify/:id — public, no sign-in: the page a letter's QR code opens, or JSON for machines.
import { Router } from 'express';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import { rejectUnknownParams, type RawQuery } from '../http/query-params';
import { COMMITMENT_ID } from './commitment-status';
import { getCommitment } from './commitments.repository';
import { verifyLetter } from './commitments.service';
import { verdictOf, verifyPageHtml } from './verify-page';

export function verifyRouter(db: Db): Router {
  const router = Router();
  router.get('/:id', async (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    const id = String(req.params.id);
    const row = COMMITMENT_ID.test(id) ? await getCommitment(db, id) : undefined;
    if (!row) throw new HttpError(404, 'COMMITMENT_NOT_FOUND', `No commitment letter ${id}.`);
    const verification = await verifyLetter(db, row);
    res.setHeader('Cache-Control', 'no-store');
    res.vary('Accept');
    if (req.accepts(['html', 'json']) === 'json') {
      res.json({
        id: row.id,
        verdict: verdictOf(verification),
        letterStatus: row.status,
        enterprise: { uscc: row.uscc, name: row.enterpriseName },
        parcel: { code: row.parcelCode, name: row.parcelName },
        project: { code: row.projectCode, name: row.projectName },
        verification: verification?.details ?? null,
      });
      return;
    }
    res.type('html').send(verifyPageHtml(row, verification));
  });
  return router;
}
