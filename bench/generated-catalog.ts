import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CatalogData } from '../server/src/catalog/catalog-loader';

/** The deterministic benchmark catalog of `n` parcels, generated on first use into .cache/generated. */
export function generatedCatalog(n: number): CatalogData {
  const parcelsFile = `.cache/generated/parcels-${n}.ndjson`;
  const zonesFile = `.cache/generated/zones-${n}.geojson`;
  if (!existsSync(parcelsFile) || !existsSync(zonesFile)) {
    execFileSync('npx', ['tsx', 'fixtures/generate.ts', '--parcels', String(n), '--out', parcelsFile], { stdio: 'inherit' });
  }
  const zones = (JSON.parse(readFileSync(zonesFile, 'utf8')) as FeatureCollection).features as Feature<Geometry>[];
  const parcels = readFileSync(parcelsFile, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Feature<Geometry>)
    // The read path under test is the public one, which shows published parcels only.
    .map((f) => ({ ...f, properties: { ...f.properties, workflowState: 'published' } }));
  return { zones, parcels, assessments: [] };
}
