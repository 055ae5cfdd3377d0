// A .prj (WKT1 from ArcGIS/QGIS, or WKT2) → EPSG. CGCS2000 geographic is 4490; the 3° GK planes
// are told apart by their parameters (central meridian, false easting with or without the zone
// prefix), because their names vary by tool ("CGCS2000_3_Degree_GK_CM_114E", "CGCS2000 / 3-degree
// Gauss-Kruger CM 114E", "China Geodetic Coordinate System 2000 / …"). Xi'an 1980 and Beijing 1954
// planes use other ellipsoids and need a datum transformation first, so they are refused.
import { isSupportedSrid } from '../geo/crs';
import { gkSridFromParameters } from './gk-zone-srid';

export type PrjCrs = { ok: true; srid: number; wgs84: boolean } | { ok: false; message: string };

const CGCS2000 = /china[_ ]?2000|china[_ ]geodetic[_ ]coordinate[_ ]system[_ ]2000|cgcs[_ ]?2000/i;
const WGS84 = /wgs[_ ]?(?:19)?84/i;
const OLD_DATUMS = /xian|xi'an|beijing|1954|1980/i;
const TRANSVERSE_MERCATOR = /(?:PROJECTION|METHOD)\["(?:Gauss[_ ]Kruger|Transverse[_ ]Mercator)"/i;

function lastEpsgCode(wkt: string): number | null {
  const codes = [...wkt.matchAll(/(?:AUTHORITY|ID)\["EPSG",\s*"?(\d+)"?\]/gi)].map((m) => Number(m[1]));
  return codes.at(-1) ?? null;
}

function parameter(wkt: string, names: RegExp): number | null {
  for (const m of wkt.matchAll(/PARAMETER\["([^"]+)",\s*([-+\d.eE]+)/gi)) {
    if (names.test((m[1] as string).replace(/[_ ]/g, '').toLowerCase())) return Number(m[2]);
  }
  return null;
}

function gkFromParameters(wkt: string): number | null {
  if (!TRANSVERSE_MERCATOR.test(wkt)) return null;
  const centralMeridian = parameter(wkt, /^(?:centralmeridian|longitudeofnaturalorigin|longitudeofcenter)$/);
  const falseEasting = parameter(wkt, /^falseeasting$/);
  const scale = parameter(wkt, /^(?:scalefactor|scalefactoratnaturalorigin)$/) ?? 1;
  const latitudeOfOrigin = parameter(wkt, /^(?:latitudeoforigin|latitudeofnaturalorigin)$/) ?? 0;
  if (centralMeridian === null || falseEasting === null || scale !== 1 || latitudeOfOrigin !== 0) return null;
  return gkSridFromParameters(centralMeridian, falseEasting);
}

export function crsFromPrj(wkt: string): PrjCrs {
  const text = wkt.trim();
  const projected = /^(?:PROJCS|PROJCRS|PROJECTEDCRS)\[/i.test(text);
  const unsupported = (detail: string): PrjCrs => ({ ok: false, message: `${detail}: ${text.slice(0, 120)}` });
  if (!CGCS2000.test(text)) {
    if (!projected && WGS84.test(text)) return { ok: true, srid: 4490, wgs84: true };
    return unsupported(OLD_DATUMS.test(text) ? 'Xian 1980 / Beijing 1954 need a datum transformation to CGCS2000 first' : 'not a CGCS2000 system');
  }
  if (!projected) return { ok: true, srid: 4490, wgs84: false };
  const srid = gkFromParameters(text) ?? lastEpsgCode(text);
  if (srid !== null && isSupportedSrid(srid) && srid !== 4490) return { ok: true, srid, wgs84: false };
  return unsupported('not a CGCS2000 3-degree Gauss-Krüger zone 37/38 plane');
}
