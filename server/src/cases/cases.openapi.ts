// The agency-case, approval-item and material paths of the OpenAPI document (spread into
// server/src/openapi/openapi-document.ts). Enumerations come from the shared code lists.
import { CASE_SORTS } from './case-list';
import { CASE_CODE_PATTERN } from './case-code';
import { CHANNEL_CODES, CONFIRMATION_METHOD_CODES } from './channels';
import { ITEM_STATUS_CODES } from './item-status';
import { CASE_LIST_MAX_LIMIT } from './cases.routes';

const problem = { $ref: '#/components/responses/Problem' };
const json = (description: string) => ({ content: { 'application/json': { schema: { type: 'object', description } } } });
const q = (name: string, schema: Record<string, unknown>, description: string) => ({ name, in: 'query', required: false, schema, description });
const caseCode = { name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: CASE_CODE_PATTERN, example: 'DB140702202600012G' } };
const itemId = { name: 'itemId', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Z]{2,8}$', example: 'YDGH' }, description: 'Approval item code within the case' };
const ifMatch = { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' }, description: 'ETag ("<version>") of GET /api/cases/{code}' };
const session = [{ session: [], csrf: [] }];
const caseView = { description: 'CaseView: the same body on every channel; personal data masked unless hall staff or the applicant' };
const writeResponses = { 200: caseView, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 412: problem, 422: problem, 428: problem };

export const CASES_OPENAPI_PATHS = {
  '/api/approval-items': {
    get: { summary: 'Approval item catalog (事项目录) with materials, limits in working days, channels, fees; bundle templates', responses: { 200: { description: '{ total, stages, items, bundles }' } } },
  },
  '/api/approval-items/{code}': {
    get: {
      summary: 'One approval item',
      parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', example: 'YDGH' } }],
      responses: { 200: { description: 'ApprovalItem' }, 400: problem, 404: problem },
    },
  },
  '/api/cases': {
    get: {
      summary: 'Agent desk: cases (an enterprise sees its own only)',
      security: [{ session: [] }],
      parameters: [
        q('mine', { type: 'boolean' }, 'Only cases assigned to me'),
        q('dueWithin', { type: 'integer', minimum: 0, maximum: 60 }, 'A running item is due within this many working days'),
        q('overdue', { type: 'boolean' }, 'Has (true) or has no (false) overdue item'),
        q('status', { type: 'string' }, `Item status(es), comma-separated: ${ITEM_STATUS_CODES.join(', ')}`),
        q('zone', { type: 'string' }, 'Development zone code(s)'),
        q('channel', { type: 'string' }, `Channel(s) the case came in through: ${CHANNEL_CODES.join(', ')}`),
        q('uscc', { type: 'string' }, 'Applicant (staff only)'),
        q('parcel', { type: 'string' }, 'Parcel code (exact)'),
        q('q', { type: 'string', maxLength: 100 }, 'Case code, enterprise, parcel, project'),
        q('sort', { type: 'string', enum: CASE_SORTS, default: 'due' }, 'due: overdue first, then next due date'),
        q('limit', { type: 'integer', minimum: 1, maximum: CASE_LIST_MAX_LIMIT, default: 20 }, 'Page size'),
        q('offset', { type: 'integer', minimum: 0, default: 0 }, 'Rows to skip'),
      ],
      responses: { 200: { description: '{ total, limit, offset, today, items: CaseSummary[] }' }, 400: problem, 401: problem },
    },
    post: {
      summary: 'Open a case for a transferred parcel: the enterprise online, or an agent at the hall with the applicant’s confirmation',
      security: session,
      parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 100 } }],
      requestBody: json(
        `{ uscc, parcelCode, commitmentId?, projectCode?, projectName?, bundle? (default standard-land) | items?, contactName, contactPhone, channel?, confirmation?: { confirmedBy, method: ${CONFIRMATION_METHOD_CODES.join('|')} }, assignedAgent?, occurredAt? (staff) }`,
      ),
      responses: { 201: caseView, 200: { description: 'The case an earlier request with the same Idempotency-Key opened' }, 400: problem, 403: problem, 409: problem, 422: problem },
    },
  },
  '/api/cases/{code}': {
    get: { summary: 'One case: items, deadlines in working days, materials held or missing, timeline, evaluations', parameters: [caseCode], responses: { 200: caseView, 400: problem, 404: problem } },
    patch: { summary: 'Assign an agent or change the contact (staff)', security: session, parameters: [caseCode, ifMatch], requestBody: json('{ assignedAgent?, contactName?, contactPhone? }'), responses: writeResponses },
  },
  '/api/cases/{code}/items/{itemId}/transitions': {
    post: {
      summary: 'Move an item to another status (allowed-transition table; 409 TRANSITION_NOT_ALLOWED otherwise)',
      security: session,
      parameters: [caseCode, itemId, ifMatch],
      requestBody: json(`{ to: ${ITEM_STATUS_CODES.join('|')}, reason? (rejected, returned), supplementDueOn? (accepted_with_deficiency), deficiencyMaterials?, resultDocumentNo?, channel?, occurredAt? (staff) }`),
      responses: writeResponses,
    },
  },
  '/api/cases/{code}/items/{itemId}/suspend': {
    post: { summary: 'Suspend an accepted item’s clock (暂停计时)', security: session, parameters: [caseCode, itemId, ifMatch], requestBody: json('{ reason, channel?, occurredAt? }'), responses: writeResponses },
  },
  '/api/cases/{code}/items/{itemId}/resume': {
    post: { summary: 'Resume the clock; the due date moves by the suspended working days', security: session, parameters: [caseCode, itemId, ifMatch], requestBody: json('{ channel?, occurredAt? }'), responses: writeResponses },
  },
  '/api/cases/{code}/evaluations': {
    post: {
      summary: '好差评 by the applicant: a finished item (itemCode) or the finished case, once',
      security: session,
      parameters: [caseCode],
      requestBody: json('{ itemCode?, score: 1–5 (5 非常满意 … 1 非常不满意), comment?, channel? }'),
      responses: { 201: caseView, 400: problem, 403: problem, 404: problem, 409: problem },
    },
  },
  '/api/cases/{code}/receipt.pdf': { get: { summary: '受理回执 (PDF) with the case QR code', parameters: [caseCode], responses: { 200: { description: 'application/pdf' }, 400: problem, 404: problem } } },
  '/api/cases/{code}/result-notice.pdf': { get: { summary: '办理结果通知书 (PDF) with the case QR code', parameters: [caseCode], responses: { 200: { description: 'application/pdf' }, 400: problem, 404: problem } } },
  '/api/materials': {
    get: { summary: 'An enterprise’s materials with every version (the enterprise itself or hall staff)', security: [{ session: [] }], parameters: [q('uscc', { type: 'string' }, 'Staff only')], responses: { 200: { description: '{ uscc, items }' }, 400: problem, 403: problem } },
    post: {
      summary: 'Upload a material (multipart: type, file, uscc for staff); PDF/PNG/JPEG by content, ≤ 20 MB; same bytes = same version',
      security: session,
      requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { type: { type: 'string' }, uscc: { type: 'string' }, file: { type: 'string', format: 'binary' } } } } } },
      responses: { 201: { description: 'New version' }, 200: { description: 'Same bytes as the latest version' }, 400: problem, 403: problem, 413: problem, 415: problem, 422: problem },
    },
  },
  '/api/materials/versions/{id}/content': {
    get: {
      summary: 'The stored bytes, with the sniffed type and nosniff',
      security: [{ session: [] }],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }, q('disposition', { type: 'string', enum: ['attachment', 'inline'] }, 'inline for a preview')],
      responses: { 200: { description: 'application/pdf, image/png or image/jpeg' }, 403: problem, 404: problem },
    },
  },
};
