// The area of an outline as the catalog measures it (domain.md §6): reprojected to its own
// Gauss-Krüger plane and measured with the shoelace there, by the same pure functions the server
// uses (server/src/geo). Never turf.area, which is spherical.
import type { MultiPolygon, Polygon } from 'geojson';
import { M2_PER_MU } from '../../../../server/src/domain/indicators';
import { gkSridForGeometry } from '../../../../server/src/geo/gk-zone';
import { polygonalAreaM2 } from '../../../../server/src/geo/planar-area';
import { polygonsOf } from '../../../../server/src/geo/polygonal';
import { reprojectGeometry } from '../../../../server/src/geo/reproject';
import { findSelfIntersection } from '../../../../server/src/geo/self-intersection';

export interface PlanarArea {
  m2: number;
  mu: number;
  /** The Gauss-Krüger plane measured on (EPSG:4546 west of 112.5°E, 4547 east of it). */
  srid: 4546 | 4547;
  /** The outline crosses itself: the area is meaningless and the server would refuse it. */
  selfIntersecting: boolean;
}

/** Planar area of an EPSG:4490 outline; null while it is not yet a polygon (fewer than 3 corners). */
export function planarArea(geometry: Polygon | MultiPolygon): PlanarArea | null {
  const rings = polygonsOf(geometry);
  if (rings.length === 0 || rings.every((polygon) => (polygon[0]?.length ?? 0) < 4)) return null;
  const srid = gkSridForGeometry(geometry);
  const plane = reprojectGeometry(geometry, 4490, srid);
  const m2 = polygonalAreaM2(plane);
  const selfIntersecting = polygonsOf(plane).some((polygon) => findSelfIntersection(polygon) !== null);
  return { m2, mu: m2 / M2_PER_MU, srid, selfIntersecting };
}
