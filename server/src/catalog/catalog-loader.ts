import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';

export interface CatalogData {
  zones: Feature<Geometry>[];
  parcels: Feature<Geometry | null>[];
  assessments: Record<string, unknown>[];
}

// Batches keep each JSON parameter a few MB, whatever the data set's size.
const BATCH = 2000;

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

/** Writes zones, parcels with their indicators, and assessments. Call inside a transaction. */
export async function loadCatalog(tx: Queryable, data: CatalogData, who = 'system'): Promise<void> {
  for (const chunk of batches(data.zones)) await tx.query(sql('catalog/insert-zones'), [JSON.stringify(chunk)]);
  for (const chunk of batches(data.parcels)) {
    const json = JSON.stringify(chunk);
    await tx.query(sql('catalog/insert-parcels'), [json, who]);
    await tx.query(sql('catalog/insert-indicators'), [json]);
  }
  for (const chunk of batches(data.assessments)) await tx.query(sql('catalog/insert-assessments'), [JSON.stringify(chunk)]);
}

export function featuresOf(collection: FeatureCollection): Feature<Geometry>[] {
  return collection.features as Feature<Geometry>[];
}
