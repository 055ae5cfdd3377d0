import { describe, expect, it } from 'vitest';
import { findSelfIntersection } from '../../../server/src/geo/self-intersection';

const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];

describe('findSelfIntersection', () => {
  it('finds nothing in a simple ring, a ring with a repeated vertex, or a concave ring', () => {
    expect(findSelfIntersection([square])).toBeNull();
    expect(findSelfIntersection([[[0, 0], [10, 0], [10, 0], [10, 10], [0, 10], [0, 0]]])).toBeNull();
    expect(findSelfIntersection([[[0, 0], [20, 0], [20, 10], [10, 10], [10, 20], [0, 20], [0, 0]]])).toBeNull();
  });

  it('locates the crossing of a bow-tie', () => {
    expect(findSelfIntersection([[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]])).toEqual({ point: [5, 5], rings: [0, 0] });
  });

  it('finds a spike that folds back on itself', () => {
    expect(findSelfIntersection([[[0, 0], [10, 0], [10, 10], [10, 15], [10, 5], [0, 10], [0, 0]]])).not.toBeNull();
  });

  it('finds a ring that touches itself at a vertex', () => {
    expect(findSelfIntersection([[[0, 0], [10, 0], [5, 5], [10, 10], [0, 10], [5, 5], [0, 0]]])).not.toBeNull();
  });

  it('finds a hole that crosses the outer ring', () => {
    expect(findSelfIntersection([square, [[5, 5], [15, 5], [15, 8], [5, 8], [5, 5]]])).toMatchObject({ rings: [0, 1] });
  });

  it('allows a hole that touches the outer ring at one point', () => {
    expect(findSelfIntersection([square, [[0, 5], [5, 3], [5, 7], [0, 5]]])).toBeNull();
  });
});
