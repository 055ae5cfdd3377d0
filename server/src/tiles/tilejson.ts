// TileJSON 3.0.0 (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0) for one tile layer.
import type { TileLayer } from './tile-layers';

// Shanxi's extent (about 110.2°–114.6°E, 34.5°–40.8°N); the centre shows the whole province.
const SHANXI_BOUNDS = [110.2, 34.5, 114.6, 40.8] as const;
const SHANXI_CENTER = [112.4, 37.7, 7] as const;
const ATTRIBUTION = '© 山西省标准地一张图';

interface TileJson {
  tilejson: '3.0.0';
  name: string;
  description: string;
  attribution: string;
  scheme: 'xyz';
  tiles: string[];
  minzoom: number;
  maxzoom: number;
  bounds: readonly number[];
  center: readonly number[];
  vector_layers: { id: string; description: string; minzoom: number; maxzoom: number; fields: Record<string, string> }[];
}

/** `tilesUrl` is the absolute URL of the tile folder, e.g. `https://atlas.example/tiles/parcels`. */
export function tileJson(layer: TileLayer, tilesUrl: string): TileJson {
  return {
    tilejson: '3.0.0',
    name: layer.name,
    description: layer.description,
    attribution: ATTRIBUTION,
    scheme: 'xyz',
    tiles: [`${tilesUrl}/{z}/{x}/{y}.mvt`],
    minzoom: layer.minzoom,
    maxzoom: layer.maxzoom,
    bounds: SHANXI_BOUNDS,
    center: SHANXI_CENTER,
    vector_layers: [
      { id: layer.id, description: layer.description, minzoom: layer.minzoom, maxzoom: layer.maxzoom, fields: layer.fields },
    ],
  };
}
