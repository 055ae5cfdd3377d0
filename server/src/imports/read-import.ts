// The one entry point for uploaded parcel files: bytes in, normalised EPSG:4490 features and a
// report out. No HTTP, no database: the route maps a failure's status/code to problem+json and
// decides what to do with error-level issues.
import { isSupportedSrid } from '../geo/crs';
import { normaliseEncoding } from './decode-text';
import { detectFormat } from './detect-format';
import { bilingual, failure } from './import-result';
import type { ImportFailure, ImportFile, ImportOverrides, ImportReadResult } from './import-types';
import { MAX_FILE_BYTES } from './limits';
import { type RawRead, normaliseFeatures } from './normalise-features';
import { readIndicatorCsv } from './read-csv';
import { readGeoJson } from './read-geojson';
import { readKml } from './read-kml';
import { readMinistryTxt } from './read-ministry-txt';
import { readShapefile } from './read-shapefile';

function checkOverrides(overrides: ImportOverrides): ImportFailure | null {
  if (overrides.crs !== undefined && !isSupportedSrid(overrides.crs)) {
    return failure('UNSUPPORTED_CRS', bilingual(`不支持指定的坐标系EPSG:${overrides.crs}`, `EPSG:${overrides.crs} is not supported; use 4490, 4525, 4526, 4546 or 4547`), undefined, 400);
  }
  if (overrides.encoding !== undefined && normaliseEncoding(overrides.encoding) === null) {
    return failure('ENCODING', bilingual(`未知编码“${overrides.encoding}”`, `unknown encoding "${overrides.encoding}"`), undefined, 400);
  }
  return null;
}

export async function readImport(file: ImportFile, overrides: ImportOverrides = {}): Promise<ImportReadResult> {
  if (file.bytes.length > MAX_FILE_BYTES) {
    return failure('TOO_LARGE', bilingual(`文件超过${MAX_FILE_BYTES}字节`, `${file.name} is larger than ${MAX_FILE_BYTES} bytes`), { size: file.bytes.length, limit: MAX_FILE_BYTES });
  }
  if (file.bytes.length === 0) return failure('EMPTY', bilingual('文件为空', `${file.name} is empty`));
  const badOverride = checkOverrides(overrides);
  if (badOverride) return badOverride;
  const detected = detectFormat(file.bytes);
  if (detected.format === null) return failure('UNSUPPORTED_FORMAT', detected.hint, { fileName: file.name });

  let raw: RawRead | ImportFailure;
  switch (detected.format) {
    case 'csv':
      return readIndicatorCsv(file.bytes, overrides);
    case 'geojson':
      raw = readGeoJson(file.bytes, overrides);
      break;
    case 'shapefile':
      raw = await readShapefile(file.bytes, overrides);
      break;
    case 'kml':
      raw = readKml(file.bytes, overrides);
      break;
    case 'txt':
      raw = readMinistryTxt(file.bytes, overrides);
      break;
  }
  return 'ok' in raw ? raw : normaliseFeatures(raw, overrides);
}
