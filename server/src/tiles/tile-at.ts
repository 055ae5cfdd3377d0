// Which XYZ tile (Web Mercator, as ST_TileEnvelope and geojson-vt use) holds a lon/lat point.
import type { TileCoord } from './encode-tile';

export function tileAt(lon: number, lat: number, z: number): TileCoord {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return {
    z,
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  };
}
