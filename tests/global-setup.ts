import { existsSync } from 'node:fs';
import { buildClientIfStale } from '../client/build-if-stale';
import { buildPgliteTemplate, buildPgTemplate, type TemplateKind } from './support/templates';

export default async function setup(): Promise<void> {
  const kinds: TemplateKind[] = existsSync('fixtures/demo/parcels.geojson') ? ['empty', 'demo'] : ['empty'];
  for (const kind of kinds) await buildPgliteTemplate(kind);
  const url = process.env.TEST_DATABASE_URL;
  if (url) for (const kind of kinds) await buildPgTemplate(url, kind);
  // Built once here: browser test files run in parallel, and two builds at once empty each other's dist/.
  await buildClientIfStale();
}
