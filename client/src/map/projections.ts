// proj4 knows CGCS2000 (EPSG:4490) and its Gauss-Krüger planes with exactly the definitions PostGIS
// stores (server/src/geo/crs.ts); OpenLayers learns them from proj4 once, before any layer exists.
import GeoJSON from 'ol/format/GeoJSON';
import { register } from 'ol/proj/proj4';
import proj4 from 'proj4';
import { registerCrs } from '../../../server/src/geo/crs';

export const DATA_PROJECTION = 'EPSG:4490';
export const VIEW_PROJECTION = 'EPSG:3857';

let done = false;

export function registerProjections(): void {
  if (done) return;
  registerCrs();
  register(proj4);
  done = true;
}

let format: GeoJSON | null = null;

/**
 * GeoJSON in EPSG:4490 ↔ map features in EPSG:3857. The format resolves its projections when it is
 * constructed, so it must not exist before registration (a module-level `new GeoJSON(...)` would
 * silently skip the transform).
 */
export function lonLatGeoJson(): GeoJSON {
  registerProjections();
  format ??= new GeoJSON({ dataProjection: DATA_PROJECTION, featureProjection: VIEW_PROJECTION });
  return format;
}
