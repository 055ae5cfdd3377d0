// Builds one MVT in Node from the features PostGIS found for that tile: the path for databases without
// ST_AsMVT (PGlite). The output is meant to match ST_AsMVTGeom(extent 4096, buffer 64, clip) within a pixel.
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { dropCollapsedRings } from './drop-collapsed-rings';

const TILE_EXTENT = 4096;
const TILE_BUFFER = 64;

// ST_AsMVTGeom drops vertices closer than half a pixel and Douglas-Peucker-simplifies at half a pixel
// before snapping to the grid; the same tolerance here keeps both paths' vertices within a pixel.
const TOLERANCE_PX = 0.5;

// geojson-vt 5 never simplifies a tile at its index's maxZoom (tolerance is forced to 0 there), so the
// index ends at its deepest zoom and the requested tile is drilled down to. 24 also puts geojson-vt's
// storage in unquantised doubles, so each vertex is rounded once, to the tile grid, as PostGIS does.
const INDEX_MAX_ZOOM = 24;

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/** The MVT bytes of one tile of the `source` features (lon/lat, CGCS2000 ≈ WGS84 for display); empty if none reach it. */
export function encodeTile(layerName: string, source: Feature[], { z, x, y }: TileCoord): Uint8Array {
  if (source.length === 0) return new Uint8Array(0);
  // A fresh index per tile, over that tile's features only: small, and never stale after a publish.
  const index = new GeoJSONVT(
    { type: 'FeatureCollection', features: source },
    { maxZoom: INDEX_MAX_ZOOM, tolerance: TOLERANCE_PX, extent: TILE_EXTENT, buffer: TILE_BUFFER },
  );
  const features = (index.getTile(z, x, y)?.features ?? [])
    .map((f) => (f.type === 3 ? { ...f, geometry: dropCollapsedRings(f.geometry) } : f))
    .filter((f) => f.geometry.length > 0);
  if (features.length === 0) return new Uint8Array(0);
  return fromGeojsonVt({ [layerName]: { features } }, { version: 2, extent: TILE_EXTENT });
}
