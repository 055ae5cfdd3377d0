// Each good sample in fixtures/imports/good: detected format and CRS, decoded Chinese attributes,
// and areas measured on the GK plane against the known rectangles (width × height).
import { describe, expect, it } from 'vitest';
import { JINZHONG_01, JINZHONG_02, LINFEN_01 } from '../../../fixtures/imports/parcels';
import { expectOk, gkAreaM2, readFixture } from './helpers';

// 1e-9° rounding moves a vertex ≤ 0.1 mm; over a ~1 km perimeter that is < 0.1 m².
const AREA_TOLERANCE_DIGITS = 0;

describe('GeoJSON', () => {
  it('reads lon/lat parcels, maps Chinese property names and detects EPSG:4490', async () => {
    const result = expectOk(await readFixture('good/parcels.geojson'));
    expect(result.detected).toEqual({ format: 'geojson', crs: 4490, crsSource: 'detected', encoding: 'utf-8' });
    expect(result.issues).toEqual([]);
    const [first, second] = result.features;
    expect(first).toMatchObject({ index: 1, code: JINZHONG_01.code, sourceGeometryType: 'MultiPolygon' });
    expect(first?.properties).toEqual({ code: JINZHONG_01.code, name: '晋中开发区标准地01号', landUseCode: '100101', status: 'published' });
    expect(second?.properties.status).toBe('reserve');
    expect(gkAreaM2(first?.geometry ?? null, 4547)).toBeCloseTo(JINZHONG_01.areaM2, AREA_TOLERANCE_DIGITS);
    expect(gkAreaM2(second?.geometry ?? null, 4547)).toBeCloseTo(58_000, AREA_TOLERANCE_DIGITS);
  });

  it('honours a legacy crs member naming EPSG:4547 and reprojects to lon/lat', async () => {
    const result = expectOk(await readFixture('good/parcels-epsg4547.geojson'));
    expect(result.detected).toMatchObject({ crs: 4547, crsSource: 'declared' });
    const geometry = result.features[0]?.geometry;
    expect(geometry?.coordinates[0]?.[0]?.[0]).toEqual([112.73, 37.680000021]);
    expect(gkAreaM2(geometry ?? null, 4547)).toBeCloseTo(300 * 222.22, AREA_TOLERANCE_DIGITS);
  });

  it('writes outer rings counter-clockwise and holes clockwise (RFC 7946)', async () => {
    const result = expectOk(await readFixture('good/parcels.geojson'));
    const rings = result.features[1]?.geometry?.coordinates[0] ?? [];
    const signed = (ring: number[][]) => ring.slice(1).reduce((s, [x = 0, y = 0], i) => s + ((ring[i]?.[0] ?? 0) * y - x * (ring[i]?.[1] ?? 0)), 0);
    expect(rings).toHaveLength(2);
    expect(signed(rings[0] ?? [])).toBeGreaterThan(0);
    expect(signed(rings[1] ?? [])).toBeLessThan(0);
  });
});

describe('zipped Shapefile', () => {
  it('decodes GBK by the LDID byte without a .cpg, reads a Chinese field name and the zone-38 .prj', async () => {
    const result = expectOk(await readFixture('good/jinzhong-gbk-ldid.zip'));
    expect(result.detected).toEqual({ format: 'shapefile', crs: 4526, crsSource: 'prj', encoding: 'gb18030' });
    expect(result.features.map((f) => f.properties)).toEqual([
      { code: JINZHONG_01.code, name: '晋中开发区标准地01号', landUseCode: '100101', areaM2: 66_666 },
      { code: JINZHONG_02.code, name: '晋中开发区标准地02号', landUseCode: '100102', areaM2: 58_000 },
    ]);
    expect(gkAreaM2(result.features[0]?.geometry ?? null, 4547)).toBeCloseTo(JINZHONG_01.areaM2, AREA_TOLERANCE_DIGITS);
    // The hole survives the shapefile package's ring assembly.
    expect(result.features[1]?.geometry?.coordinates[0]).toHaveLength(2);
    expect(gkAreaM2(result.features[1]?.geometry ?? null, 4547)).toBeCloseTo(JINZHONG_02.areaM2, AREA_TOLERANCE_DIGITS);
  });

  it('decodes UTF-8 named by the .cpg, inside a folder, with the CM 111°E .prj', async () => {
    const result = expectOk(await readFixture('good/linfen-utf8-cpg.zip'));
    expect(result.detected).toEqual({ format: 'shapefile', crs: 4546, crsSource: 'prj', encoding: 'utf-8' });
    expect(result.features[0]?.properties).toEqual({ code: LINFEN_01.code, name: '临汾经开区标准地01号', landUseCode: '110101', status: 'listed' });
    expect(gkAreaM2(result.features[0]?.geometry ?? null, 4546)).toBeCloseTo(40_000, AREA_TOLERANCE_DIGITS);
    const [lon = 0, lat = 0] = result.features[0]?.geometry?.coordinates[0]?.[0]?.[0] ?? [];
    expect(lon).toBeCloseTo(111.52, 2);
    expect(lat).toBeCloseTo(36.07, 2);
  });

  it('lets an explicit encoding override the LDID byte', async () => {
    // Read GBK as GB18030 explicitly: same text, source noted as the caller's.
    const result = expectOk(await readFixture('good/jinzhong-gbk-ldid.zip', { encoding: 'GBK' }));
    expect(result.detected.encoding).toBe('gb18030');
    expect(result.features[0]?.properties.name).toBe('晋中开发区标准地01号');
  });
});

describe('KML', () => {
  it('reads placemarks and ExtendedData, stores WGS84 as 4490 with a warning, and ignores zero altitudes', async () => {
    const result = expectOk(await readFixture('good/parcels.kml'));
    expect(result.detected).toEqual({ format: 'kml', crs: 4490, crsSource: 'kml', encoding: 'utf-8' });
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['WGS84_AS_CGCS2000', 'warning']]);
    expect(result.features.map((f) => [f.code, f.properties.name, f.properties.landUseCode])).toEqual([
      [JINZHONG_01.code, '晋中开发区标准地01号', '100101'],
      [LINFEN_01.code, '临汾经开区标准地01号', '110101'],
    ]);
    expect(gkAreaM2(result.features[0]?.geometry ?? null, 4547)).toBeCloseTo(JINZHONG_01.areaM2, AREA_TOLERANCE_DIGITS);
    expect(gkAreaM2(result.features[1]?.geometry ?? null, 4546)).toBeCloseTo(LINFEN_01.areaM2, AREA_TOLERANCE_DIGITS);
  });
});

describe('报部格式 TXT', () => {
  it('reads GBK with 带号 38 and zone-prefixed eastings, with a hole in ring 2 and declared hectares', async () => {
    const result = expectOk(await readFixture('good/jinzhong-prefixed.txt'));
    expect(result.detected).toEqual({ format: 'txt', crs: 4526, crsSource: 'declared', encoding: 'gb18030' });
    expect(result.issues).toEqual([]);
    expect(result.features[0]?.properties).toEqual({
      code: JINZHONG_01.code, name: '晋中开发区标准地01号', landUseName: '工业用地', landUseCode: '100101', declaredAreaM2: 66_666,
    });
    expect(gkAreaM2(result.features[0]?.geometry ?? null, 4547)).toBeCloseTo(JINZHONG_01.areaM2, AREA_TOLERANCE_DIGITS);
    expect(result.features[1]?.geometry?.coordinates).toHaveLength(1);
    expect(result.features[1]?.geometry?.coordinates[0]).toHaveLength(2);
    expect(gkAreaM2(result.features[1]?.geometry ?? null, 4547)).toBeCloseTo(JINZHONG_02.areaM2, AREA_TOLERANCE_DIGITS);
  });

  it('reads UTF-8 with BOM, unprefixed eastings on the stated zone 37, and closes open rings', async () => {
    const result = expectOk(await readFixture('good/linfen-unprefixed.txt'));
    expect(result.detected).toEqual({ format: 'txt', crs: 4546, crsSource: 'declared', encoding: 'utf-8' });
    expect(result.issues).toEqual([]);
    const ring = result.features[0]?.geometry?.coordinates[0]?.[0] ?? [];
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    expect(result.features[0]?.properties.declaredAreaM2).toBe(40_000);
    expect(gkAreaM2(result.features[0]?.geometry ?? null, 4546)).toBeCloseTo(LINFEN_01.areaM2, AREA_TOLERANCE_DIGITS);
  });
});

describe('indicator CSV', () => {
  it('reads keyed columns, RFC 4180 quotes, bounds and a text indicator from UTF-8 with BOM', async () => {
    const result = expectOk(await readFixture('good/indicators.csv'));
    expect(result.detected).toEqual({ format: 'csv', crs: null, crsSource: null, encoding: 'utf-8' });
    expect(result.issues.map((i) => i.code)).toEqual(['UNKNOWN_COLUMN']);
    const [first, second] = result.features;
    expect(first).toMatchObject({ index: 1, code: JINZHONG_01.code, geometry: null, sourceGeometryType: null });
    expect(first?.properties.name).toBe('晋中开发区标准地01号');
    expect(first?.properties.indicators).toEqual([
      { key: 'investmentIntensity', comparator: 'min', value: 300, valueMax: null, textValue: null, unit: '万元/亩', areaBase: 'gross' },
      { key: 'floorAreaRatio', comparator: 'range', value: 1, valueMax: 2.5, textValue: null, unit: '', areaBase: 'gross' },
      { key: 'buildingCoverage', comparator: 'min', value: 40, valueMax: null, textValue: null, unit: '%', areaBase: 'gross' },
      { key: 'greenRatio', comparator: 'max', value: 15, valueMax: null, textValue: null, unit: '%', areaBase: 'gross' },
      { key: 'adminFacilityShare', comparator: 'max', value: 7, valueMax: null, textValue: null, unit: '%', areaBase: 'gross' },
      { key: 'taxPerMu', comparator: 'min', value: 20, valueMax: null, textValue: null, unit: '万元/亩·年', areaBase: 'gross' },
      { key: 'emissionStandard', comparator: 'eq', value: null, valueMax: null, textValue: 'GB 16297-1996', unit: '', areaBase: 'gross' },
    ]);
    // Only a lower FAR bound and a "35%" coverage on the second row.
    expect(second?.properties.indicators).toEqual([
      { key: 'investmentIntensity', comparator: 'min', value: 280, valueMax: null, textValue: null, unit: '万元/亩', areaBase: 'gross' },
      { key: 'floorAreaRatio', comparator: 'min', value: 1.2, valueMax: null, textValue: null, unit: '', areaBase: 'gross' },
      { key: 'buildingCoverage', comparator: 'min', value: 35, valueMax: null, textValue: null, unit: '%', areaBase: 'gross' },
    ]);
  });

  it('reads GBK with Chinese labels, units in brackets and an "a~b" range', async () => {
    const result = expectOk(await readFixture('good/indicators-gbk.csv'));
    expect(result.detected.encoding).toBe('gb18030');
    expect(result.issues).toEqual([]);
    const indicators = result.features[0]?.properties.indicators as { key: string; comparator: string; value: number; valueMax: number | null }[];
    expect(indicators.map((i) => [i.key, i.comparator, i.value, i.valueMax])).toEqual([
      ['investmentIntensity', 'min', 250, null],
      ['floorAreaRatio', 'range', 0.8, 1.5],
      ['buildingCoverage', 'min', 30, null],
      ['greenRatio', 'max', 20, null],
      ['adminFacilityShare', 'max', 7, null],
      ['taxPerMu', 'min', 15, null],
    ]);
  });
});
