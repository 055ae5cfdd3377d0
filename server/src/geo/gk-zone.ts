// Which Gauss-Krüger plane measures a parcel (domain.md §6): lon < 112.5° → CM 111°E, else CM 114°E.
// Taiyuan straddles 112.5°E, so the choice follows the parcel's own centroid, never the city.
import type { MultiPolygon, Polygon } from 'geojson';
import { polygonalCentroid } from './centroid';

export const GK_ZONE_BOUNDARY_LON = 112.5;

export function gkSridFor(lon: number): 4546 | 4547 {
  return lon < GK_ZONE_BOUNDARY_LON ? 4546 : 4547;
}

/** The GK plane for a lon/lat (EPSG:4490) parcel geometry. */
export function gkSridForGeometry(geometry: Polygon | MultiPolygon): 4546 | 4547 {
  return gkSridFor(polygonalCentroid(geometry)[0] ?? Number.NaN);
}
