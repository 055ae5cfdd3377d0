// The development zones for a staff map (outline layer) and for snapping (a parcel's own zone).
import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import type { Zone } from '../../lib/api-types';
import { useZones } from '../../lib/queries';
import { zoneFeatureCollection } from '../../map/zone-features';

export function useZoneFeatures(): { collection: FeatureCollection | null; zones: readonly Zone[] } {
  const zones = useZones();
  const collection = useMemo(() => (zones.data ? zoneFeatureCollection(zones.data.items) : null), [zones.data]);
  return { collection, zones: zones.data?.items ?? [] };
}
