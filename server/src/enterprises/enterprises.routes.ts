// /api/enterprises/:uscc — the enterprise page (public, personal data masked) and its credit record,
// which the investment-approval side queries before it accepts a new commitment.
import { Router } from 'express';
import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { HttpError } from '../http/http-error';
import { rejectUnknownParams, type RawQuery } from '../http/query-params';
import { assertRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import { seesPersonalData } from '../commitments/commitment-view';
import { requireEnterprise, validUscc } from './enterprises.service';
import type { CreditRecord } from './credit-record';
import { maskPhone } from './masking';

/** As SQL gives it: the timestamp still a Date on pg. */
type CreditRow = Omit<CreditRecord, 'decidedAt'> & { decidedAt: string | Date };

export function enterprisesRouter(db: Db): Router {
  const router = Router();

  router.get('/:uscc', async (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    const uscc = validUscc(String(req.params.uscc));
    const enterprise = await requireEnterprise(db, uscc);
    const personal = seesPersonalData(req.user, uscc);
    const { rows: commitments } = await db.query(sql('enterprises/commitments'), [uscc]);
    const { rows: credit } = await db.query<CreditRow>(sql('enterprises/credit-records'), [uscc]);
    res.setHeader('Cache-Control', personal ? 'private, no-cache' : 'no-cache');
    res.setHeader('Vary', 'Cookie');
    res.json({
      uscc,
      name: enterprise.name,
      address: enterprise.address,
      // security.md: the legal representative only for staff, agents and the enterprise itself.
      ...(personal
        ? { legalRepresentative: enterprise.legalRepresentative, contactName: enterprise.contactName, contactPhone: enterprise.contactPhone }
        : { contactPhone: enterprise.contactPhone ? maskPhone(enterprise.contactPhone) : '' }),
      commitments,
      credit: { kept: credit.filter((r) => r.kind === 'kept').length, broken: credit.filter((r) => r.kind === 'broken').length },
    });
  });

  router.get('/:uscc/credit', async (req, res) => {
    const user = assertRole(req, ROUTE_ROLES['GET /api/enterprises/:uscc/credit']);
    rejectUnknownParams(req.query as RawQuery, []);
    const uscc = validUscc(String(req.params.uscc));
    if (user.role === 'enterprise' && user.uscc !== uscc) throw new HttpError(403, 'NOT_YOUR_ENTERPRISE', 'An enterprise account sees only its own credit record.');
    const enterprise = await requireEnterprise(db, uscc);
    const { rows } = await db.query<CreditRow>(sql('enterprises/credit-records'), [uscc]);
    const records = rows.map((r) => ({ ...r, decidedAt: new Date(r.decidedAt).toISOString() }));
    const broken = records.filter((r) => r.kind === 'broken');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json({
      uscc,
      name: enterprise.name,
      // What the approval side decides on: any 失信 record means the next commitment needs review.
      summary: { kept: records.length - broken.length, broken: broken.length, standing: broken.length > 0 ? 'broken' : 'good' },
      records,
    });
  });

  return router;
}
