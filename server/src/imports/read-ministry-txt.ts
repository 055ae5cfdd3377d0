// The ministry parcel-coordinate TXT (报部格式, domain.md §6): [属性描述] key=value lines, then
// [地块坐标] with one header per parcel ending in "@" (界址点数, 地块面积 in ha, 地块编号, 地块名称,
// 记录图形属性, 图幅号, 地块用途, 地类编码, extras tolerated) followed by point lines
// "点号,圈号,X,Y" where X is the northing and Y the easting, with or without the zone prefix.
import type { Position } from 'geojson';
import { assembleRings, closeRing } from './assemble-rings';
import { decodeText } from './decode-text';
import { gkSridForZone } from './gk-zone-srid';
import { bilingual, failure, issue } from './import-result';
import type { ImportFailure, ImportIssue, ImportOverrides } from './import-types';
import type { RawFeature, RawRead } from './normalise-features';

interface Point {
  ring: number;
  northing: number;
  easting: number;
}

interface Parcel {
  header: string[];
  points: Point[];
}

const M2_PER_HECTARE = 10_000;
/** A zone-prefixed easting is zone·10⁶ + 500 000 ± 200 km; an unprefixed one is below 10⁶. */
const PREFIXED_EASTING_MIN = 10_000_000;

const invalid = (lineNo: number, zh: string, en: string) => failure('TXT_INVALID', bilingual(`第${lineNo}行${zh}`, `line ${lineNo}: ${en}`));

function parseLines(text: string): { attributes: Map<string, string>; parcels: Parcel[]; hasCoordinates: boolean } | ImportFailure {
  const attributes = new Map<string, string>();
  const parcels: Parcel[] = [];
  let section = '';
  let hasCoordinates = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const lineNo = i + 1;
    if (line === '') continue;
    const heading = /^\[(.+)\]$/.exec(line);
    if (heading) {
      section = (heading[1] as string).trim();
      hasCoordinates ||= section === '地块坐标';
      continue;
    }
    if (section === '属性描述') {
      const eq = line.indexOf('=');
      if (eq > 0) attributes.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    } else if (section === '地块坐标') {
      if (line.endsWith('@')) {
        parcels.push({ header: line.replace(/,?\s*@$/, '').split(',').map((f) => f.trim()), points: [] });
        continue;
      }
      const parcel = parcels.at(-1);
      if (!parcel) return invalid(lineNo, '坐标点前没有地块头（以@结尾）', 'point before any parcel header (ending in @)');
      const [, ring, x, y] = line.split(',').map((f) => f.trim());
      const point = { ring: Number(ring), northing: Number(x), easting: Number(y) };
      if (!Number.isInteger(point.ring) || !Number.isFinite(point.northing) || !Number.isFinite(point.easting) || x === '' || y === '') {
        return invalid(lineNo, `坐标点格式错误：${line}`, `malformed point line (点号,圈号,X,Y): ${line}`);
      }
      parcel.points.push(point);
    }
  }
  return { attributes, parcels, hasCoordinates };
}

/** Consecutive points with the same 圈号 form one ring, as [easting, northing]. */
function ringsOf(points: readonly Point[]): Position[][] {
  const rings: Position[][] = [];
  let current = Number.NaN;
  for (const p of points) {
    if (p.ring !== current) {
      rings.push([]);
      current = p.ring;
    }
    rings.at(-1)?.push([p.easting, p.northing]);
  }
  return rings;
}

function pointCountIssue(parcel: Parcel, rings: Position[][], index: number): ImportIssue | null {
  const stated = Number(parcel.header[0]);
  if (parcel.header[0] === undefined || parcel.header[0] === '' || !Number.isFinite(stated)) return null;
  const withClosing = rings.reduce((n, r) => n + closeRing(r).length, 0);
  // The count may or may not include each ring's closing point (domain.md §6).
  if (stated === withClosing || stated === withClosing - rings.length) return null;
  return issue('POINT_COUNT_MISMATCH', bilingual(`第${index}个地块界址点数为${stated}，实际${parcel.points.length}个`, `parcel ${index} states ${stated} points but lists ${parcel.points.length}`), index, 'warning');
}

function geometryOf(parcel: Parcel, rings: Position[][]): unknown {
  const kind = parcel.header[4] ?? '';
  const positions = rings.flat();
  if (positions.length === 0) return null;
  if (kind === '点') return { type: 'MultiPoint', coordinates: positions };
  if (kind === '线') return { type: 'MultiLineString', coordinates: rings };
  return { type: 'MultiPolygon', coordinates: assembleRings(rings.map(closeRing)) };
}

function propertiesOf(header: readonly string[]): Record<string, unknown> {
  const [, areaHa, code, name, , mapSheet, landUseName, landUseCode] = header;
  const properties: Record<string, unknown> = {};
  const area = Number(areaHa);
  if (areaHa && Number.isFinite(area)) properties.declaredAreaM2 = Math.round(area * M2_PER_HECTARE * 1e6) / 1e6;
  if (code) properties.code = code;
  if (name) properties.name = name;
  if (landUseName) properties.landUseName = landUseName;
  if (landUseCode) properties.landUseCode = landUseCode;
  if (mapSheet) properties.mapSheet = mapSheet;
  return properties;
}

/** The CRS the header states: 带号 plus whether eastings carry the zone prefix. */
function statedCrs(attributes: Map<string, string>, parcels: readonly Parcel[]): { stated?: RawRead['stated']; issues: ImportIssue[] } | ImportFailure {
  const system = attributes.get('坐标系') ?? '';
  if (system !== '' && !/2000|CGCS/i.test(system)) {
    return failure('UNSUPPORTED_CRS', bilingual(`坐标系“${system}”不受支持，需先转换为2000国家大地坐标系`, `CRS "${system}" is not CGCS2000; transform it first`));
  }
  const width = attributes.get('几度分带') ?? '';
  if (width !== '' && width !== '3') return failure('UNSUPPORTED_CRS', bilingual(`只支持3度分带，文件为${width}度`, `only 3-degree zones are supported, not ${width}`));
  const zoneText = attributes.get('带号') ?? '';
  if (zoneText === '') return { issues: [] };
  const zone = Number(zoneText);
  const eastings = parcels.flatMap((p) => p.points.map((pt) => pt.easting));
  const prefixed = eastings.length > 0 && eastings.every((e) => e >= PREFIXED_EASTING_MIN);
  const srid = Number.isInteger(zone) ? gkSridForZone(zone, prefixed) : null;
  if (srid === null) return failure('UNSUPPORTED_CRS', bilingual(`带号${zoneText}不是山西的37或38带`, `zone ${zoneText} is not Shanxi's zone 37 or 38`));
  const prefixes = new Set(eastings.map((e) => Math.floor(e / 1_000_000)));
  if (prefixed && (prefixes.size > 1 || !prefixes.has(zone))) {
    // The coordinates name their own zone; the header is the less reliable of the two.
    const found = [...prefixes].join('、');
    return { issues: [issue('ZONE_MISMATCH', bilingual(`带号为${zone}，坐标前缀为${found}，按坐标前缀处理`, `header zone ${zone}, coordinate prefixes ${found}; prefixes win`), null, 'warning')] };
  }
  return { stated: { srid, source: 'declared' }, issues: [] };
}

export function readMinistryTxt(bytes: Buffer, overrides: ImportOverrides): RawRead | ImportFailure {
  const decoded = decodeText(bytes, overrides.encoding);
  if (!decoded.ok) return failure('ENCODING', decoded.message);
  const parsed = parseLines(decoded.text);
  if ('ok' in parsed) return parsed;
  if (!parsed.hasCoordinates) return failure('TXT_INVALID', bilingual('缺少[地块坐标]节', 'no [地块坐标] section'));
  const crs = statedCrs(parsed.attributes, parsed.parcels);
  if ('ok' in crs) return crs;
  const issues = [...crs.issues];
  const features: RawFeature[] = parsed.parcels.map((parcel, i) => {
    const rings = ringsOf(parcel.points);
    const countIssue = pointCountIssue(parcel, rings, i + 1);
    if (countIssue) issues.push(countIssue);
    return { index: i + 1, properties: propertiesOf(parcel.header), geometry: geometryOf(parcel, rings) };
  });
  return { format: 'txt', features, ...(crs.stated ? { stated: crs.stated } : {}), encoding: decoded.encoding, issues };
}
