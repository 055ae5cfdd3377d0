// Builds parcels and plans for unit tests from shapes drawn in local Gauss-Krüger metres around
// a Jinzhong site (EPSG:4547, ≈ 112.73 E, 37.68 N), so expected numbers can be read off the shapes.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { ParcelIndicator } from '../../../server/src/domain/indicators';
import { reprojectPosition } from '../../../server/src/geo/reproject';
import type { CheckParcel, SitePlan, SitePlanProperties } from '../../../server/src/checks/site-plan';

export const ORIGIN: Position = [387_000, 4_172_000];

export type Rings = Position[][];

export const rect = (x0: number, y0: number, x1: number, y1: number): Rings => [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];

export const toLonLat = (p: Position): Position => reprojectPosition([(p[0] ?? 0) + (ORIGIN[0] ?? 0), (p[1] ?? 0) + (ORIGIN[1] ?? 0)], 4547, 4490);

export const lonLatPolygon = (rings: Rings): Polygon => ({ type: 'Polygon', coordinates: rings.map((ring) => ring.map(toLonLat)) });

export function indicator(key: ParcelIndicator['key'], comparator: ParcelIndicator['comparator'], value: number | null, extra: Partial<ParcelIndicator> = {}): ParcelIndicator {
  return { key, comparator, value, valueMax: null, textValue: null, unit: '', areaBase: 'gross', ...extra };
}

export function parcel(indicators: ParcelIndicator[], geometry: Polygon | MultiPolygon = lonLatPolygon(rect(0, 0, 200, 200)), extra: Partial<CheckParcel> = {}): CheckParcel {
  return { code: 'TEST-1', geometry, indicators, ...extra };
}

export function feature(id: string, rings: Rings, properties: Omit<SitePlanProperties, 'id'>): Feature<Polygon, SitePlanProperties> {
  return { type: 'Feature', id, properties, geometry: lonLatPolygon(rings) };
}

export function plan(...features: Feature<Polygon | MultiPolygon, SitePlanProperties>[]): SitePlan {
  return { type: 'FeatureCollection', features };
}
