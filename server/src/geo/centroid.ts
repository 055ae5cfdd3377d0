// Area-weighted centroid on the coordinates as given. On lon/lat it is only good enough to pick
// a GK zone; measure on planar coordinates.
import type { Position } from 'geojson';
import { type Polygonal, type Ring, polygonsOf } from './polygonal';

interface RingMoments {
  area: number;
  x: number;
  y: number;
}

function ringMoments(ring: Ring): RingMoments {
  const origin = ring[0];
  if (!origin) return { area: 0, x: 0, y: 0 };
  const [x0 = 0, y0 = 0] = origin;
  let twiceArea = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax = 0, ay = 0] = ring[i] as Position;
    const [bx = 0, by = 0] = ring[i + 1] as Position;
    const cross = (ax - x0) * (by - y0) - (bx - x0) * (ay - y0);
    twiceArea += cross;
    sx += (ax - x0 + bx - x0) * cross;
    sy += (ay - y0 + by - y0) * cross;
  }
  const area = twiceArea / 2;
  if (area === 0) return { area: 0, x: x0, y: y0 };
  return { area: Math.abs(area), x: x0 + sx / (6 * area), y: y0 + sy / (6 * area) };
}

export function polygonalCentroid(geometry: Polygonal): Position {
  let area = 0;
  let mx = 0;
  let my = 0;
  for (const rings of polygonsOf(geometry)) {
    rings.forEach((ring, index) => {
      // Winding is not trusted: the first ring adds, holes subtract.
      const m = ringMoments(ring);
      const sign = index === 0 ? 1 : -1;
      area += sign * m.area;
      mx += sign * m.area * m.x;
      my += sign * m.area * m.y;
    });
  }
  if (area > 0) return [mx / area, my / area];
  const first = polygonsOf(geometry)[0]?.[0]?.[0];
  return first ? [first[0] ?? Number.NaN, first[1] ?? Number.NaN] : [Number.NaN, Number.NaN];
}
