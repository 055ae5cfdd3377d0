// Tile coordinates from the URL (XYZ scheme, Web Mercator): integers with x, y < 2^z.
import { HttpError } from '../http/http-error';
import type { TileCoord } from './encode-tile';

/** Deepest zoom served: beyond it a tile is a few millimetres wide and clients overzoom instead. */
const MAX_TILE_ZOOM = 22;

const invalid = (param: string, detail: string) => new HttpError(400, 'INVALID_TILE', detail, { param });

function wholeNumber(param: string, raw: unknown): number {
  if (typeof raw !== 'string' || !/^\d{1,8}$/.test(raw)) throw invalid(param, `"${param}" must be a non-negative integer.`);
  return Number(raw);
}

export function parseTileCoord(params: Record<string, unknown>): TileCoord {
  const z = wholeNumber('z', params.z);
  if (z > MAX_TILE_ZOOM) throw invalid('z', `Zoom ${z} is beyond the deepest zoom served (${MAX_TILE_ZOOM}).`);
  const size = 2 ** z;
  const x = wholeNumber('x', params.x);
  if (x >= size) throw invalid('x', `At zoom ${z}, x must be below ${size}.`);
  const y = wholeNumber('y', params.y);
  if (y >= size) throw invalid('y', `At zoom ${z}, y must be below ${size}.`);
  return { z, x, y };
}
