// Each bad sample in fixtures/imports/bad (and the limits that are generated here instead of
// committed) ends in a typed failure or a per-record issue with a reason code, never a throw.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { shapefileParts, zipParts } from '../../../server/src/imports/export-shapefile';
import { MAX_FEATURES, MAX_FILE_BYTES, MAX_VERTICES_PER_FEATURE } from '../../../server/src/imports/limits';
import { readImport } from '../../../server/src/imports/read-import';
import { JINZHONG_01 } from '../../../fixtures/imports/parcels';
import { expectFailure, expectOk, readFixture } from './helpers';

const geojson = (value: unknown) => ({ name: 'x.geojson', bytes: Buffer.from(JSON.stringify(value)) });

describe('whole-file failures', () => {
  it.each([
    ['bad/zip-bomb.zip', 413, 'ZIP_BOMB'],
    ['bad/zip-traversal.zip', 400, 'ZIP_ENTRY_FORBIDDEN'],
    ['bad/no-prj-ambiguous.zip', 422, 'AMBIGUOUS_CRS'],
    ['bad/gbk-labelled-utf8.zip', 422, 'ENCODING'],
    ['bad/xxe.kml', 400, 'XXE'],
    ['bad/malformed.geojson', 400, 'JSON_INVALID'],
    ['bad/empty-collection.geojson', 422, 'EMPTY'],
    ['bad/latlon-swapped.geojson', 422, 'AXIS_SWAPPED'],
    ['bad/outside-shanxi.geojson', 422, 'OUT_OF_RANGE'],
    ['bad/unclosed-ring.geojson', 400, 'INVALID_GEOMETRY'],
    ['bad/string-coordinates.geojson', 400, 'INVALID_GEOMETRY'],
  ] as const)('%s → %i %s', async (path, status, code) => {
    const failure = expectFailure(await readFixture(path));
    expect(failure).toMatchObject({ status, code });
    expect(failure.message).toMatch(/ \/ /); // Chinese / English
  });

  it('offers the central meridian that fits when GK coordinates have no prefix and no .prj', async () => {
    const failure = expectFailure(await readFixture('bad/no-prj-ambiguous.zip'));
    expect(failure.details).toEqual({ candidates: [4547] });
  });

  it('reads the ambiguous Shapefile once the caller states EPSG:4547', async () => {
    const result = expectOk(await readFixture('bad/no-prj-ambiguous.zip', { crs: 4547 }));
    expect(result.detected).toMatchObject({ crs: 4547, crsSource: 'override' });
    expect(result.features[0]?.properties.name).toBe(JINZHONG_01.name);
  });

  it('names the encoding and where it came from when a .cpg mislabels GBK as UTF-8', async () => {
    const failure = expectFailure(await readFixture('bad/gbk-labelled-utf8.zip'));
    expect(failure.details).toEqual({ encoding: 'utf-8', encodingSource: 'cpg' });
    // The caller can overrule the .cpg.
    const fixed = expectOk(await readFixture('bad/gbk-labelled-utf8.zip', { encoding: 'gbk' }));
    expect(fixed.features[0]?.properties.name).toBe(JINZHONG_01.name);
  });

  it('refuses a KML with a DOCTYPE even without entities, before parsing', async () => {
    const kml = '<?xml version="1.0"?><!DOCTYPE kml><kml xmlns="http://www.opengis.net/kml/2.2"/>';
    expect(await readImport({ name: 'a.kml', bytes: Buffer.from(kml) })).toMatchObject({ ok: false, code: 'XXE' });
  });

  it('reports malformed XML as XML_INVALID', async () => {
    const kml = '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark></kml>';
    expect(await readImport({ name: 'a.kml', bytes: Buffer.from(kml) })).toMatchObject({ ok: false, status: 400, code: 'XML_INVALID' });
  });
});

describe('per-record issues', () => {
  it('reports null and empty geometries by record and keeps the good ones', async () => {
    const result = expectOk(await readFixture('bad/null-geometries.geojson'));
    expect(result.issues.map((i) => [i.feature, i.code, i.severity])).toEqual([
      [2, 'NULL_GEOMETRY', 'error'],
      [4, 'NULL_GEOMETRY', 'error'],
    ]);
    expect(result.issues[0]?.message).toBe('第2条记录几何为空 / record 2 has no geometry');
    expect(result.features.map((f) => f.geometry === null)).toEqual([false, true, false, true]);
    expect(result.features.map((f) => f.code)).toEqual(['140702-2025-0001', 'NO-GEOMETRY-1', '140702-2025-0002', 'NO-GEOMETRY-2']);
  });

  it('drops Z with one warning and keeps the polygon', async () => {
    const result = expectOk(await readFixture('bad/z-coordinates.geojson'));
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['Z_COORDINATES', 'warning']]);
    expect(result.features[0]?.geometry?.coordinates[0]?.[0]?.every((p) => p.length === 2)).toBe(true);
  });

  it('flags points and lines among polygons as MIXED_TYPES', async () => {
    const result = expectOk(await readFixture('bad/mixed-types.geojson'));
    expect(result.issues.map((i) => [i.feature, i.code])).toEqual([
      [2, 'MIXED_TYPES'],
      [3, 'MIXED_TYPES'],
    ]);
    expect(result.features.map((f) => f.sourceGeometryType)).toEqual(['MultiPolygon', 'Point', 'LineString']);
  });

  it('fails with MIXED_TYPES when no record is a polygon', async () => {
    const result = await readImport(geojson({ type: 'Point', coordinates: [112.73, 37.68] }));
    expect(result).toMatchObject({ ok: false, status: 422, code: 'MIXED_TYPES' });
  });

  it('reports one stray record outside Shanxi by row instead of failing the file', async () => {
    const good = (await readFixture('good/parcels.geojson').then(expectOk)).features[0]?.geometry;
    const beijing = { type: 'Polygon', coordinates: [[[116.39, 39.9], [116.4, 39.9], [116.4, 39.91], [116.39, 39.9]]] };
    const result = expectOk(await readImport(geojson({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: good }, { type: 'Feature', properties: {}, geometry: beijing }] })));
    expect(result.detected.crs).toBe(4490);
    expect(result.issues.map((i) => [i.feature, i.code])).toEqual([[2, 'OUT_OF_RANGE']]);
    expect(result.features[1]?.geometry).toBeNull();
  });

  it('flags a repeated parcel code', async () => {
    const good = (await readFixture('good/parcels.geojson').then(expectOk)).features[0]?.geometry;
    const feature = { type: 'Feature', properties: { code: 'A' }, geometry: good };
    const result = expectOk(await readImport(geojson({ type: 'FeatureCollection', features: [feature, feature] })));
    expect(result.issues.map((i) => [i.feature, i.code])).toEqual([[2, 'DUPLICATE_CODE']]);
  });
});

describe('limits', () => {
  it('refuses a file of 100 MB + 1 byte with 413 before reading it', async () => {
    const bytes = Buffer.alloc(MAX_FILE_BYTES + 1, 0x20);
    expect(await readImport({ name: 'huge.geojson', bytes })).toMatchObject({ ok: false, status: 413, code: 'TOO_LARGE' });
  });

  it('refuses more than MAX_FEATURES features', async () => {
    const features = Array.from({ length: MAX_FEATURES + 1 }, () => ({ type: 'Feature', properties: {}, geometry: null }));
    expect(await readImport(geojson({ type: 'FeatureCollection', features }))).toMatchObject({ ok: false, status: 413, code: 'TOO_MANY_FEATURES' });
  });

  it('rejects one feature with more than MAX_VERTICES_PER_FEATURE vertices', async () => {
    const n = MAX_VERTICES_PER_FEATURE;
    const ring = Array.from({ length: n + 1 }, (_, i) => [112.73 + 0.001 * Math.cos((2 * Math.PI * i) / n), 37.68 + 0.001 * Math.sin((2 * Math.PI * i) / n)]);
    ring[n] = ring[0] as number[];
    const big = { type: 'Polygon', coordinates: [ring] };
    const result = await readImport(geojson(big));
    expect(result).toMatchObject({ ok: false, code: 'TOO_MANY_VERTICES' });
  });

  it('refuses a zip whose header understates an entry (counted while inflating)', async () => {
    const zip = Buffer.from(zipSync({ 'a.dbf': new Uint8Array(4 * 1024 * 1024), 'a.shp': new Uint8Array(100) }, { level: 9 }));
    // Patch the central directory record of a.dbf to claim 1 000 inflated bytes.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(1000, central + 24);
    const local = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    zip.writeUInt32LE(1000, local + 22);
    expect(await readImport({ name: 'lying.zip', bytes: zip })).toMatchObject({ ok: false, status: 413, code: 'ZIP_BOMB' });
  });

  it('refuses unexpected extensions, several layers and a missing .dbf in a zip', async () => {
    const zip = (files: Record<string, Uint8Array>) => ({ name: 'x.zip', bytes: Buffer.from(zipSync(files)) });
    const small = new Uint8Array(10);
    expect(await readImport(zip({ 'a.shp': small, 'run.exe': small }))).toMatchObject({ code: 'ZIP_ENTRY_FORBIDDEN' });
    expect(await readImport(zip({ 'a.shp': small, 'a.dbf': small, 'b.shp': small, 'b.dbf': small }))).toMatchObject({ code: 'ZIP_ENTRY_FORBIDDEN' });
    expect(await readImport(zip({ 'a.shp': small, 'a.shx': small }))).toMatchObject({ code: 'SHP_MISSING_PART', status: 422 });
    expect(await readImport(zip({ 'a.dbf': small }))).toMatchObject({ code: 'SHP_MISSING_PART' });
  });

  it('refuses more than 20 entries', async () => {
    const files = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`f${i}.prj`, new Uint8Array(1)]));
    expect(await readImport({ name: 'many.zip', bytes: Buffer.from(zipSync(files)) })).toMatchObject({ ok: false, code: 'ZIP_ENTRY_FORBIDDEN' });
  });

  it('rejects an unknown override before reading', async () => {
    const bytes = Buffer.from('{}');
    expect(await readImport({ name: 'a.json', bytes }, { crs: 3857 })).toMatchObject({ ok: false, status: 400, code: 'UNSUPPORTED_CRS' });
    expect(await readImport({ name: 'a.json', bytes }, { encoding: 'klingon' })).toMatchObject({ ok: false, status: 400, code: 'ENCODING' });
  });
});

describe('DBF encoding labels', () => {
  it('refuses UTF-8 text under an LDID that says GBK (0x4D) rather than showing 乱码', async () => {
    const good = (await readFixture('good/parcels.geojson').then(expectOk)).features[0]?.geometry;
    if (!good) throw new Error('fixture has no geometry');
    const parts = shapefileParts([{ code: JINZHONG_01.code, name: JINZHONG_01.name, landUseCode: '100101', status: 'reserve', areaM2: 1, geometry: good }], { encoding: 'utf-8' });
    const dbf = Buffer.from(parts['parcels.dbf'] as Uint8Array);
    dbf[29] = 0x4d;
    const withoutCpg = Object.fromEntries(Object.entries({ ...parts, 'parcels.dbf': dbf }).filter(([name]) => !name.endsWith('.cpg')));
    const result = await readImport({ name: 'x.zip', bytes: zipParts(withoutCpg) });
    expect(result).toMatchObject({ ok: false, code: 'ENCODING', details: { encoding: 'gb18030', encodingSource: 'ldid' } });
  });
});
