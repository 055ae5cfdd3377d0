// The evaluation, improvement-action and policy paths of the OpenAPI document (spread into
// server/src/openapi/openapi-document.ts). Enumerations come from the shared code lists.
import { ACTION_STATUS_CODES } from '../improvement-actions/action-status';
import { CONSULTATION_CHANNEL_CODES, CONSULTATION_STATUS_CODES } from '../policies/consultation';
import { POLICY_CATEGORY_CODES, POLICY_VALIDITY_CODES } from '../policies/policy-categories';
import { POLICY_LIST_MAX } from '../policies/policies.routes';
import { FINDING_SEVERITY_CODES } from './finding';
import { METRIC_KEYS } from './metric-catalog';

const problem = { $ref: '#/components/responses/Problem' };
const json = (description: string) => ({ content: { 'application/json': { schema: { type: 'object', description } } } });
const q = (name: string, schema: Record<string, unknown>, description: string) => ({ name, in: 'query', required: false, schema, description });
const list = (values: readonly string[]) => ({ type: 'string', description: `comma-separated, any of: ${values.join(', ')}` });
const session = [{ session: [] }];
const write = [{ session: [], csrf: [] }];
const quarter = q('quarter', { type: 'string', pattern: '^\\d{4}Q[1-4]$', example: '2026Q3' }, 'Quarter (Beijing time); default: the current one');
const scope = q('scope', { type: 'string', pattern: '^(14(\\d{2}(\\d{2})?)?|[A-Z]\\d{6})$', example: '1407' }, 'Province 14, a 4-digit city prefix, a 6-digit county code or a zone code; default 14');
const id = (name = 'id') => ({ name, in: 'path', required: true, schema: { type: 'integer', minimum: 1 } });
const readErrors = { 400: problem, 401: problem, 403: problem, 404: problem, 422: problem };

export const EVALUATION_OPENAPI_PATHS = {
  '/api/evaluation/metrics': {
    get: {
      summary: 'Every metric (完整性/一致性/及时性) of a quarter and scope with key, definition, formula, numerator, denominator, value (null = 无数据) and the score',
      security: session,
      parameters: [quarter, scope],
      responses: { 200: { description: '{ quarter, scope, asOf, provisional, weights, score, metrics }' }, ...readErrors },
    },
  },
  '/api/evaluation/metrics/{key}/records': {
    get: {
      summary: 'Drill-down: the records behind one metric, each passed or not with a note',
      security: session,
      parameters: [
        { name: 'key', in: 'path', required: true, schema: { type: 'string', enum: METRIC_KEYS } },
        quarter,
        scope,
        q('passed', { type: 'boolean' }, 'Only records that pass (true) or fail (false)'),
        q('limit', { type: 'integer', minimum: 1, maximum: 500, default: 100 }, 'Page size'),
        q('offset', { type: 'integer', minimum: 0 }, 'Page start'),
      ],
      responses: { 200: { description: '{ metric, total, limit, offset, items }' }, ...readErrors },
    },
  },
  '/api/evaluation/trend': {
    get: {
      summary: 'Scores and metric values over quarters (default: the last five)',
      security: session,
      parameters: [scope, q('from', { type: 'string', pattern: '^\\d{4}Q[1-4]$' }, 'First quarter'), q('to', { type: 'string', pattern: '^\\d{4}Q[1-4]$' }, 'Last quarter')],
      responses: { 200: { description: '{ scope, quarters: [{ quarter, overall, dimensions, metrics }] }' }, ...readErrors },
    },
  },
  '/api/evaluation/regions': {
    get: {
      summary: 'The regions one level down (cities, counties or zones) compared',
      security: session,
      parameters: [quarter, scope],
      responses: { 200: { description: '{ quarter, scope, childKind, regions }' }, ...readErrors },
    },
  },
  '/api/evaluation/metric-definitions': {
    get: { summary: 'Definitions of every metric', security: session, responses: { 200: { description: '{ items }' }, 401: problem, 403: problem } },
  },
  '/api/evaluation/reports/{quarter}': {
    get: {
      summary: 'Quarterly report (线上线下融合评估报告): `2026Q3` or `2026Q3.json` as JSON, `.pdf` (Chinese), `.xlsx`, `.csv` (metric table)',
      security: session,
      parameters: [{ name: 'quarter', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{4}Q[1-4](\\.(json|pdf|xlsx|csv))?$', example: '2026Q3.pdf' } }, scope],
      responses: { 200: { description: 'Report in the requested format' }, ...readErrors },
    },
  },
  '/api/evaluation/findings': {
    get: { summary: 'Findings of a quarter in a scope (and the regions inside it)', security: session, parameters: [quarter, scope], responses: { 200: { description: '{ items }' }, ...readErrors } },
    post: {
      summary: 'Add a finding (third-party evaluator or staff)',
      security: write,
      requestBody: json(`{ quarter, scope, metricKey?, severity (${FINDING_SEVERITY_CODES.join('|')}), title, description }`),
      responses: { 201: { description: 'Finding' }, ...readErrors },
    },
  },
  '/api/improvement-actions': {
    get: {
      summary: 'Improvement actions with their status on today (overdue is computed) and whether the target was met',
      security: session,
      parameters: [
        q('quarter', { type: 'string', pattern: '^\\d{4}Q[1-4]$' }, 'Target quarter'),
        scope,
        q('finding', { type: 'integer' }, 'Finding id'),
        q('status', list(ACTION_STATUS_CODES), 'Status on today'),
      ],
      responses: { 200: { description: '{ total, items }' }, ...readErrors },
    },
    post: {
      summary: 'Create an action from a finding: target (metric, value 0–1 for shares, quarter), measures, owner, deadline',
      security: write,
      requestBody: json('{ findingId, metricKey?, scope?, targetValue, targetQuarter?, measures, owner, deadline }'),
      responses: { 201: { description: 'ImprovementAction' }, ...readErrors },
    },
  },
  '/api/improvement-actions/{id}': {
    get: { summary: 'One action', security: session, parameters: [id()], responses: { 200: { description: 'ImprovementAction' }, ...readErrors } },
    patch: {
      summary: 'Report progress (status planned → in_progress → done, measures, owner, deadline); If-Match with the version',
      security: write,
      parameters: [id(), { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
      requestBody: json('{ status?, measures?, owner?, deadline? }'),
      responses: { 200: { description: 'ImprovementAction' }, 409: problem, 412: problem, 428: problem, ...readErrors },
    },
  },
  '/api/policies': {
    get: {
      summary: 'Policies for market entities (政策公开), newest first; zone/parcel give the policies that apply there',
      parameters: [
        q('q', { type: 'string', maxLength: 100 }, 'Text in title, summary, full text, issuer or document number'),
        q('category', list(POLICY_CATEGORY_CODES), 'Category (创业 创新 人才 规划 产业 项目 市场 金融 税费 奖励 补贴)'),
        q('zone', { type: 'string', example: 'G140702' }, 'Applies in this zone'),
        q('parcel', { type: 'string', example: '140702-2025-0001' }, 'Applies to this published parcel'),
        q('validity', { type: 'string', enum: POLICY_VALIDITY_CODES }, 'In force today, expired or not yet'),
        q('exempt', { type: 'boolean' }, '免申即享 only (or not)'),
        q('limit', { type: 'integer', minimum: 1, maximum: POLICY_LIST_MAX, default: 20 }, 'Page size'),
        q('offset', { type: 'integer', minimum: 0 }, 'Page start'),
      ],
      responses: { 200: { description: '{ total, limit, offset, items }' }, 400: problem },
    },
    post: { summary: 'Publish a policy (staff)', security: write, requestBody: json('PolicyBody'), responses: { 201: { description: 'Policy' }, ...readErrors } },
  },
  '/api/policies/{id}': {
    get: { summary: 'One policy with full text, attachments, zones, parcels and its public Q&A', parameters: [id()], responses: { 200: { description: 'Policy' }, 400: problem, 404: problem } },
    put: {
      summary: 'Replace a policy (staff); If-Match with its version',
      security: write,
      parameters: [id(), { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
      requestBody: json('PolicyBody'),
      responses: { 200: { description: 'Policy' }, 412: problem, 428: problem, ...readErrors },
    },
  },
  '/api/policy-consultations': {
    get: {
      summary: 'Consultation questions: staff see all, an enterprise its own, everyone the published answers',
      parameters: [q('policy', { type: 'integer' }, 'Policy id'), q('status', list(CONSULTATION_STATUS_CODES), 'Status'), q('limit', { type: 'integer' }, 'Page size'), q('offset', { type: 'integer' }, 'Page start')],
      responses: { 200: { description: '{ total, limit, offset, items }' }, 400: problem },
    },
    post: {
      summary: 'Ask a question (an enterprise online; an agent records one at the hall for an enterprise)',
      security: write,
      requestBody: json(`{ policyId?, zoneCode?, question, askerUscc?, askerName?, channel? (${CONSULTATION_CHANNEL_CODES.join('|')}) }`),
      responses: { 201: { description: 'Consultation' }, ...readErrors },
    },
  },
  '/api/policy-consultations/{id}': { get: { summary: 'One question', parameters: [id()], responses: { 200: { description: 'Consultation' }, 404: problem } } },
  '/api/policy-consultations/{id}/answer': {
    post: { summary: 'Answer a question (staff)', security: write, parameters: [id()], requestBody: json('{ answer, channel?, public? }'), responses: { 200: { description: 'Consultation' }, 409: problem, ...readErrors } },
  },
  '/api/policy-consultations/{id}/close': {
    post: { summary: 'Close a question (the asker or staff)', security: write, parameters: [id()], responses: { 200: { description: 'Consultation' }, 409: problem, ...readErrors } },
  },
};
