// The vector tile layers the map can load (矢量切片图层): one place that names each layer, its SQL, its
// zoom range and the attributes its features carry, so TileJSON, tiles and tests agree.
import { HttpError } from '../http/http-error';

export interface TileLayer {
  /** Layer name inside the tile and in the URL. */
  id: 'parcels' | 'zones';
  /** `sql/queries/<query>.sql`: the features of one tile, as an MVT ('sql') or as GeoJSON ('node'). */
  query: string;
  name: string;
  description: string;
  minzoom: number;
  /** Clients overzoom past this; parcels need street level, zone outlines do not. */
  maxzoom: number;
  /** TileJSON `vector_layers[].fields`: attribute name → type and meaning. */
  fields: Record<string, string>;
  /** The query takes a 5th parameter, "staff audience", because the public sees published features only. */
  byAudience: boolean;
}

const PARCELS: TileLayer = {
  id: 'parcels',
  query: 'tiles/parcels',
  name: '标准地地块',
  description: '山西省标准地地块（feature id = 地块内部编号）',
  // Below zoom 10 a parcel is a pixel or two and a tile can hold tens of thousands of them (2.4 MB at
  // zoom 5 with 100k parcels): the map shows zones there instead.
  minzoom: 10,
  maxzoom: 18,
  byAudience: true,
  fields: {
    code: 'String: 地块编码 parcel code',
    status: 'String: 地块状态 status (reserve, published, listed, …)',
    landUse: 'String: 用地类型代码 land-use code',
    areaMu: 'Number: 面积（亩），两位小数 area in mu',
  },
};

const ZONES: TileLayer = {
  id: 'zones',
  query: 'tiles/zones',
  name: '开发区',
  description: '山西省开发区范围',
  minzoom: 0,
  maxzoom: 14,
  byAudience: false,
  fields: {
    code: 'String: 开发区编码 zone code',
    name: 'String: 开发区名称 zone name',
    level: 'String: 级别 national | provincial',
  },
};

const TILE_LAYERS: readonly TileLayer[] = [PARCELS, ZONES];

export type TileLayerId = TileLayer['id'];

export function tileLayer(id: string): TileLayer {
  const layer = TILE_LAYERS.find((l) => l.id === id);
  if (!layer) throw new HttpError(404, 'LAYER_NOT_FOUND', `No tile layer is called "${id}".`, { param: 'layer' });
  return layer;
}
