import { describe, expect, it } from 'vitest';
import { distanceToSegmentsM, nearestEdge } from '../../../server/src/geo/nearest-edge';
import { pointSegmentDistanceM, segmentDistanceM, segmentsIntersect } from '../../../server/src/geo/planar-distance';
import { pointInPolygons } from '../../../server/src/geo/point-in-polygon';

const rect = (x0: number, y0: number, x1: number, y1: number) => [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];

describe('planar distances', () => {
  it('measures point–segment distance to the interior and to the ends', () => {
    expect(pointSegmentDistanceM([5, 3], [0, 0], [10, 0])).toBe(3);
    expect(pointSegmentDistanceM([13, 4], [0, 0], [10, 0])).toBe(5);
    expect(pointSegmentDistanceM([3, 4], [0, 0], [0, 0])).toBe(5);
  });

  it('measures segment–segment distance, zero when they cross or touch', () => {
    expect(segmentDistanceM([0, 0], [10, 0], [0, 5], [10, 5])).toBe(5);
    expect(segmentDistanceM([0, 0], [10, 10], [0, 10], [10, 0])).toBe(0);
    expect(segmentsIntersect([0, 0], [10, 0], [10, 0], [10, 5])).toBe(true);
    expect(segmentsIntersect([0, 0], [10, 0], [11, 0], [20, 0])).toBe(false);
  });

  it('finds the nearest parcel edge, first in ring order on a tie', () => {
    const parcel = [rect(0, 0, 200, 200)[0] ?? []];
    expect(nearestEdge([parcel], [rect(142, 20, 192, 120)])).toEqual({ distanceM: 8, polygon: 0, ring: 0, index: 1 });
    expect(nearestEdge([parcel], [rect(20, 20, 120, 110)])).toEqual({ distanceM: 20, polygon: 0, ring: 0, index: 0 });
  });

  it('distance from a point to a boundary', () => {
    expect(distanceToSegmentsM([50, 50], [[[0, 0], [100, 0]], [[100, 0], [100, 100]]])).toBe(50);
  });

  it('treats holes as outside and multipolygon parts as inside', () => {
    const withHole = [[...rect(0, 0, 100, 100), ...rect(40, 40, 60, 60)]];
    expect(pointInPolygons([20, 20], withHole)).toBe(true);
    expect(pointInPolygons([50, 50], withHole)).toBe(false);
    expect(pointInPolygons([170, 50], [rect(0, 0, 100, 100), rect(150, 0, 200, 100)])).toBe(true);
  });
});
