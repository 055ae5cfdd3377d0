// A zipped Shapefile: exactly one layer (.shp + .dbf, optional .shx/.prj/.cpg with the same base
// name), attributes decoded with a proven encoding, CRS from the .prj or else from the ranges.
import { bilingual, failure, fileWarning, issue } from './import-result';
import type { ImportFailure, ImportIssue, ImportOverrides } from './import-types';
import { chooseDbfEncoding, decodeDbf } from './dbf-encoding';
import type { RawRead } from './normalise-features';
import { crsFromPrj } from './prj-crs';
import { parseDbf } from './read-dbf';
import { readShp } from './read-shp';
import { readZip } from './read-zip';

type Parts = Map<string, Buffer>;

/** Parts of the one layer, keyed by lower-case extension. Base names compare case-insensitively,
 *  as on Windows, where PARCELS.SHP and parcels.dbf belong together. */
function layerParts(entries: Map<string, Buffer>): { base: string; parts: Parts } | ImportFailure {
  const layers = new Map<string, Parts>();
  for (const [name, bytes] of entries) {
    const dot = name.lastIndexOf('.');
    const base = name.slice(0, dot).toLowerCase();
    const parts = layers.get(base) ?? new Map<string, Buffer>();
    parts.set(name.slice(dot).toLowerCase(), bytes);
    layers.set(base, parts);
  }
  const withShp = [...layers.entries()].filter(([, parts]) => parts.has('.shp'));
  if (withShp.length === 0) return failure('SHP_MISSING_PART', bilingual('压缩包中没有.shp文件', 'no .shp file in the zip'));
  if (withShp.length > 1) {
    const names = withShp.map(([base]) => base).join(', ');
    return failure('ZIP_ENTRY_FORBIDDEN', bilingual(`压缩包含多个图层（${names}），请每次上传一个`, `several layers in the zip (${names}); upload one at a time`));
  }
  const [base, parts] = withShp[0] as [string, Parts];
  if (!parts.has('.dbf')) return failure('SHP_MISSING_PART', bilingual(`缺少${base}.dbf`, `${base}.dbf is missing`));
  return { base, parts };
}

export async function readShapefile(bytes: Buffer, overrides: ImportOverrides): Promise<RawRead | ImportFailure> {
  const zip = await readZip(bytes);
  if (!zip.ok) return zip;
  const layer = layerParts(zip.entries);
  if ('ok' in layer) return layer;
  const { base, parts } = layer;
  const issues: ImportIssue[] = [];
  if (!parts.has('.shx')) issues.push(issue('SHP_MISSING_PART', bilingual(`缺少${base}.shx（不影响读取）`, `${base}.shx is missing (not needed to read)`), null, 'warning'));

  const table = parseDbf(parts.get('.dbf') as Buffer);
  if (typeof table === 'string') return failure('SHP_INVALID', bilingual(`.dbf文件损坏：${table}`, `corrupt .dbf: ${table}`));
  const { encoding, source } = chooseDbfEncoding(table, parts.get('.cpg'), overrides.encoding);
  const decoded = decodeDbf(table, encoding, source);
  if (!decoded.ok) return failure('ENCODING', decoded.message, { encoding, encodingSource: source });

  let stated: RawRead['stated'];
  const prj = parts.get('.prj');
  if (prj) {
    const crs = crsFromPrj(prj.toString('utf8'));
    if (!crs.ok) return failure('UNSUPPORTED_CRS', bilingual(`.prj中的坐标系不受支持`, `unsupported .prj: ${crs.message}`));
    stated = { srid: crs.srid, source: 'prj' };
    if (crs.wgs84) issues.push(fileWarning('WGS84_AS_CGCS2000'));
  }

  const shp = await readShp(parts.get('.shp') as Buffer);
  if (!shp.ok) return failure(shp.reason, bilingual(`.shp读取失败：${shp.message}`, `cannot read .shp: ${shp.message}`));
  if (shp.geometries.length !== decoded.rows.length) {
    return failure('SHP_INVALID', bilingual(`.shp有${shp.geometries.length}条记录而.dbf有${decoded.rows.length}条`, `.shp has ${shp.geometries.length} records but .dbf has ${decoded.rows.length}`));
  }
  if (shp.hasZ) issues.push(issue('Z_COORDINATES', bilingual('Shapefile为三维类型，已忽略Z坐标', 'the Shapefile is a Z type; heights dropped'), null, 'warning'));
  return {
    format: 'shapefile',
    features: shp.geometries.map((geometry, i) => ({ index: i + 1, properties: decoded.rows[i] ?? {}, geometry })),
    ...(stated ? { stated } : {}),
    encoding,
    issues,
  };
}
