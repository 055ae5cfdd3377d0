// Export then readImport gives back the same parcels: geometry within 1 mm on the GK plane and the
// same attributes, for every export format. The parcels straddle both GK zones and include a hole
// and a two-part parcel.
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { ParcelIndicator } from '../../../server/src/domain/indicators';
import { gkSridForGeometry } from '../../../server/src/geo/gk-zone';
import { reprojectGeometry } from '../../../server/src/geo/reproject';
import { exportCsv } from '../../../server/src/imports/export-csv';
import { exportGeoJson } from '../../../server/src/imports/export-geojson';
import { exportShapefile } from '../../../server/src/imports/export-shapefile';
import { exportMinistryTxt } from '../../../server/src/imports/export-txt';
import type { ExportParcel, ImportSuccess } from '../../../server/src/imports/import-types';
import { readImport } from '../../../server/src/imports/read-import';
import { type FixtureParcel, JINZHONG_01, JINZHONG_02, LINFEN_01, gkRings, planeOf, rectangleRing } from '../../../fixtures/imports/parcels';
import { expectOk, maxVertexShiftM } from './helpers';

const MM = 0.001;

function lonLat(p: FixtureParcel, extra: [number, number, number, number][] = []): MultiPolygon {
  const gk: MultiPolygon = { type: 'MultiPolygon', coordinates: [gkRings(p), ...extra.map((r) => [rectangleRing(r)])] };
  return reprojectGeometry(gk, planeOf(p), 4490);
}

// In the shared indicator order, which is the order the CSV reader returns them in.
const INDICATORS: ParcelIndicator[] = [
  { key: 'investmentIntensity', comparator: 'min', value: 300, valueMax: null, textValue: null, unit: '万元/亩', areaBase: 'gross' },
  { key: 'floorAreaRatio', comparator: 'range', value: 1.2, valueMax: 2.5, textValue: null, unit: '', areaBase: 'gross' },
  { key: 'buildingCoverage', comparator: 'max', value: 60, valueMax: null, textValue: null, unit: '%', areaBase: 'gross' },
  { key: 'greenRatio', comparator: 'max', value: 15, valueMax: null, textValue: null, unit: '%', areaBase: 'gross' },
  { key: 'emissionStandard', comparator: 'eq', value: null, valueMax: null, textValue: 'GB 16297-1996 二级', unit: '', areaBase: 'gross' },
];

const PARCELS: ExportParcel[] = [
  { code: JINZHONG_01.code, name: JINZHONG_01.name, landUseCode: '100101', status: 'published', areaM2: JINZHONG_01.areaM2, declaredAreaM2: 66_667, geometry: lonLat(JINZHONG_01), indicators: INDICATORS },
  { code: JINZHONG_02.code, name: JINZHONG_02.name, landUseCode: '100102', status: 'reserve', areaM2: JINZHONG_02.areaM2, geometry: lonLat(JINZHONG_02) },
  { code: LINFEN_01.code, name: LINFEN_01.name, landUseCode: '110101', status: 'listed', areaM2: LINFEN_01.areaM2 + 30_000, declaredAreaM2: null, geometry: lonLat(LINFEN_01, [[547400, 3993000, 547600, 3993150]]) },
];

async function roundTrip(bytes: Buffer, name: string): Promise<ImportSuccess> {
  return expectOk(await readImport({ name, bytes }));
}

function expectSameGeometry(result: ImportSuccess): void {
  expect(result.features).toHaveLength(PARCELS.length);
  PARCELS.forEach((parcel, i) => {
    const back = result.features[i]?.geometry;
    expect(back).not.toBeNull();
    expect(maxVertexShiftM(parcel.geometry, back as MultiPolygon, gkSridForGeometry(parcel.geometry))).toBeLessThan(MM);
  });
}

describe('export → import round trip', () => {
  it('GeoJSON keeps geometry, attributes and indicators', async () => {
    const result = await roundTrip(exportGeoJson(PARCELS), 'parcels.geojson');
    expect(result.detected).toMatchObject({ format: 'geojson', crs: 4490 });
    expect(result.issues).toEqual([]);
    expectSameGeometry(result);
    PARCELS.forEach(({ geometry, declaredAreaM2, ...attributes }, i) => {
      expect(result.features[i]?.properties).toEqual({ ...attributes, ...(declaredAreaM2 ? { declaredAreaM2 } : {}) });
    });
  });

  it.each(['utf-8', 'gbk'] as const)('a %s Shapefile keeps geometry and the DKBH/DKMC/YDXZ/MJ/SBMJ/ZT fields', async (encoding) => {
    const result = await roundTrip(exportShapefile(PARCELS, { encoding, date: new Date(Date.UTC(2025, 0, 1)) }), 'parcels.zip');
    expect(result.detected).toEqual({ format: 'shapefile', crs: 4490, crsSource: 'prj', encoding: encoding === 'gbk' ? 'gb18030' : 'utf-8' });
    expect(result.issues).toEqual([]);
    expectSameGeometry(result);
    expect(result.features.map((f) => f.properties)).toEqual(
      PARCELS.map((p) => ({ code: p.code, name: p.name, landUseCode: p.landUseCode, areaM2: p.areaM2, declaredAreaM2: p.declaredAreaM2 ?? null, status: p.status })),
    );
  });

  it('报部 TXT keeps geometry across zones 37 and 38, codes, names, land use and the area in hectares', async () => {
    const bytes = exportMinistryTxt(PARCELS, { date: '2025-01-01', producer: '测试' });
    const result = await roundTrip(bytes, 'parcels.txt');
    expect(result.detected).toMatchObject({ format: 'txt', crs: 4526, crsSource: 'detected', encoding: 'gb18030' });
    // 带号=38 (the majority) disagrees with the Linfen parcels' prefix 37: the prefixes win.
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['ZONE_MISMATCH', 'warning'],
      ['MIXED_CRS', 'warning'],
    ]);
    expectSameGeometry(result);
    PARCELS.forEach((p, i) => {
      const properties = result.features[i]?.properties ?? {};
      expect([properties.code, properties.name, properties.landUseCode]).toEqual([p.code, p.name, p.landUseCode]);
      expect(Math.abs((properties.declaredAreaM2 as number) - p.areaM2)).toBeLessThanOrEqual(0.5);
    });
    expect(result.features[2]?.geometry?.coordinates).toHaveLength(2);
  });

  it.each(['keys', 'zh'] as const)('CSV with %s headers keeps attributes and indicators', async (labels) => {
    const result = await roundTrip(exportCsv(PARCELS, { labels }), 'parcels.csv');
    expect(result.detected).toEqual({ format: 'csv', crs: null, crsSource: null, encoding: 'utf-8' });
    expect(result.issues).toEqual([]);
    PARCELS.forEach((p, i) => {
      expect(result.features[i]?.properties).toEqual({
        code: p.code, name: p.name, landUseCode: p.landUseCode, status: p.status, areaM2: p.areaM2,
        ...(p.declaredAreaM2 ? { declaredAreaM2: p.declaredAreaM2 } : {}),
        indicators: p.indicators ?? [],
      });
    });
  });
});
