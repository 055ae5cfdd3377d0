import { Router } from 'express';
import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { INDICATOR_KEYS } from '../domain/indicators';
import { audienceOf } from '../http/audience';
import { HttpError } from '../http/http-error';
import type { RawQuery } from '../http/query-params';
import { rejectUnknownParams, stringParam } from '../http/query-params';
import type { ExportFormat, ExportParcel } from '../imports';
import { EXPORT_FORMATS, exportCsv, exportGeoJson, exportMinistryTxt, exportShapefile } from '../imports';
import { FILTER_PARAMS, parseParcelFilter } from '../parcels/parcel-filter';
import { searchParcels } from '../parcels/parcels.repository';

/** One export is at most this many parcels; a province-wide catalog is a few thousand. */
export const MAX_EXPORT_PARCELS = 20_000;

// `format` values of the API (the names) → the writers and their file types.
const WRITERS: Record<string, { format: ExportFormat; write: (p: ExportParcel[]) => Buffer }> = {
  geojson: { format: 'geojson', write: exportGeoJson },
  shp: { format: 'shapefile', write: exportShapefile },
  txt: { format: 'txt', write: exportMinistryTxt },
  csv: { format: 'csv', write: exportCsv },
};

/** GET /api/exports?format=…&<the /api/parcels filters>: the same parcels the caller may list. */
export function exportsRouter(db: Db): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['format', 'bbox', ...FILTER_PARAMS]);
    const format = stringParam(query, 'format') ?? 'geojson';
    const writer = WRITERS[format];
    if (!writer) {
      throw new HttpError(400, 'UNKNOWN_FILTER_VALUE', `Unknown export format "${format}". Allowed: ${Object.keys(WRITERS).join(', ')}.`, { param: 'format' });
    }
    const filter = parseParcelFilter(query);
    const found = await searchParcels(db, filter, { limit: MAX_EXPORT_PARCELS + 1, offset: 0, sort: 'code', geometry: 'none', audience: audienceOf(req) });
    if (found.total > MAX_EXPORT_PARCELS) {
      throw new HttpError(413, 'EXPORT_TOO_LARGE', `${found.total} parcels match; narrow the filter to ${MAX_EXPORT_PARCELS} or fewer.`);
    }
    const { rows } = await db.query<ExportParcel>(sql('exports/parcels'), [found.rows.map((r) => r.code), INDICATOR_KEYS]);
    const { extension, mediaType } = EXPORT_FORMATS[writer.format];
    const stamp = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', mediaType);
    res.setHeader('Content-Disposition', `attachment; filename="parcels-${stamp}${extension}"`);
    res.send(writer.write(rows));
  });
  return router;
}
