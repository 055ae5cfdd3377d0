// GeoJSON FeatureCollection of parcels (RFC 7946: lon/lat, no crs member; CGCS2000 ≈ WGS84).
// Nine decimals keep the stored 1e-9° precision, so export → import is lossless; seven (≈ 1 cm,
// the tile/API precision) would not survive a 1 mm round trip.
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { ExportParcel } from './import-types';
import { roundLonLat } from './to-lonlat';

function featureOf(parcel: ExportParcel): Feature<MultiPolygon> {
  const { geometry, declaredAreaM2, indicators, ...attributes } = parcel;
  return {
    type: 'Feature',
    id: parcel.code,
    properties: {
      ...attributes,
      ...(declaredAreaM2 !== undefined && declaredAreaM2 !== null ? { declaredAreaM2 } : {}),
      ...(indicators ? { indicators } : {}),
    },
    geometry: { type: 'MultiPolygon', coordinates: geometry.coordinates.map((rings) => rings.map((ring) => ring.map(roundLonLat))) },
  };
}

export function exportGeoJson(parcels: readonly ExportParcel[]): Buffer {
  const collection: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: parcels.map(featureOf) };
  return Buffer.from(JSON.stringify(collection), 'utf8');
}
