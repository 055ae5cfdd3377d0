// 报部格式 TXT (domain.md §6) for the ministry system: each parcel in Gauss-Krüger metres of its
// own 3° zone, X = northing and Y = easting with the zone prefix, so a file spanning zones 37 and
// 38 stays unambiguous; 带号 in [属性描述] names the zone most parcels are in. 地块面积 is in
// hectares (4 decimals, 1 m²). Coordinates carry 4 decimals (0.1 mm) so the export → import round
// trip stays within 1 mm; 精度 says so. Commas in names become full-width (the format has no quoting).
import type { Position } from 'geojson';
import iconv from 'iconv-lite';
import { LAND_USES } from '../domain/land-use';
import { gkSridForGeometry } from '../geo/gk-zone';
import { reprojectGeometry } from '../geo/reproject';
import { gkSridForZone, zoneOfSrid } from './gk-zone-srid';
import type { ExportParcel } from './import-types';
import { mostCommon } from './most-common';

export interface MinistryTxtOptions {
  encoding?: 'gbk' | 'utf-8';
  /** 数据产生单位 */
  producer?: string;
  /** 数据产生日期, YYYY-MM-DD; pass one for reproducible output. */
  date?: string;
}

const COORDINATE_DECIMALS = 4;
const M2_PER_HECTARE = 10_000;

const field = (text: string) => text.replace(/,/g, '，').replace(/[\r\n@]/g, ' ');

function parcelLines(parcel: ExportParcel, zone: number): string[] {
  const srid = gkSridForZone(zone, true);
  if (srid === null) throw new Error(`no GK plane for zone ${zone}`);
  const projected = reprojectGeometry(parcel.geometry, 4490, srid);
  const points: string[] = [];
  let ringNo = 0;
  for (const rings of projected.coordinates) {
    for (const ring of rings) {
      ringNo++;
      const labelStart = points.length + 1;
      ring.forEach(([easting = 0, northing = 0]: Position, i) => {
        // The closing point repeats the ring's first label.
        const label = i === ring.length - 1 ? labelStart : labelStart + i;
        points.push(`J${label},${ringNo},${northing.toFixed(COORDINATE_DECIMALS)},${easting.toFixed(COORDINATE_DECIMALS)}`);
      });
    }
  }
  const landUse = LAND_USES.find((l) => l.code === parcel.landUseCode)?.labelZh ?? '';
  const areaHa = (parcel.areaM2 / M2_PER_HECTARE).toFixed(4);
  const header = [points.length, areaHa, field(parcel.code), field(parcel.name), '面', '', landUse, field(parcel.landUseCode), '@'].join(',');
  return [header, ...points];
}

export function exportMinistryTxt(parcels: readonly ExportParcel[], options: MinistryTxtOptions = {}): Buffer {
  const { encoding = 'gbk', producer = '', date = new Date().toISOString().slice(0, 10) } = options;
  const zones = parcels.map((p) => zoneOfSrid(gkSridForGeometry(p.geometry)));
  const mainZone = mostCommon(zones) ?? '';
  const lines = [
    '[属性描述]',
    '格式版本号=',
    `数据产生单位=${producer}`,
    `数据产生日期=${date}`,
    '坐标系=2000国家大地坐标系',
    '几度分带=3',
    '投影类型=高斯克吕格',
    '计量单位=米',
    `带号=${mainZone}`,
    `精度=${(10 ** -COORDINATE_DECIMALS).toFixed(COORDINATE_DECIMALS)}`,
    '转换参数=0,0,0,0,0,0,0',
    '[地块坐标]',
    ...parcels.flatMap((p, i) => parcelLines(p, zones[i] as number)),
  ];
  return iconv.encode(`${lines.join('\r\n')}\r\n`, encoding);
}
