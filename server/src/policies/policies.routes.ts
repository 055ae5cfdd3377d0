// /api/policies (public disclosure, staff edits) and /api/policy-consultations (questions and answers).
import { versionFromIfMatch } from '../http/if-match';
import { Router } from 'express';
import { z } from 'zod';
import { auditActorOf } from '../audit/audit-context';
import { todayInBeijing } from '../calendar/iso-date';
import type { Db } from '../db/db';
import { badParam } from '../http/http-error';
import { idParam, intParam, listParam, rejectUnknownParams, stringParam, type RawQuery } from '../http/query-params';
import { assertRole, requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import { CONSULTATION_CHANNEL_CODES, CONSULTATION_STATUS_CODES, type ConsultationChannel } from './consultation';
import { policyBodySchema } from './policy';
import { POLICY_CATEGORY_CODES, POLICY_VALIDITY_CODES } from './policy-categories';
import { getPolicy, listConsultations, searchPolicies } from './policies.repository';
import {
  answerQuestion,
  askQuestion,
  closeQuestion,
  createPolicy,
  policyNotFound,
  readConsultation,
  replacePolicy,
  seesAllConsultations,
} from './policies.service';

export const POLICY_LIST_MAX = 100;

const booleanParam = (query: RawQuery, param: string): boolean | undefined => {
  const s = stringParam(query, param);
  if (s === undefined) return undefined;
  if (s !== 'true' && s !== 'false') throw badParam(param, `"${param}" must be true or false.`);
  return s === 'true';
};

const channel = z.enum(CONSULTATION_CHANNEL_CODES as unknown as [ConsultationChannel, ...ConsultationChannel[]]);

const askBody = z.strictObject({
  policyId: z.number().int().positive().nullish().transform((v) => v ?? null),
  zoneCode: z.string().regex(/^[A-Z]\d{6}$/).nullish().transform((v) => v ?? null),
  question: z.string().trim().min(5).max(2000),
  askerUscc: z.string().trim().max(30).optional(),
  askerName: z.string().trim().max(100).optional(),
  channel: channel.optional(),
});

const answerBody = z.strictObject({
  answer: z.string().trim().min(1).max(5000),
  channel: channel.optional(),
  public: z.boolean().default(false),
});

export function policiesRouter(db: Db): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['q', 'category', 'zone', 'parcel', 'validity', 'exempt', 'limit', 'offset']);
    const q = stringParam(query, 'q')?.trim();
    if (q !== undefined && q.length > 100) throw badParam('q', '"q" is at most 100 characters.');
    const validity = listParam(query, 'validity', POLICY_VALIDITY_CODES);
    if (validity && validity.length > 1) throw badParam('validity', '"validity" takes one value.');
    const zone = stringParam(query, 'zone');
    if (zone !== undefined && !/^[A-Z]\d{6}$/.test(zone)) throw badParam('zone', '"zone" must be a zone code such as G140702.');
    const parcel = stringParam(query, 'parcel');
    if (parcel !== undefined && !/^\d{6}-\d{4}-\d{4}$/.test(parcel)) throw badParam('parcel', '"parcel" must be a parcel code such as 140702-2025-0001.');
    const limit = intParam(query, 'limit', 1, POLICY_LIST_MAX, 'LIMIT_OUT_OF_RANGE') ?? 20;
    const offset = intParam(query, 'offset', 0, 1_000_000) ?? 0;
    const categories = listParam(query, 'category', POLICY_CATEGORY_CODES);
    const exempt = booleanParam(query, 'exempt');
    const page = await searchPolicies(
      db,
      {
        ...(q ? { q } : {}),
        ...(categories ? { categories } : {}),
        ...(zone ? { zone } : {}),
        ...(parcel ? { parcel } : {}),
        ...(validity?.[0] ? { validity: validity[0] } : {}),
        ...(exempt !== undefined ? { exempt } : {}),
      },
      todayInBeijing(),
      limit,
      offset,
    );
    res.json(page);
  });

  router.get('/:id', async (req, res) => {
    const id = idParam(req.params.id);
    const policy = await getPolicy(db, id, todayInBeijing());
    if (!policy) throw policyNotFound(id);
    // The answered questions the askers agreed to publish: the policy's own FAQ, on every channel.
    const faq = await listConsultations(db, { policyId: id, publicOnly: true }, 50, 0);
    res.setHeader('ETag', `"${policy.version}"`);
    res.json({ ...policy, faq: faq.items.map(({ askerUscc: _u, askedBy: _b, answeredBy: _a, ...c }) => c) });
  });

  router.post('/', requireRole(...ROUTE_ROLES['POST /api/policies']), async (req, res) => {
    const body = policyBodySchema.parse(req.body ?? {});
    const policy = await createPolicy(db, body, auditActorOf(req));
    res.status(201).setHeader('Location', `/api/policies/${policy.id}`).setHeader('ETag', `"${policy.version}"`).json(policy);
  });

  router.put('/:id', requireRole(...ROUTE_ROLES['PUT /api/policies/:id']), async (req, res) => {
    const id = idParam(req.params.id);
    const expected = versionFromIfMatch(req.get('if-match'), 'the policy you edited');
    const body = policyBodySchema.parse(req.body ?? {});
    const policy = await replacePolicy(db, id, expected, body, auditActorOf(req));
    res.setHeader('ETag', `"${policy.version}"`).json(policy);
  });

  return router;
}

export function consultationsRouter(db: Db): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['policy', 'status', 'limit', 'offset']);
    const policy = stringParam(query, 'policy');
    const statuses = listParam(query, 'status', CONSULTATION_STATUS_CODES);
    const limit = intParam(query, 'limit', 1, POLICY_LIST_MAX, 'LIMIT_OUT_OF_RANGE') ?? 20;
    const offset = intParam(query, 'offset', 0, 1_000_000) ?? 0;
    const user = req.user;
    const all = seesAllConsultations(user);
    const own = user?.role === 'enterprise' && user.uscc !== null ? user.uscc : undefined;
    const page = await listConsultations(
      db,
      {
        ...(policy !== undefined ? { policyId: idParam(policy, 'policy') } : {}),
        ...(statuses ? { statuses } : {}),
        ...(own !== undefined ? { askerUscc: own } : {}),
        publicOnly: !all && own === undefined,
      },
      limit,
      offset,
    );
    res.json(page);
  });

  router.get('/:id', async (req, res) => {
    res.json(await readConsultation(db, idParam(req.params.id), req.user));
  });

  router.post('/', async (req, res) => {
    const user = assertRole(req, ROUTE_ROLES['POST /api/policy-consultations']);
    const body = askBody.parse(req.body ?? {});
    const created = await askQuestion(db, user, body, auditActorOf(req));
    res.status(201).setHeader('Location', `/api/policy-consultations/${created.id}`).json(created);
  });

  router.post('/:id/answer', async (req, res) => {
    const user = assertRole(req, ROUTE_ROLES['POST /api/policy-consultations/:id/answer']);
    const id = idParam(req.params.id);
    const body = answerBody.parse(req.body ?? {});
    res.json(await answerQuestion(db, id, user, body.answer, body.channel, body.public, auditActorOf(req)));
  });

  router.post('/:id/close', async (req, res) => {
    const user = assertRole(req, ROUTE_ROLES['POST /api/policy-consultations/:id/close']);
    const id = idParam(req.params.id);
    const staffMayClose = (ROUTE_ROLES['POST /api/policy-consultations/:id/answer'] as readonly string[]).includes(user.role);
    res.json(await closeQuestion(db, id, user, staffMayClose, auditActorOf(req)));
  });

  return router;
}
