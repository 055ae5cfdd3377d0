// The OpenAPI 3.0 description served at /api/openapi.json (also the OGC API's service-desc).
// Enumerations come from the shared code lists so the document cannot drift from the server.
import { INDICATOR_KEYS } from '../domain/indicators';
import { LAND_USE_CODES } from '../domain/land-use';
import { PARCEL_STATUS_CODES } from '../domain/parcel-status';
import { OGC_DEFAULT_LIMIT, OGC_MAX_LIMIT } from '../ogc/ogc.routes';
import { SUPPORTED_CRS } from '../ogc/ogc-crs';
import { SORT_KEYS } from '../parcels/parcel-filter';
import { LIST_MAX_LIMIT } from '../parcels/parcels.routes';

const problem = { $ref: '#/components/responses/Problem' };
const str = (description: string, extra: Record<string, unknown> = {}) => ({ type: 'string', description, ...extra });
const q = (name: string, schema: Record<string, unknown>, description: string) => ({ name, in: 'query', required: false, schema, description });
const list = (values: readonly string[]) => ({ type: 'string', description: `comma-separated, any of: ${values.join(', ')}` });

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
        get: {
          summary: 'One parcel with indicators, assessments, infrastructure, planar area and geometry',
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', example: '140702-2025-0001' } }],
          responses: { 200: { description: 'ParcelDetail' }, 404: problem },
        },
      },
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
