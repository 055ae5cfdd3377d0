import { describe, expect, it } from 'vitest';
import { tileAt } from '../../../server/src/tiles/tile-at';

describe('tileAt', () => {
  it('finds the XYZ tile of a point, y counted from the north', () => {
    expect(tileAt(0, 0, 0)).toEqual({ z: 0, x: 0, y: 0 });
    expect(tileAt(-0.1, 0.1, 1)).toEqual({ z: 1, x: 0, y: 0 });
    expect(tileAt(0.1, -0.1, 1)).toEqual({ z: 1, x: 1, y: 1 });
    // Taiyuan, 山西转型综合改革示范区 (tile checked against ST_TileEnvelope(14, 13314, 6334)).
    expect(tileAt(112.5595, 37.7509, 14)).toEqual({ z: 14, x: 13314, y: 6334 });
  });
});
