import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import { loadCatalog } from '../catalog/catalog-loader';
import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { createDemoAccounts } from '../users/demo-accounts';
import { loadDemoCases } from './demo-cases';
import { loadDemoCommitments } from './demo-commitments';
import { loadDemoEvaluation } from './demo-evaluation';
import { loadDemoPolicies } from './demo-policies';

const DEMO_DIR = fileURLToPath(new URL('../../../fixtures/demo/', import.meta.url));
const MARKER = 'demo_data_loaded';

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(`${DEMO_DIR}${file}`, 'utf8')) as T;
}

/**
 * Demo parcels enter the review workflow where their lifecycle suggests: reserve land is still being
 * prepared (every third one waits for review), withdrawn land is withdrawn, the rest is public.
 */
function withDemoWorkflow(f: Feature, index: number): Feature {
  const status = f.properties?.status;
  const workflowState =
    status === 'reserve' ? (index % 3 === 0 ? 'submitted' : 'draft') : status === 'withdrawn' ? 'withdrawn' : 'published';
  return { ...f, properties: { ...f.properties, workflowState } };
}

/** Loads the Shanxi demo data set once; later starts find the marker and leave the data alone. */
export interface DemoOptions {
  /** Signs the demo commitment letters; without it no letters are written. */
  signingMasterKey?: Buffer;
}

export async function loadDemoOnce(db: Db, options: DemoOptions = {}): Promise<{ loaded: boolean; parcels: number }> {
  const catalogLoaded = (await db.query(sql('meta/get-meta'), [MARKER])).rows.length > 0;
  const parcels = readJson<FeatureCollection>('parcels.geojson');
  if (!catalogLoaded) {
    const zones = readJson<FeatureCollection>('zones.geojson');
    const assessments = readJson<Record<string, unknown>[]>('assessments.json');
    // Before the catalog, so an interrupted first start retries it; existing accounts are skipped.
    await createDemoAccounts(db);
    await db.transaction(async (tx) => {
      await loadCatalog(tx, { zones: zones.features, parcels: parcels.features.map(withDemoWorkflow), assessments });
      await tx.query(sql('meta/set-meta'), [MARKER, new Date().toISOString()]);
    });
  }
  // Each later part has its own marker: it runs through the real services, one transaction per record,
  // so an interrupted start resumes with the part that did not finish.
  await onceMarked(db, 'demo_commitments_loaded', options.signingMasterKey !== undefined, () => loadDemoCommitments(db, options.signingMasterKey));
  await onceMarked(db, 'demo_cases_loaded', true, () => loadDemoCases(db));
  await onceMarked(db, 'demo_policies_loaded', true, () => db.transaction(loadDemoPolicies));
  await onceMarked(db, 'demo_evaluation_loaded', true, () => db.transaction(loadDemoEvaluation));
  return { loaded: !catalogLoaded, parcels: catalogLoaded ? 0 : parcels.features.length };
}

async function onceMarked(db: Db, marker: string, enabled: boolean, load: () => Promise<unknown>): Promise<void> {
  if (!enabled || (await db.query(sql('meta/get-meta'), [marker])).rows.length > 0) return;
  await load();
  await db.query(sql('meta/set-meta'), [marker, new Date().toISOString()]);
}
