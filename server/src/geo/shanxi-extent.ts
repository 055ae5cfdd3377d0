// Sanity ranges for Shanxi coordinates (domain.md §6: lon 110.23–114.55, lat 34.57–40.73,
// GK northing ≈ 3 826 000–4 512 000); margins keep parcels on the border inside.

/** [minLon, minLat, maxLon, maxLat] in EPSG:4490. */
export const SHANXI_BBOX = [110.2, 34.5, 114.6, 40.8] as const;
export type Bbox = readonly [number, number, number, number];

export const GK_NORTHING_RANGE_M = [3_800_000, 4_520_000] as const;
/** Easting without the zone prefix: 500 000 ± the ~1.6° half-width of a 3° zone at Shanxi latitudes. */
export const GK_EASTING_RANGE_M = [300_000, 700_000] as const;
export function inRange(value: number, [min, max]: readonly [number, number]): boolean {
  return value >= min && value <= max;
}

export function inBbox(x: number, y: number, bbox: Bbox = SHANXI_BBOX): boolean {
  return x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3];
}
