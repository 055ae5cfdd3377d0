// .shp records through the shapefile package (it assembles rings into polygons by winding and
// containment, as the ESRI spec intends). Z and M values are dropped by the package; a Z shape
// type is reported so the caller can warn.
import { openShp } from 'shapefile';
import { MAX_FEATURES } from './limits';

export type ShpRead =
  | { ok: true; geometries: unknown[]; hasZ: boolean }
  | { ok: false; reason: 'SHP_INVALID' | 'TOO_MANY_FEATURES'; message: string };

const SHP_FILE_CODE = 9994;
/** ESRI shape types with Z: PointZ, PolyLineZ, PolygonZ, MultiPointZ. */
const Z_TYPES = new Set([11, 13, 15, 18]);

export async function readShp(bytes: Uint8Array): Promise<ShpRead> {
  if (bytes.length < 100) return { ok: false, reason: 'SHP_INVALID', message: '.shp header is truncated' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0, false) !== SHP_FILE_CODE) return { ok: false, reason: 'SHP_INVALID', message: '.shp does not start with file code 9994' };
  const shapeType = view.getInt32(32, true);
  // The package reads through array-source, which takes the whole underlying ArrayBuffer: copy.
  const geometries: unknown[] = [];
  try {
    const source = await openShp(new Uint8Array(bytes).buffer);
    for (;;) {
      const next = await source.read();
      if (next.done) break;
      geometries.push(next.value);
      if (geometries.length > MAX_FEATURES) return { ok: false, reason: 'TOO_MANY_FEATURES', message: `more than ${MAX_FEATURES} records` };
    }
  } catch (error) {
    // Truncated records surface as RangeError from DataView; unknown shape types as Error.
    return { ok: false, reason: 'SHP_INVALID', message: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, geometries, hasZ: Z_TYPES.has(shapeType) };
}
