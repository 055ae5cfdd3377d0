import type { Db } from '../db/db';
import type { Bbox, RawQuery } from '../http/query-params';
import { rawList } from '../http/query-params';
import type { ParcelFilter } from '../parcels/parcel-filter';
import { divisionPrefix } from '../parcels/parcel-filter';
import type { Extent, GeometryOutput, ParcelRow } from '../parcels/parcels.repository';
import { parcelExtent, searchParcels } from '../parcels/parcels.repository';
import { listParam } from '../http/query-params';
import { PARCEL_STATUS_CODES } from '../domain/parcel-status';
import { LAND_USE_CODES } from '../domain/land-use';
import { listZones, zoneExtent } from '../zones/zones.repository';

export interface ItemsQuery {
  query: RawQuery;
  bbox?: Bbox;
  geometry: GeometryOutput;
  limit: number;
  offset: number;
  ids?: string[];
}

/** A feature collection the OGC API serves, with its own property filters. */
export interface Collection {
  id: string;
  title: string;
  description: string;
  /** Query parameters that filter by a property of the features. */
  propertyFilters: readonly string[];
  extent(db: Db): Promise<Extent>;
  items(db: Db, q: ItemsQuery): Promise<{ total: number; rows: ParcelRow[] }>;
}

const parcels: Collection = {
  id: 'parcels',
  title: '标准地地块 Standard-land parcels',
  description: '山西省标准地地块：编号、名称、开发区、用地性质、状态、面积（平面，高斯-克吕格投影计算）。',
  propertyFilters: ['code', 'status', 'zoneCode', 'landUseCode', 'divisionCode'],
  extent: (db) => parcelExtent(db),
  items: (db, q) => {
    const filter: ParcelFilter = {};
    const codes = q.ids ?? rawList(q.query, 'code');
    if (codes) filter.codes = codes;
    const statuses = listParam(q.query, 'status', PARCEL_STATUS_CODES);
    if (statuses) filter.statuses = statuses;
    const zones = rawList(q.query, 'zoneCode');
    if (zones) filter.zones = zones;
    const landUses = listParam(q.query, 'landUseCode', LAND_USE_CODES);
    if (landUses) filter.landUses = landUses;
    const division = rawList(q.query, 'divisionCode')?.[0];
    if (division) filter.division = divisionPrefix(division);
    if (q.bbox) filter.bbox = q.bbox;
    // The OGC API is the open-data channel: published parcels only, whoever asks.
    return searchParcels(db, filter, { limit: q.limit, offset: q.offset, sort: 'code', geometry: q.geometry, audience: 'public' });
  },
};

const zones: Collection = {
  id: 'zones',
  title: '开发区 Development zones',
  description: '山西省开发区边界（示意范围）。',
  propertyFilters: ['code'],
  extent: (db) => zoneExtent(db),
  items: (db, q) => {
    const codes = q.ids ?? rawList(q.query, 'code');
    return listZones(db, {
      ...(codes ? { codes } : {}),
      ...(q.bbox ? { bbox: q.bbox } : {}),
      geometry: q.geometry,
      limit: q.limit,
      offset: q.offset,
    });
  },
};

export const COLLECTIONS: readonly Collection[] = [parcels, zones];
