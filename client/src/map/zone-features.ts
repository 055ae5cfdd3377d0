// Development zones (from /api/zones?geometry=true) as the feature collection the maps draw.
import type { FeatureCollection } from 'geojson';
import type { Zone } from '../lib/api-types';

export function zoneFeatureCollection(zones: readonly Zone[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: zones.flatMap((z) => (z.geometry ? [{ type: 'Feature' as const, id: z.code, properties: { code: z.code, name: z.name, level: z.level }, geometry: z.geometry }] : [])),
  };
}
