import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planarArea } from '../../client/src/features/staff/live-area';
import { reprojectGeometry } from '../../server/src/geo/reproject';

/** A w × h metre rectangle on a Gauss-Krüger plane, as EPSG:4490 lon/lat. */
function gkRectangle(srid: 4546 | 4547, x: number, y: number, w: number, h: number): Polygon {
  const ring: Position[] = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
  return reprojectGeometry({ type: 'Polygon', coordinates: [ring] }, srid, 4490);
}

describe('live planar area of an outline', () => {
  it('measures a 60 m square east of 112.5°E as 3,600 m² (5.4 亩) on EPSG:4547', () => {
    const square = gkRectangle(4547, 450_000, 4_175_000, 60, 60);
    const area = planarArea(square);
    expect(area?.srid).toBe(4547);
    expect(area?.m2).toBeCloseTo(3600, 4);
    expect(area?.mu).toBeCloseTo(5.4, 6);
    expect(area?.selfIntersecting).toBe(false);
  });

  it('measures west of 112.5°E on the 111°E plane (EPSG:4546)', () => {
    const rectangle = gkRectangle(4546, 520_000, 4_000_000, 200, 150);
    expect(planarArea(rectangle)).toMatchObject({ srid: 4546 });
    expect(planarArea(rectangle)?.m2).toBeCloseTo(30_000, 3);
  });

  it('subtracts holes and adds the parts of a multipolygon', () => {
    const outer = gkRectangle(4547, 450_000, 4_175_000, 100, 100).coordinates[0] as Position[];
    const hole = gkRectangle(4547, 450_040, 4_175_040, 20, 20).coordinates[0] as Position[];
    const other = gkRectangle(4547, 450_200, 4_175_000, 10, 10).coordinates;
    const area = planarArea({ type: 'MultiPolygon', coordinates: [[outer, hole], other] });
    expect(area?.m2).toBeCloseTo(10_000 - 400 + 100, 3);
  });

  it('flags an outline that crosses itself', () => {
    const [a, b, c, d] = gkRectangle(4547, 450_000, 4_175_000, 60, 60).coordinates[0] as Position[];
    const bowtie: Polygon = { type: 'Polygon', coordinates: [[a as Position, c as Position, b as Position, d as Position, a as Position]] };
    expect(planarArea(bowtie)?.selfIntersecting).toBe(true);
  });

  it('has no area while a drawing has fewer than three corners', () => {
    expect(planarArea({ type: 'Polygon', coordinates: [[[112.6, 37.7], [112.601, 37.7], [112.6, 37.7]]] })).toBeNull();
  });
});
