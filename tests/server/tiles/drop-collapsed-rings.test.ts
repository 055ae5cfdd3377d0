import { describe, expect, it } from 'vitest';
import { dropCollapsedRings } from '../../../server/src/tiles/drop-collapsed-rings';

describe('dropCollapsedRings', () => {
  it('removes consecutive repeated points left by rounding to the tile grid', () => {
    const ring: [number, number][] = [[0, 0], [0, 0], [10, 0], [10, 10], [10, 10], [0, 10], [0, 0]];
    expect(dropCollapsedRings([ring])).toEqual([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]);
  });

  it('drops a hole that rounding collapsed to a line, keeping its exterior', () => {
    // A 1-pixel courtyard at zoom 8: its corners round onto two grid points.
    const outer: [number, number][] = [[120, 3957], [121, 3948], [128, 3949], [127, 3958], [120, 3957]];
    const hole: [number, number][] = [[124, 3954], [124, 3954], [124, 3953], [124, 3953], [124, 3954]];
    expect(dropCollapsedRings([outer, hole])).toEqual([outer]);
  });

  it('drops every ring of a feature rounded to a point', () => {
    expect(dropCollapsedRings([[[5, 5], [5, 5], [5, 5], [5, 5]]])).toEqual([]);
  });
});
