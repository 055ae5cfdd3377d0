// Agency cases API (全代办). Routes parse, call the service and shape the output; GET /api/cases/:code
// answers every channel with the same body (masked for readers who are neither hall staff nor the
// applicant), and the receipt and result notice print that same body.
import { versionFromIfMatch } from '../http/if-match';
import { Router, type Request, type Response } from 'express';
import { auditActorOf } from '../audit/audit-context';
import { calendarErrors } from '../calendar/calendar.routes';
import { todayInBeijing } from '../calendar/iso-date';
import type { Db } from '../db/db';
import { HttpError } from '../http/http-error';
import { intParam, listParam, rawList, rejectUnknownParams, stringParam, type RawQuery } from '../http/query-params';
import type { InvestmentPlatformSettings } from '../interconnect/investment-platform';
import { contentDisposition } from '../materials/content-disposition';
import { baseUrl } from '../ogc/ogc-links';
import { renderCaseReceiptPdf, renderCaseResultNoticePdf } from '../pdf';
import { assertRole, requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import type { SessionUser } from '../users/user';
import { CASE_CODE_REASONS, validateCaseCode } from './case-code';
import { caseReceiptModel, caseResultNoticeModel } from './case-documents';
import { CASE_SORTS, listCases, type CaseSort } from './case-list';
import { readCase } from './case-record';
import { casePatchSchema, evaluationSchema, newCaseSchema, resumeSchema, suspendSchema, transitionSchema } from './case-request.schema';
import { buildCaseView, maskCaseView, type CaseView } from './case-view';
import { caseNotFound, evaluateCase, openCase, patchCase, resumeItem, suspendItem, transitionItem, type CasesDeps } from './cases.service';
import { CHANNEL_CODES } from './channels';
import { dueWithinLimit } from './deadlines';
import { ITEM_STATUS_CODES } from './item-status';
import { APPROVAL_ITEM_CODE } from '../approval-items/approval-item';

export const CASE_LIST_MAX_LIMIT = 200;

export interface CasesRouterOptions {
  publicUrl?: string;
  investment?: InvestmentPlatformSettings;
  now?: () => Date;
}

/** The case code of a URL or QR scan, upper-cased; 400 with the reason when it is not one. */
export function caseCodeParam(raw: string): string {
  const v = validateCaseCode(raw);
  if (!v.valid) {
    const detail =
      v.reason === CASE_CODE_REASONS.CHECK_CHARACTER
        ? `"${raw}" fails its check character (ISO/IEC 7064 MOD 37,36); a character was probably mistyped.`
        : `"${raw}" is not a case code (DB + 6-digit division + year + 5-digit serial + check character, e.g. DB140702202600012G).`;
    throw new HttpError(400, 'INVALID_CASE_CODE', detail, { param: 'code', reason: v.reason });
  }
  return v.code;
}

function itemCodeParam(raw: string): string {
  const code = raw.trim().toUpperCase();
  if (!APPROVAL_ITEM_CODE.test(code)) throw new HttpError(400, 'INVALID_ITEM_CODE', `"${raw}" is not an approval item code.`, { param: 'itemId' });
  return code;
}

/** The case version an If-Match names (ETag `"<version>"`); 428 when missing, garbage never matches (412). */
export const caseVersionFromIfMatch = (header: string | undefined): number => versionFromIfMatch(header, 'the case you looked at');

/** Hall staff and the applicant itself see personal data; everyone else the masked public view. */
export function seesFullCase(user: SessionUser | undefined, uscc: string): boolean {
  if (!user) return false;
  return user.role === 'admin' || user.role === 'agent' || (user.role === 'enterprise' && user.uscc === uscc);
}

export function casesRouter(db: Db, options: CasesRouterOptions = {}): Router {
  const router = Router();
  const now = options.now ?? (() => new Date());
  const deps: CasesDeps = { db, now, ...(options.investment ? { investment: options.investment } : {}) };

  async function view(req: Request, code: string): Promise<CaseView> {
    const record = await readCase(db, code);
    if (!record) throw caseNotFound(code);
    const full = buildCaseView(record, todayInBeijing(now()), `${baseUrl(req, options.publicUrl)}/cases/${code}`);
    return seesFullCase(req.user, record.header.uscc) ? full : maskCaseView(full);
  }

  async function sendView(req: Request, res: Response, code: string, status = 200): Promise<void> {
    const body = await view(req, code);
    res.setHeader('ETag', `"${body.version}"`);
    // The body depends on the reader and on today's date (remaining working days): never shared, always revalidated.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Vary', 'Cookie');
    res.status(status).json(body);
  }

  router.get('/', async (req, res) => {
    const query = req.query as RawQuery;
    // A parcel's case progress is public (issue #7: investors see it on the parcel, masked); every
    // other list is the agent desk's and needs a session.
    const publicParcel = stringParam(query, 'parcel') !== undefined && (req.user === undefined || req.user.role === 'enterprise');
    const user = publicParcel ? undefined : assertRole(req, ROUTE_ROLES['GET /api/cases']);
    rejectUnknownParams(query, ['mine', 'dueWithin', 'overdue', 'status', 'zone', 'channel', 'parcel', 'q', 'uscc', 'sort', 'limit', 'offset']);
    const today = todayInBeijing(now());
    const dueWithin = intParam(query, 'dueWithin', 0, 60);
    const q = stringParam(query, 'q')?.trim();
    if (q !== undefined && q.length > 100) throw new HttpError(400, 'INVALID_PARAMETER', '"q" is at most 100 characters.', { param: 'q' });
    const uscc = stringParam(query, 'uscc');
    const sort = (stringParam(query, 'sort') ?? 'due') as CaseSort;
    if (!CASE_SORTS.includes(sort)) throw new HttpError(400, 'INVALID_PARAMETER', `"sort" is one of ${CASE_SORTS.join(', ')}.`, { param: 'sort' });
    const limit = intParam(query, 'limit', 1, CASE_LIST_MAX_LIMIT, 'LIMIT_OUT_OF_RANGE') ?? 20;
    const offset = intParam(query, 'offset', 0, 10_000_000) ?? 0;
    const page = await listCases(db, {
      // An enterprise sees its own cases only, whatever it asks for.
      uscc: user?.role === 'enterprise' ? user.uscc : (uscc?.trim().toUpperCase() ?? null),
      assignedAgent: user && booleanParam(query, 'mine') ? user.username : null,
      statuses: listParam(query, 'status', ITEM_STATUS_CODES) ?? null,
      zones: rawList(query, 'zone') ?? null,
      q: q || null,
      today,
      dueBy: dueWithin === undefined ? null : dueWithinLimit(today, dueWithin),
      overdue: booleanParam(query, 'overdue'),
      channels: listParam(query, 'channel', CHANNEL_CODES) ?? null,
      parcelCode: stringParam(query, 'parcel')?.trim() || null,
      sort,
      limit,
      offset,
    });
    res.setHeader('Cache-Control', user ? 'private, no-cache' : 'no-cache');
    res.setHeader('Vary', 'Cookie');
    const items = user ? page.items : page.items.map((c) => ({ ...c, assignedAgent: null, assignedAgentName: null }));
    res.json({ ...page, items, limit, offset, today });
  });

  router.post('/', requireRole(...ROUTE_ROLES['POST /api/cases']), async (req, res) => {
    const user = req.user as SessionUser;
    const input = newCaseSchema.parse(req.body ?? {});
    const key = req.get('idempotency-key')?.trim() ?? null;
    if (key !== null && (key.length < 8 || key.length > 100)) {
      throw new HttpError(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key has 8 to 100 characters.', { param: 'Idempotency-Key' });
    }
    const opened = await openCase(deps, input, user, auditActorOf(req), key);
    res.setHeader('Location', `/api/cases/${opened.code}`);
    await sendView(req, res, opened.code, opened.created ? 201 : 200);
  });

  router.get('/:code', async (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    await sendView(req, res, caseCodeParam(String(req.params.code)));
  });

  router.patch('/:code', requireRole(...ROUTE_ROLES['PATCH /api/cases/:code']), async (req, res) => {
    const code = caseCodeParam(String(req.params.code));
    const expected = caseVersionFromIfMatch(req.get('if-match'));
    await patchCase(deps, code, casePatchSchema.parse(req.body ?? {}), expected, req.user as SessionUser, auditActorOf(req));
    await sendView(req, res, code);
  });

  router.post('/:code/items/:itemId/transitions', requireRole(...ROUTE_ROLES['POST /api/cases/:code/items/:itemId/transitions']), async (req, res) => {
    const code = caseCodeParam(String(req.params.code));
    const itemCode = itemCodeParam(String(req.params.itemId));
    const input = transitionSchema.parse(req.body ?? {});
    const expected = caseVersionFromIfMatch(req.get('if-match'));
    await transitionItem(deps, code, itemCode, input, expected, req.user as SessionUser, auditActorOf(req));
    await sendView(req, res, code);
  });

  router.post('/:code/items/:itemId/suspend', requireRole(...ROUTE_ROLES['POST /api/cases/:code/items/:itemId/suspend']), async (req, res) => {
    const code = caseCodeParam(String(req.params.code));
    const itemCode = itemCodeParam(String(req.params.itemId));
    const input = suspendSchema.parse(req.body ?? {});
    const expected = caseVersionFromIfMatch(req.get('if-match'));
    await suspendItem(deps, code, itemCode, input, expected, req.user as SessionUser, auditActorOf(req));
    await sendView(req, res, code);
  });

  router.post('/:code/items/:itemId/resume', requireRole(...ROUTE_ROLES['POST /api/cases/:code/items/:itemId/resume']), async (req, res) => {
    const code = caseCodeParam(String(req.params.code));
    const itemCode = itemCodeParam(String(req.params.itemId));
    const input = resumeSchema.parse(req.body ?? {});
    const expected = caseVersionFromIfMatch(req.get('if-match'));
    await resumeItem(deps, code, itemCode, input, expected, req.user as SessionUser, auditActorOf(req));
    await sendView(req, res, code);
  });

  router.post('/:code/evaluations', async (req, res) => {
    const user = assertRole(req, ROUTE_ROLES['POST /api/cases/:code/evaluations']);
    const code = caseCodeParam(String(req.params.code));
    await evaluateCase(deps, code, evaluationSchema.parse(req.body ?? {}), user, auditActorOf(req));
    await sendView(req, res, code, 201);
  });

  router.get('/:code/receipt.pdf', async (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    const body = await view(req, caseCodeParam(String(req.params.code)));
    sendPdf(res, await renderCaseReceiptPdf(caseReceiptModel(body, now())), `受理回执-${body.code}.pdf`, `receipt-${body.code}.pdf`);
  });

  router.get('/:code/result-notice.pdf', async (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    const body = await view(req, caseCodeParam(String(req.params.code)));
    sendPdf(res, await renderCaseResultNoticePdf(caseResultNoticeModel(body, now())), `办理结果通知书-${body.code}.pdf`, `result-notice-${body.code}.pdf`);
  });

  router.use(calendarErrors);
  return router;
}

function booleanParam(query: RawQuery, param: string): boolean | null {
  const v = stringParam(query, param);
  if (v === undefined) return null;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new HttpError(400, 'INVALID_PARAMETER', `"${param}" is true or false.`, { param });
}

function sendPdf(res: Response, pdf: Buffer, fileName: string, fallback: string): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Disposition', contentDisposition('inline', fileName, fallback));
  res.setHeader('Cache-Control', 'private, no-cache');
  res.send(pdf);
}
