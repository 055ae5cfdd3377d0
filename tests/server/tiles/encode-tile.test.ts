import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { encodeTile } from '../../../server/src/tiles/encode-tile';
import { decodeLayer } from './decode-mvt';

// Tile 10/834/394 lies over Taiyuan. Lon/lat of a point given as a fraction of that tile (Web Mercator).
const TILE = { z: 10, x: 834, y: 394 };
function lonLatInTile(fx: number, fy: number): [number, number] {
  const n = 2 ** TILE.z;
  const lon = ((TILE.x + fx) / n) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (TILE.y + fy)) / n))) * 180) / Math.PI;
  return [lon, lat];
}

const square = (from: number, to: number, properties: Record<string, unknown>, id?: number): Feature<Polygon> => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry: {
    type: 'Polygon',
    coordinates: [[lonLatInTile(from, from), lonLatInTile(to, from), lonLatInTile(to, to), lonLatInTile(from, to), lonLatInTile(from, from)]],
  },
});

describe('encodeTile (the node path)', () => {
  it('puts vertices on the 4096 grid, keeps the id and properties, winds the exterior clockwise', () => {
    const mvt = encodeTile('parcels', [square(0.25, 0.75, { code: 'A', areaMu: 12.5 }, 7)], TILE);
    const [feature, ...rest] = decodeLayer(mvt, 'parcels');
    expect(rest).toEqual([]);
    expect(feature?.id).toBe(7);
    expect(feature?.properties).toEqual({ code: 'A', areaMu: 12.5 });
    const ring = feature?.rings[0] ?? [];
    expect(new Set(ring.map((p) => p.join(',')))).toEqual(new Set(['1024,1024', '3072,1024', '3072,3072', '1024,3072']));
    // MVT 4.3.4.4: an exterior ring has a positive shoelace area in tile (y-down) coordinates.
    let twice = 0;
    for (let i = 0; i + 1 < ring.length; i++) twice += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
    expect(twice).toBeGreaterThan(0);
  });

  it('clips to the 64-pixel buffer around the tile', () => {
    const mvt = encodeTile('zones', [square(-1, 2, { code: 'Z' })], TILE);
    const xs = decodeLayer(mvt, 'zones')[0]?.rings.flat().map((p) => p[0]);
    expect(Math.min(...(xs ?? []))).toBe(-64);
    expect(Math.max(...(xs ?? []))).toBe(4160);
  });

  it('returns no bytes when no feature reaches the tile', () => {
    expect(encodeTile('parcels', [], TILE)).toHaveLength(0);
    expect(encodeTile('parcels', [square(3, 4, { code: 'far' })], TILE)).toHaveLength(0);
  });
});
