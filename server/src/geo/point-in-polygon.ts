// Even-odd ray casting over every ring, so holes exclude and multipolygon parts include.
import type { Position } from 'geojson';
import { type PolygonRings } from './polygonal';

export function pointInPolygons(point: Position, polygons: readonly PolygonRings[]): boolean {
  const [x = 0, y = 0] = point;
  let inside = false;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i] as Position;
        const [xj = 0, yj = 0] = ring[j] as Position;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
