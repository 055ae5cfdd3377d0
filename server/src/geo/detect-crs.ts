// Which CRS a set of coordinates is in, from their ranges (domain.md §6, security.md "projected
// coordinates ... detect zone and CM, or ask; never guess silently"). EPSG axis order for GK is
// northing, easting, but GeoJSON, proj4 and PostGIS use x = easting; a swap is reported, not fixed.
import type { Position } from 'geojson';
import { type GkSrid, type SupportedSrid, isSupportedSrid } from './crs';
import { reprojectPosition } from './reproject';
import { GK_EASTING_RANGE_M, GK_NORTHING_RANGE_M, SHANXI_BBOX, inBbox, inRange } from './shanxi-extent';

export const CRS_REASONS = {
  AXIS_SWAPPED: 'AXIS_SWAPPED',
  AMBIGUOUS_CRS: 'AMBIGUOUS_CRS',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  MIXED_CRS: 'MIXED_CRS',
  UNSUPPORTED_CRS: 'UNSUPPORTED_CRS',
} as const;
export type CrsReason = (typeof CRS_REASONS)[keyof typeof CRS_REASONS];

export type CrsDetection =
  | { ok: true; srid: SupportedSrid; stated: boolean }
  | { ok: false; reason: CrsReason; message: string; candidates: GkSrid[] };

type Shape = 'lonlat' | 'latlon' | 'gk37' | 'gk38' | 'gk' | 'gkSwapped' | 'unknown';

const LON_RANGE = [SHANXI_BBOX[0], SHANXI_BBOX[2]] as const;
const LAT_RANGE = [SHANXI_BBOX[1], SHANXI_BBOX[3]] as const;

function prefixedZone(easting: number): 37 | 38 | null {
  for (const zone of [37, 38] as const) {
    if (inRange(easting - zone * 1_000_000, GK_EASTING_RANGE_M)) return zone;
  }
  return null;
}

function isEasting(value: number): boolean {
  return inRange(value, GK_EASTING_RANGE_M) || prefixedZone(value) !== null;
}

function shapeOf([x = Number.NaN, y = Number.NaN]: Position): Shape {
  if (inRange(x, LON_RANGE) && inRange(y, LAT_RANGE)) return 'lonlat';
  if (inRange(x, LAT_RANGE) && inRange(y, LON_RANGE)) return 'latlon';
  if (inRange(y, GK_NORTHING_RANGE_M)) {
    const zone = prefixedZone(x);
    if (zone === 37) return 'gk37';
    if (zone === 38) return 'gk38';
    if (inRange(x, GK_EASTING_RANGE_M)) return 'gk';
  }
  if (inRange(x, GK_NORTHING_RANGE_M) && isEasting(y)) return 'gkSwapped';
  return 'unknown';
}

function allInShanxi(positions: readonly Position[], srid: SupportedSrid): boolean {
  return positions.every((p) => {
    const [lon = Number.NaN, lat = Number.NaN] = srid === 4490 ? p : reprojectPosition(p, srid, 4490);
    return inBbox(lon, lat);
  });
}

const fail = (reason: CrsReason, message: string, candidates: GkSrid[] = []): CrsDetection => ({ ok: false, reason, message, candidates });

function checkStated(positions: readonly Position[], srid: SupportedSrid): CrsDetection {
  if (allInShanxi(positions, srid)) return { ok: true, srid, stated: true };
  const swapped = positions.map(([x = 0, y = 0]) => [y, x]);
  if (allInShanxi(swapped, srid)) return fail(CRS_REASONS.AXIS_SWAPPED, `coordinates look like EPSG:${srid} with x and y swapped`);
  return fail(CRS_REASONS.OUT_OF_RANGE, `coordinates do not fall inside Shanxi when read as EPSG:${srid}`);
}

function fromShape(shape: Shape, positions: readonly Position[]): CrsDetection {
  switch (shape) {
    case 'lonlat':
      return { ok: true, srid: 4490, stated: false };
    case 'gk37':
    case 'gk38': {
      const srid = shape === 'gk37' ? 4525 : 4526;
      return allInShanxi(positions, srid)
        ? { ok: true, srid, stated: false }
        : fail(CRS_REASONS.OUT_OF_RANGE, `coordinates read as EPSG:${srid} fall outside Shanxi`);
    }
    case 'gk': {
      // Without the zone prefix the same numbers are valid on CM 111°E and CM 114°E.
      const candidates = ([4546, 4547] as const).filter((srid) => allInShanxi(positions, srid));
      return candidates.length === 0
        ? fail(CRS_REASONS.OUT_OF_RANGE, 'Gauss-Krüger coordinates without a zone prefix fall outside Shanxi on either central meridian')
        : fail(CRS_REASONS.AMBIGUOUS_CRS, 'Gauss-Krüger coordinates without a zone prefix: state the central meridian (EPSG:4546 for 111°E, EPSG:4547 for 114°E)', candidates);
    }
    case 'latlon':
      return fail(CRS_REASONS.AXIS_SWAPPED, 'coordinates look like latitude, longitude; GeoJSON needs longitude first');
    case 'gkSwapped':
      return fail(CRS_REASONS.AXIS_SWAPPED, 'coordinates look like northing, easting; GeoJSON needs easting first');
    case 'unknown':
      return fail(CRS_REASONS.OUT_OF_RANGE, 'coordinates are neither Shanxi longitude/latitude nor Shanxi Gauss-Krüger metres');
  }
}

/** Detects the CRS of `positions`, or checks a stated one against the Shanxi extent. */
export function detectCrs(positions: readonly Position[], statedSrid?: number): CrsDetection {
  if (statedSrid !== undefined) {
    if (!isSupportedSrid(statedSrid)) return fail(CRS_REASONS.UNSUPPORTED_CRS, `EPSG:${statedSrid} is not supported; use 4490, 4525, 4526, 4546 or 4547`);
    return checkStated(positions, statedSrid);
  }
  const shapes = new Set(positions.map(shapeOf));
  if (shapes.size === 0) return fail(CRS_REASONS.OUT_OF_RANGE, 'no coordinates to detect a CRS from');
  if (shapes.has('unknown')) {
    return fail(CRS_REASONS.OUT_OF_RANGE, 'some coordinates are neither Shanxi longitude/latitude nor Shanxi Gauss-Krüger metres');
  }
  if (shapes.size > 1) return fail(CRS_REASONS.MIXED_CRS, `coordinates mix several systems (${[...shapes].join(', ')})`);
  return fromShape([...shapes][0] as Shape, positions);
}
