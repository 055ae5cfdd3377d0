// OGC API – Features Part 2 (CRS by reference). EPSG:4490 is defined latitude-first, so output in it
// flips axes, and a bbox given with bbox-crs=EPSG:4490 is read as minLat,minLon,maxLat,maxLon.
import { HttpError } from '../http/http-error';
import type { GeometryOutput } from '../parcels/parcels.repository';

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const EPSG4490 = 'http://www.opengis.net/def/crs/EPSG/0/4490';
export const SUPPORTED_CRS = [CRS84, EPSG4490] as const;
export type SupportedCrs = (typeof SUPPORTED_CRS)[number];

export function parseCrs(value: string | undefined, param: 'crs' | 'bbox-crs'): SupportedCrs {
  if (value === undefined) return CRS84;
  const found = SUPPORTED_CRS.find((c) => c === value);
  if (!found) {
    throw new HttpError(400, 'UNSUPPORTED_CRS', `"${value}" is not offered. Use one of: ${SUPPORTED_CRS.join(', ')}.`, { param });
  }
  return found;
}

export const geometryOutputFor = (crs: SupportedCrs): GeometryOutput => (crs === EPSG4490 ? 'epsg4490' : 'crs84');
export const axisOrderOf = (crs: SupportedCrs): 'lonlat' | 'latlon' => (crs === EPSG4490 ? 'latlon' : 'lonlat');
