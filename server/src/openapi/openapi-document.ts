// The OpenAPI 3.0 description served at /api/openapi.json (also the OGC API's service-desc).
// Enumerations come from the shared code lists so the document cannot drift from the server.
import { COMMITMENT_STATUS_CODES } from '../commitments/commitment-status';
import { INDICATOR_KEYS } from '../domain/indicators';
import { IMPORT_REASON_CODES } from '../imports';
import { LAND_USE_CODES } from '../domain/land-use';
import { PARCEL_STATUS_CODES } from '../domain/parcel-status';
import { OGC_DEFAULT_LIMIT, OGC_MAX_LIMIT } from '../ogc/ogc.routes';
import { SUPPORTED_CRS } from '../ogc/ogc-crs';
import { OUTBOX_STATES, OUTBOX_TOPICS } from '../outbox/outbox';
import { SORT_KEYS } from '../parcels/parcel-filter';
import { LIST_MAX_LIMIT } from '../parcels/parcels.routes';
import { CASES_OPENAPI_PATHS } from '../cases/cases.openapi';
import { EVALUATION_OPENAPI_PATHS } from '../evaluation/evaluation.openapi';

const problem = { $ref: '#/components/responses/Problem' };
const str = (description: string, extra: Record<string, unknown> = {}) => ({ type: 'string', description, ...extra });
const q = (name: string, schema: Record<string, unknown>, description: string) => ({ name, in: 'query', required: false, schema, description });
const list = (values: readonly string[]) => ({ type: 'string', description: `comma-separated, any of: ${values.join(', ')}` });

const letterId = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^CL\\d{10}$', example: 'CL2026000012' } };
const usccParam = { name: 'uscc', in: 'path', required: true, schema: { type: 'string', example: '91140100MA0K3C7A04' } };
const codeParam = { name: 'code', in: 'path', required: true, schema: { type: 'string', example: '140702-2025-0001' } };
const jsonBody = (description: string) => ({ content: { 'application/json': { schema: { type: 'object', description } } } });

const filterParams = [
  q('zone', { type: 'string' }, 'Development zone code(s), comma-separated, e.g. G140702'),
  q('division', { type: 'string', pattern: '^14\\d{4}$' }, 'GB/T 2260 division code: province 140000, city 140700 or county 140702'),
  q('status', list(PARCEL_STATUS_CODES), 'Lifecycle status(es)'),
  q('landUse', list(LAND_USE_CODES), 'Land-use code(s) (用地用海分类 2023)'),
  q('areaMuMin', { type: 'number' }, 'Minimum planar area in 亩'),
  q('areaMuMax', { type: 'number' }, 'Maximum planar area in 亩'),
  q('indicator', { type: 'string' }, `Indicator range key:min..max (repeatable), key one of: ${INDICATOR_KEYS.join(', ')}`),
  q('q', { type: 'string', maxLength: 100 }, 'Free text on code, name, location and zone name'),
  q('bbox', { type: 'string' }, 'minLon,minLat,maxLon,maxLat (CGCS2000 lon/lat)'),
];

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.0.3',
    info: {
      title: '标准地一张图 Standard-Land Atlas API',
      version: '0.1.0',
      description:
        'Shanxi standard-land parcel catalog. Errors are RFC 9457 application/problem+json with a stable `code` and, for bad parameters, the `param` named.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/zones': {
        get: {
          summary: 'List development zones (开发区)',
          parameters: [q('geometry', { type: 'boolean' }, 'Include boundary geometry (GeoJSON, CRS84)')],
          responses: { 200: { description: '{ total, items }' }, 400: problem },
        },
      },
      '/api/zones/{code}': {
        get: {
          summary: 'One development zone with its boundary',
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'Zone' }, 404: problem },
        },
      },
      '/api/parcels': {
        get: {
          summary: 'Search parcels (标准地地块)',
          parameters: [
            ...filterParams,
            q('sort', { type: 'string', enum: SORT_KEYS, default: 'code' }, 'Sort field; prefix - for descending'),
            q('limit', { type: 'integer', minimum: 1, maximum: LIST_MAX_LIMIT, default: 50 }, 'Page size'),
            q('offset', { type: 'integer', minimum: 0, default: 0 }, 'Rows to skip'),
          ],
          responses: { 200: { description: '{ total, limit, offset, items: ParcelSummary[] }' }, 400: problem, 503: problem },
        },
      },
      '/api/parcels/{code}': {
        patch: {
          summary: 'Edit a draft, rejected or withdrawn parcel (staff); the edited parcel returns to draft',
          parameters: [codeParam, { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' }, description: 'ETag of GET /api/parcels/{code}' }],
          security: [{ session: [], csrf: [] }],
          requestBody: jsonBody('Any of: name, location, landUseCode, industryCode, declaredAreaM2, supplyMethod, transferTermYears, reservePriceWanYuan, infrastructure, planningHeightLimitM, planningSetbackM, geometry, indicators'),
          responses: { 200: { description: '{ code, version }' }, 400: problem, 409: problem, 412: problem, 422: problem, 428: problem },
        },
        get: {
          summary: 'One parcel with indicators, assessments, infrastructure, planar area and geometry',
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', example: '140702-2025-0001' } }],
          responses: { 200: { description: 'ParcelDetail' }, 404: problem },
        },
      },
      '/api/parcels/{code}/checks': {
        post: {
          summary: 'Check a site plan and project figures against the parcel indicators (?save=true stores a record; needs a session)',
          parameters: [codeParam, q('save', { type: 'boolean' }, 'Store the report as a check record')],
          requestBody: jsonBody('{ plan: GeoJSON FeatureCollection (kind per feature), figures?: {...}, planSrid?: 4490|4525|4526|4546|4547 }'),
          responses: { 200: { description: '{ report }' }, 201: { description: '{ id, createdAt, report }' }, 400: problem, 401: problem, 404: problem, 413: problem },
        },
        get: { summary: 'Check records of a parcel', parameters: [codeParam], responses: { 200: { description: '{ total, items }' }, 404: problem } },
      },
      '/api/session': {
        get: { summary: 'Who is signed in, and the CSRF token for this session', responses: { 200: { description: '{ user | null, csrfToken? }' } } },
        post: {
          summary: 'Sign in: sets the httpOnly session cookie sla_sid and returns csrfToken',
          description:
            'Every POST/PUT/PATCH/DELETE made with the session cookie must send the token as the X-CSRF-Token header. ' +
            'Get it from this response or from GET /api/session. 5 failed attempts lock the account for 15 minutes (423); sessions end after 30 idle minutes.',
          requestBody: jsonBody('{ username, password }'),
          responses: { 200: { description: '{ user, csrfToken, expiresAt }' }, 401: problem, 423: problem },
        },
        delete: { summary: 'Sign out', security: [{ session: [], csrf: [] }], responses: { 204: { description: 'Signed out' }, 403: problem } },
      },
      '/api/users': {
        get: { summary: 'Accounts (admin)', security: [{ session: [] }], responses: { 200: { description: 'Accounts' }, 401: problem, 403: problem } },
        post: {
          summary: 'Create an account (admin); weak passwords are refused',
          security: [{ session: [], csrf: [] }],
          requestBody: jsonBody('{ username, role, password, displayName?, uscc? }'),
          responses: { 201: { description: 'Account' }, 400: problem, 409: problem },
        },
      },
      '/api/imports': {
        post: {
          summary: 'Upload parcels (GeoJSON, zipped Shapefile, KML, 报部 TXT, indicator CSV) and get a preview',
          description: `Failures use one list of codes: ${IMPORT_REASON_CODES.join(', ')}.`,
          security: [{ session: [], csrf: [] }],
          requestBody: {
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: { type: 'string', format: 'binary' },
                    crs: { type: 'integer', enum: [4490, 4525, 4526, 4546, 4547], description: 'Override the detected CRS' },
                    encoding: { type: 'string', enum: ['UTF-8', 'GBK', 'GB18030'] },
                    repair: { type: 'boolean', description: 'Repair invalid geometries (the preview shows the area change)' },
                  },
                  required: ['file'],
                },
              },
            },
          },
          responses: { 201: { description: '{ id, detected, features: [{ code, action, issues }], issues, summary }' }, 400: problem, 413: problem, 422: problem },
        },
      },
      '/api/imports/{id}': { get: { summary: 'The preview again', responses: { 200: { description: 'Preview' }, 404: problem } } },
      '/api/imports/{id}/commit': {
        post: { summary: 'Write the previewed parcels as drafts in one transaction', security: [{ session: [], csrf: [] }], responses: { 200: { description: '{ created, updated }' }, 409: problem, 422: problem } },
      },
      '/api/parcels/{code}/history': { get: { summary: 'Audit trail of a parcel with field changes (staff)', parameters: [codeParam], responses: { 200: { description: '{ total, items }' } } } },
      ...Object.fromEntries(
        ['submit', 'approve', 'reject', 'publish', 'withdraw'].map((action) => [
          `/api/parcels/{code}/${action}`,
          {
            post: {
              summary: `Review workflow: ${action}${action === 'reject' || action === 'withdraw' ? ' (comment required)' : ''}`,
              parameters: [codeParam, { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } }],
              security: [{ session: [], csrf: [] }],
              requestBody: jsonBody('{ comment? }'),
              responses: { 200: { description: '{ code, version, workflowState }' }, 409: problem, 412: problem, 422: problem },
            },
          },
        ]),
      ),
      '/api/parcels/{code}/lifecycle': {
        post: {
          summary: 'Move a published parcel through its lifecycle (挂牌中, 已出让 …) by role',
          parameters: [codeParam],
          security: [{ session: [], csrf: [] }],
          requestBody: jsonBody('{ to, reason?, listedOn? }'),
          responses: { 200: { description: '{ code, version, status }' }, 403: problem, 409: problem },
        },
      },
      '/api/constraint-layers': {
        get: { summary: 'Constraint layers (永久基本农田, 生态保护红线 …)', security: [{ session: [] }], responses: { 200: { description: '{ items }' } } },
        post: { summary: 'Upload a constraint layer (multipart: file, kind, name)', security: [{ session: [], csrf: [] }], responses: { 201: { description: 'Layer' }, 400: problem } },
      },
      '/api/exports': {
        get: {
          summary: 'Export parcels the caller may see',
          parameters: [q('format', { type: 'string', enum: ['geojson', 'shp', 'txt', 'csv'], default: 'geojson' }, 'File format'), ...filterParams],
          responses: { 200: { description: 'The file' }, 400: problem, 413: problem },
        },
      },
      '/api/calendar/add-workdays': {
        get: {
          summary: 'The date n working days after a date (mainland China holidays and 调休 included; the start day does not count)',
          parameters: [q('from', { type: 'string', format: 'date' }, 'Start date'), q('days', { type: 'integer', minimum: -1000, maximum: 1000 }, 'Working days')],
          responses: { 200: { description: '{ date, from, days }' }, 400: problem, 422: problem },
        },
      },
      '/api/calendar/workdays-between': {
        get: {
          summary: 'Working days after `from` up to and including `to`',
          parameters: [q('from', { type: 'string', format: 'date' }, 'Start date'), q('to', { type: 'string', format: 'date' }, 'End date')],
          responses: { 200: { description: '{ workdays, from, to }' }, 400: problem, 422: problem },
        },
      },
      '/api/commitments': {
        get: {
          summary: 'Commitment letters (承诺书), newest first',
          parameters: [q('parcel', { type: 'string' }, 'Parcel code'), q('uscc', { type: 'string' }, 'Enterprise USCC'), q('status', list(COMMITMENT_STATUS_CODES), 'Status(es)'), q('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'Page size'), q('offset', { type: 'integer', minimum: 0 }, 'Offset')],
          responses: { 200: { description: '{ total, items, limit, offset }' }, 400: problem },
        },
        post: {
          summary: 'Write a letter from a transferred parcel (admin, publisher, agent); committed indicators never weaker than the parcel',
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 100 } }],
          requestBody: jsonBody('{ parcelCode, enterprise: { uscc } | { uscc, name, legalRepresentative, contactName, contactPhone, address }, project: { code, name, industryCode? }, deadlines: { startBy, completeBy, outputBy }, indicators?: [{ key, value?, valueMax?, textValue? }] }'),
          responses: { 201: { description: 'The letter (draft)' }, 200: { description: 'Replay of an Idempotency-Key' }, 400: problem, 409: problem, 422: problem },
        },
      },
      '/api/commitments/reminders': {
        get: { summary: 'Deadline worklist: milestones missed or due within `within` days (staff)', parameters: [q('within', { type: 'integer', minimum: 0, maximum: 366 }, 'Days ahead, default 30'), q('parcel', { type: 'string' }, 'Parcel code')], responses: { 200: { description: '{ today, within, total, items }' } } },
      },
      '/api/commitments/{id}': {
        get: { summary: 'One letter with verifications, credit records, reminders and timeline (personal data for staff and the enterprise only)', parameters: [letterId], responses: { 200: { description: 'Letter; ETag = version' }, 404: problem } },
      },
      '/api/commitments/{id}/sign': {
        post: { summary: 'SM2-sign the letter: the enterprise signs (→ signed), the authority countersigns (→ in_force)', parameters: [letterId], responses: { 200: { description: 'Letter' }, 403: problem, 409: problem, 412: problem } },
      },
      '/api/commitments/{id}/verify': {
        post: {
          summary: 'Verify at 竣工验收 (completion, with the as-built site plan) or 达产复核 (output) with the check engine',
          parameters: [letterId],
          requestBody: jsonBody('{ stage: completion|output, sitePlan?, planSrid?, figures, rectifyBy?, note? }'),
          responses: { 201: { description: '{ outcome: { passed, status, rectifyBy, creditRecordIds }, commitment }' }, 400: problem, 409: problem, 422: problem },
        },
      },
      '/api/commitments/{id}/terminate': { post: { summary: 'Terminate a letter with a reason', parameters: [letterId], requestBody: jsonBody('{ reason }'), responses: { 200: { description: 'Letter' }, 409: problem } } },
      '/api/commitments/{id}/letter.pdf': { get: { summary: 'Printable letter (PDF, Chinese) with the verification QR code (staff and the enterprise)', parameters: [letterId], responses: { 200: { description: 'application/pdf' }, 403: problem, 404: problem } } },
      '/verify/{id}': { get: { summary: 'Public verification of a letter: HTML page, or JSON with Accept: application/json (authentic / altered / revoked)', parameters: [letterId], responses: { 200: { description: 'Verdict' }, 404: problem } } },
      '/api/enterprises/{uscc}': { get: { summary: 'An enterprise with its letters (personal data masked for the public)', parameters: [usccParam], responses: { 200: { description: 'Enterprise' }, 400: problem, 404: problem } } },
      '/api/enterprises/{uscc}/credit': { get: { summary: 'Credit records (守信/失信) for the approval side; 400 USCC_INVALID on a wrong check character', parameters: [usccParam], responses: { 200: { description: '{ summary, records }' }, 400: problem, 404: problem } } },
      '/api/outbox': {
        get: {
          summary: 'Outbound deliveries to the peer platforms (admin): counts per state, configured targets, a page of messages',
          security: [{ session: [] }],
          parameters: [
            q('topic', { type: 'string', enum: OUTBOX_TOPICS }, 'Topic'),
            q('state', { type: 'string', enum: OUTBOX_STATES }, 'Delivery state'),
            q('limit', { type: 'integer', minimum: 1, maximum: 200, default: 50 }, 'Page size'),
            q('offset', { type: 'integer', minimum: 0, default: 0 }, 'Page start'),
          ],
          responses: { 200: { description: '{ counts, topics, total, limit, offset, items }' }, 400: problem, 401: problem, 403: problem },
        },
      },
      '/api/outbox/{id}/retry': {
        post: {
          summary: 'Make a pending or failing message due now (admin, audited)',
          security: [{ session: [], csrf: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: { 200: { description: 'The message' }, 404: problem, 409: problem },
        },
      },
      '/api/investment-projects/{code}': {
        get: {
          summary: 'A project as the 投资项目在线审批监管平台 knows it (docs/interfaces/investment-platform.md)',
          security: [{ session: [] }],
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$', example: '2026-140105-34-03-123456' } }],
          responses: {
            200: { description: '{ code, name, uscc, industryCode, filingStatus, filedAt, parts }' },
            400: problem,
            404: problem,
            503: { description: 'PLATFORM_UNAVAILABLE or PLATFORM_NOT_CONFIGURED (problem+json)' },
          },
        },
      },
      ...CASES_OPENAPI_PATHS,
      ...EVALUATION_OPENAPI_PATHS,
      '/tiles/{layer}.json': { get: { summary: 'TileJSON 3.0 (parcels, zones)', responses: { 200: { description: 'TileJSON' } } } },
      '/tiles/{layer}/{z}/{x}/{y}.mvt': { get: { summary: 'Mapbox vector tile; 204 when empty', responses: { 200: { description: 'MVT' }, 204: { description: 'Empty' } } } },
      '/ogc': { get: { summary: 'OGC API – Features landing page', responses: { 200: { description: 'Landing page' } } } },
      '/ogc/conformance': { get: { summary: 'Conformance classes', responses: { 200: { description: '{ conformsTo }' } } } },
      '/ogc/collections': { get: { summary: 'Collections: parcels, zones', responses: { 200: { description: 'Collections' } } } },
      '/ogc/collections/{collectionId}/items': {
        get: {
          summary: 'Features of a collection (GeoJSON)',
          parameters: [
            { name: 'collectionId', in: 'path', required: true, schema: { type: 'string', enum: ['parcels', 'zones'] } },
            q('limit', { type: 'integer', minimum: 1, maximum: OGC_MAX_LIMIT, default: OGC_DEFAULT_LIMIT }, 'Page size; larger values are clamped'),
            q('offset', { type: 'integer', minimum: 0 }, 'Follow the next link rather than setting this'),
            q('bbox', { type: 'string' }, 'minX,minY,maxX,maxY in bbox-crs'),
            q('bbox-crs', { type: 'string', enum: SUPPORTED_CRS }, 'CRS of bbox'),
            q('crs', { type: 'string', enum: SUPPORTED_CRS }, 'Output CRS (EPSG:4490 is latitude-first)'),
            q('status', list(PARCEL_STATUS_CODES), 'parcels: status filter'),
            q('zoneCode', { type: 'string' }, 'parcels: zone filter'),
            q('landUseCode', list(LAND_USE_CODES), 'parcels: land-use filter'),
            q('divisionCode', { type: 'string' }, 'parcels: division filter'),
            q('code', { type: 'string' }, 'feature code(s)'),
          ],
          responses: { 200: { description: 'FeatureCollection with numberMatched, numberReturned and next links' }, 400: problem, 404: problem },
        },
      },
      '/ogc/collections/{collectionId}/items/{featureId}': {
        get: {
          summary: 'One feature',
          parameters: [
            { name: 'collectionId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
            q('crs', { type: 'string', enum: SUPPORTED_CRS }, 'Output CRS'),
          ],
          responses: { 200: { description: 'Feature' }, 404: problem },
        },
      },
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'sla_sid', description: 'Set by POST /api/session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'csrfToken from POST or GET /api/session' },
      },
      responses: {
        Problem: {
          description: 'RFC 9457 problem details',
          content: {
            'application/problem+json': {
              schema: {
                type: 'object',
                properties: {
                  type: str('urn:standard-land-atlas:problem:<code>'),
                  title: str('HTTP status text'),
                  status: { type: 'integer' },
                  code: str('Stable machine-readable reason, e.g. UNKNOWN_FILTER_VALUE, INVALID_BBOX, LIMIT_OUT_OF_RANGE, UNKNOWN_SORT_FIELD, PARCEL_NOT_FOUND, DB_UNAVAILABLE'),
                  detail: str('Human-readable explanation'),
                  param: str('The offending parameter, when there is one'),
                },
              },
            },
          },
        },
      },
    },
  };
}
