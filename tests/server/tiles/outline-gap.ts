// Test helper: how far apart two renderings of one polygon are, in tile pixels, where they are drawn.
import type { TileRing } from './decode-mvt';

const EXTENT = 4096;
const BUFFER = 64;

/**
 * The largest distance, in pixels, from a point on one outline to the other outline (both ways): a
 * Hausdorff distance sampled every pixel along each outline. Only points inside the drawn tile square
 * [0, 4096]² count; the 64-pixel buffer is not drawn, and there the two tile builders clip differently.
 */
export function outlineGap(a: readonly TileRing[], b: readonly TileRing[]): number {
  return Math.max(directedGap(a, b), directedGap(b, a));
}

function directedGap(a: readonly TileRing[], b: readonly TileRing[]): number {
  let worst = 0;
  for (const ring of a) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[i + 1] as [number, number];
      const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1)));
      for (let k = 0; k <= steps; k++) {
        const px = x1 + ((x2 - x1) * k) / steps;
        const py = y1 + ((y2 - y1) * k) / steps;
        if (px < 0 || py < 0 || px > EXTENT || py > EXTENT) continue;
        worst = Math.max(worst, distanceToRings(px, py, b));
      }
    }
  }
  return worst;
}

/** Whether any part of the feature's bounding box lies in the drawn square (not only in the buffer). */
export function reachesDrawnSquare(rings: readonly TileRing[]): boolean {
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  return Math.max(...xs) > 0 && Math.min(...xs) < EXTENT && Math.max(...ys) > 0 && Math.min(...ys) < EXTENT;
}

/** Whether the tile builder cut the feature at the buffer edge (a vertex on x or y = -64 or 4160). */
export function clippedAtBuffer(rings: readonly TileRing[]): boolean {
  const edge = (v: number) => v === -BUFFER || v === EXTENT + BUFFER;
  return rings.some((ring) => ring.some(([x, y]) => edge(x) || edge(y)));
}

function distanceToRings(px: number, py: number, rings: readonly TileRing[]): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
      best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
    }
  }
  return best;
}
