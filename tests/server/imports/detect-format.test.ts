import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../server/src/imports/detect-format';
import { readImport } from '../../../server/src/imports/read-import';
import { fixtureBytes } from './helpers';

describe('detectFormat', () => {
  it.each([
    ['good/parcels.geojson', 'geojson'],
    ['good/jinzhong-gbk-ldid.zip', 'shapefile'],
    ['good/parcels.kml', 'kml'],
    ['good/jinzhong-prefixed.txt', 'txt'],
    ['good/linfen-unprefixed.txt', 'txt'],
    ['good/indicators.csv', 'csv'],
    ['good/indicators-gbk.csv', 'csv'],
  ])('%s → %s', (path, format) => {
    expect(detectFormat(fixtureBytes(path))).toEqual({ format });
  });

  it('recognises a GBK 报部 file that starts with [扩展信息]', () => {
    expect(detectFormat(iconv.encode('[扩展信息]\r\n备注=\r\n', 'gbk'))).toEqual({ format: 'txt' });
  });

  it('ignores the extension: GeoJSON named .txt is read as GeoJSON', async () => {
    const result = await readImport({ name: 'parcels.txt', bytes: fixtureBytes('good/parcels.geojson') });
    expect(result).toMatchObject({ ok: true, detected: { format: 'geojson' } });
  });

  it('explains a bare .shp and refuses unknown content', async () => {
    const shp = Buffer.alloc(100);
    shp.writeInt32BE(9994, 0);
    expect(await readImport({ name: 'a.shp', bytes: shp })).toMatchObject({ ok: false, status: 400, code: 'UNSUPPORTED_FORMAT' });
    expect(await readImport({ name: 'a.pdf', bytes: Buffer.from('%PDF-1.7') })).toMatchObject({ ok: false, code: 'UNSUPPORTED_FORMAT' });
  });

  it('refuses XML that is not KML', async () => {
    expect(await readImport({ name: 'a.gpx', bytes: Buffer.from('<?xml version="1.0"?><gpx/>') })).toMatchObject({ ok: false, code: 'UNSUPPORTED_FORMAT' });
  });
});
