// The writers' bytes checked against independent readers and the format rules, not only through
// our own readImport (a bug mirrored in writer and reader would pass a round trip).
import type { MultiPolygon } from 'geojson';
import iconv from 'iconv-lite';
import { read as readShapefile } from 'shapefile';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reprojectGeometry } from '../../../server/src/geo/reproject';
import { exportCsv } from '../../../server/src/imports/export-csv';
import { exportGeoJson } from '../../../server/src/imports/export-geojson';
import { exportShapefile, shapefileParts } from '../../../server/src/imports/export-shapefile';
import { exportMinistryTxt } from '../../../server/src/imports/export-txt';
import type { ExportParcel } from '../../../server/src/imports/import-types';
import { JINZHONG_01, JINZHONG_02, gkRings } from '../../../fixtures/imports/parcels';

const DATE = new Date(Date.UTC(2025, 0, 1));
const geometry = (rings = gkRings(JINZHONG_02)): MultiPolygon => reprojectGeometry({ type: 'MultiPolygon', coordinates: [rings] }, 4547, 4490);

const PARCEL: ExportParcel = { code: JINZHONG_02.code, name: JINZHONG_02.name, landUseCode: '100102', status: 'reserve', areaM2: 58_000, declaredAreaM2: 58_000.5, geometry: geometry() };

const arrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('Shapefile writer', () => {
  it('is read by the shapefile package: clockwise outer ring, counter-clockwise hole, UTF-8 attributes', async () => {
    const parts = shapefileParts([PARCEL], { date: DATE });
    const collection = await readShapefile(arrayBuffer(parts['parcels.shp'] as Uint8Array), arrayBuffer(parts['parcels.dbf'] as Uint8Array), { encoding: 'utf-8' });
    expect(collection.features).toHaveLength(1);
    const feature = collection.features[0];
    expect(feature?.properties).toEqual({ DKBH: PARCEL.code, DKMC: '晋中开发区标准地02号', YDXZ: '100102', MJ: 58000, SBMJ: 58000.5, ZT: 'reserve' });
    // The package classifies rings by winding: one polygon with its hole means we wrote ESRI order.
    expect(feature?.geometry).toMatchObject({ type: 'Polygon' });
    expect((feature?.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(2);
  });

  it('writes a .shx whose offsets point at the records, LDID 0x4D for GBK and the CGCS2000 .prj', () => {
    const parts = shapefileParts([PARCEL, { ...PARCEL, code: 'B', geometry: geometry(gkRings(JINZHONG_01)) }], { encoding: 'gbk', date: DATE });
    const shp = Buffer.from(parts['parcels.shp'] as Uint8Array);
    const shx = Buffer.from(parts['parcels.shx'] as Uint8Array);
    expect(shx.readInt32BE(24) * 2).toBe(shx.length);
    expect(shp.readInt32BE(24) * 2).toBe(shp.length);
    for (let i = 0; i < 2; i++) {
      const offset = shx.readInt32BE(100 + 8 * i) * 2;
      expect(shp.readInt32BE(offset)).toBe(i + 1); // record number
      expect(shp.readInt32BE(offset + 4)).toBe(shx.readInt32BE(104 + 8 * i)); // content length
    }
    const dbf = Buffer.from(parts['parcels.dbf'] as Uint8Array);
    expect(dbf[29]).toBe(0x4d);
    expect(dbf.includes(iconv.encode('晋中开发区标准地02号', 'gbk'))).toBe(true);
    expect(Buffer.from(parts['parcels.cpg'] as Uint8Array).toString()).toBe('GBK');
    expect(Buffer.from(parts['parcels.prj'] as Uint8Array).toString()).toMatch(/^GEOGCS\["GCS_China_Geodetic_Coordinate_System_2000"/);
  });

  it('zips the five parts deterministically for a given date', () => {
    const a = exportShapefile([PARCEL], { baseName: '标准地', date: DATE });
    expect(Object.keys(unzipSync(a)).sort()).toEqual(['标准地.cpg', '标准地.dbf', '标准地.prj', '标准地.shp', '标准地.shx']);
    expect(exportShapefile([PARCEL], { baseName: '标准地', date: DATE }).equals(a)).toBe(true);
  });
});

describe('CSV writer', () => {
  it('starts with a BOM, ends lines with CRLF, quotes per RFC 4180 and neutralises formulas', () => {
    const csv = exportCsv([{ ...PARCEL, name: '=HYPERLINK("http://x")', code: '+1,2' }]).toString('utf8');
    expect(csv.startsWith('\uFEFFcode,name,landUseCode,status,areaM2,declaredAreaM2\r\n')).toBe(true);
    expect(csv).toContain(`"'+1,2","'=HYPERLINK(""http://x"")",100102,reserve,58000,58000.5\r\n`);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('报部 TXT writer', () => {
  it('writes GBK with 带号, northing before the zone-prefixed easting, and hectares', () => {
    const text = iconv.decode(exportMinistryTxt([PARCEL], { date: '2025-01-01' }), 'gbk');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('[属性描述]');
    expect(lines).toContain('带号=38');
    expect(lines).toContain('坐标系=2000国家大地坐标系');
    const header = lines[lines.indexOf('[地块坐标]') + 1];
    expect(header).toBe(`10,5.8000,${PARCEL.code},晋中开发区标准地02号,面,,二类工业用地,100102,@`);
    const [label, ring, x, y] = (lines[lines.indexOf('[地块坐标]') + 2] ?? '').split(',');
    expect([label, ring]).toEqual(['J1', '1']);
    expect(Number(x)).toBeCloseTo(4172739.14, 3);
    expect(Number(y)).toBeCloseTo(38388400, 3);
  });
});

describe('GeoJSON writer', () => {
  it('writes a FeatureCollection with nine decimals and the parcel code as id', () => {
    const collection = JSON.parse(exportGeoJson([PARCEL]).toString('utf8'));
    expect(collection.features[0].id).toBe(PARCEL.code);
    const [lon] = collection.features[0].geometry.coordinates[0][0][0];
    expect(String(lon).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(9);
  });
});
