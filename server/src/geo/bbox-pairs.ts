// Which shapes could overlap: pairs whose bounding boxes share some area, found by a sweep along
// x, so that only those pairs go to the (expensive) polygon clipping. Shapes that merely touch
// cannot overlap by any area, so touching boxes are left out.
import { type Polygonal, positionsOf } from './polygonal';

export type Box = readonly [minX: number, minY: number, maxX: number, maxY: number];

export function bboxOf(geometry: Polygonal): Box {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const [x = 0, y = 0] of positionsOf(geometry)) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

/** Pairs of items whose boxes overlap by a positive area. */
export function overlappingBoxPairs<T>(items: readonly T[], boxOf: (item: T) => Box): [T, T][] {
  const boxed = items.map((item) => ({ item, box: boxOf(item) })).sort((a, b) => a.box[0] - b.box[0]);
  const pairs: [T, T][] = [];
  for (let i = 0; i < boxed.length; i++) {
    const a = boxed[i] as (typeof boxed)[number];
    for (let j = i + 1; j < boxed.length; j++) {
      const b = boxed[j] as (typeof boxed)[number];
      if (b.box[0] >= a.box[2]) break;
      if (b.box[1] < a.box[3] && b.box[3] > a.box[1]) pairs.push([a.item, b.item]);
    }
  }
  return pairs;
}
