import { describe, expect, it } from 'vitest';
import { SHANXI_BBOX } from '../../../server/src/geo/shanxi-extent';
import { GEOMETRY_REASONS, validateGeometry } from '../../../server/src/geo/validate-geometry';

const ring = [[112.7, 37.7], [112.71, 37.7], [112.71, 37.71], [112.7, 37.71], [112.7, 37.7]];
const polygon = (coordinates: unknown) => ({ type: 'Polygon', coordinates });

describe('validateGeometry', () => {
  it('accepts a closed 2D polygon and counts its positions', () => {
    expect(validateGeometry(polygon([ring]))).toMatchObject({ valid: true, positionCount: 5 });
  });

  it('accepts 3D positions and multipolygons', () => {
    const ring3d = ring.map(([x, y]) => [x, y, 800]);
    expect(validateGeometry({ type: 'MultiPolygon', coordinates: [[ring3d], [ring]] })).toMatchObject({ valid: true, positionCount: 10 });
  });

  it.each([
    ['a non-object', 'POLYGON((0 0))', GEOMETRY_REASONS.NOT_A_GEOMETRY],
    ['a point', { type: 'Point', coordinates: [112.7, 37.7] }, GEOMETRY_REASONS.UNSUPPORTED_TYPE],
    ['a polygon without rings', polygon([]), GEOMETRY_REASONS.EMPTY_GEOMETRY],
    ['a multipolygon without polygons', { type: 'MultiPolygon', coordinates: [] }, GEOMETRY_REASONS.EMPTY_GEOMETRY],
    ['coordinates that are not arrays', polygon('x'), GEOMETRY_REASONS.BAD_STRUCTURE],
    ['a string coordinate', polygon([[['112.7', 37.7], ...ring.slice(1)]]), GEOMETRY_REASONS.BAD_POSITION],
    ['a 4D position', polygon([[[112.7, 37.7, 1, 2], ...ring.slice(1)]]), GEOMETRY_REASONS.BAD_POSITION],
    ['Infinity', polygon([[[Number.POSITIVE_INFINITY, 37.7], ...ring.slice(1)]]), GEOMETRY_REASONS.NON_FINITE_COORDINATE],
    ['NaN', polygon([[[112.7, Number.NaN], ...ring.slice(1)]]), GEOMETRY_REASONS.NON_FINITE_COORDINATE],
    ['a 3-position ring', polygon([[[112.7, 37.7], [112.71, 37.7], [112.7, 37.7]]]), GEOMETRY_REASONS.RING_TOO_SHORT],
    ['an unclosed ring', polygon([ring.slice(0, 4).concat([[112.7, 37.705]])]), GEOMETRY_REASONS.RING_NOT_CLOSED],
  ])('rejects %s', (_label, value, reason) => {
    expect(validateGeometry(value)).toMatchObject({ valid: false, reason });
  });

  it('names where the problem is', () => {
    const result = validateGeometry(polygon([ring, [[112.701, 37.701], [112.702, 37.701], [112.701, 37.701]]]));
    expect(result).toMatchObject({ valid: false, reason: GEOMETRY_REASONS.RING_TOO_SHORT, path: ['coordinates', 1] });
  });

  it('stops at the position limit', () => {
    expect(validateGeometry(polygon([ring]), { maxPositions: 4 })).toMatchObject({ valid: false, reason: GEOMETRY_REASONS.TOO_MANY_VERTICES });
    expect(validateGeometry(polygon([ring]), { maxPositions: 5 })).toMatchObject({ valid: true });
  });

  it('checks the range when given a box', () => {
    expect(validateGeometry(polygon([ring]), { bbox: SHANXI_BBOX })).toMatchObject({ valid: true });
    const beijing = ring.map(([x = 0, y = 0]) => [x + 3.7, y + 2.2]);
    expect(validateGeometry(polygon([beijing]), { bbox: SHANXI_BBOX })).toMatchObject({ valid: false, reason: GEOMETRY_REASONS.OUT_OF_RANGE });
  });
});
