// Builds the client with Vite's JS API when dist/client/index.html is missing or older than any
// source it is made from. `npm start` runs this first, so a fresh clone serves the map.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(ROOT, 'dist/client/index.html');
// Written last, after the bundle (vite-plugin-pwa's closeBundle; emptyOutDir removes it first): a build
// that stopped half-way leaves it missing and counts as stale.
const SERVICE_WORKER = join(ROOT, 'dist/client/sw.js');

/** Everything the bundle is built from: the client, the shared pure server code, the basemap, the lockfile. */
// The client imports pure server modules (code lists, checks, calendars): every folder it reaches into.
// tests/client/build-sources.test.ts keeps this list in step with the client's imports.
export const CLIENT_SOURCES = [
  'client', 'server/src/domain', 'server/src/checks', 'server/src/geo', 'server/src/imports', 'server/src/users',
  'server/src/calendar', 'server/src/cases', 'server/src/commitments', 'server/src/enterprises', 'server/src/evaluation',
  'server/src/parcel-imports', 'server/src/policies', 'server/src/approval-items', 'server/src/improvement-actions',
  'server/src/materials', 'server/src/pdf', 'fixtures/basemap', 'package-lock.json',
];

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  return newest;
}

/** Why a build is needed, or null when dist/client is up to date. */
export function staleReason(): string | null {
  if (!existsSync(OUTPUT)) return 'dist/client/index.html is missing';
  if (!existsSync(SERVICE_WORKER)) return 'dist/client/sw.js is missing';
  const builtAt = statSync(OUTPUT).mtimeMs;
  const changed = CLIENT_SOURCES.find((source) => newestMtimeMs(join(ROOT, source)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

export interface BuildOutcome {
  built: boolean;
  reason: string | null;
  ms: number;
}

/** Runs `vite build` in-process when the output is stale (or always with `force`). */
export interface BuildOptions {
  force?: boolean;
  log?: (line: string) => void;
}

export async function buildClientIfStale({ force = false, log = (line) => void process.stdout.write(`${line}\n`) }: BuildOptions = {}): Promise<BuildOutcome> {
  const reason = force ? 'forced' : staleReason();
  if (reason === null) return { built: false, reason, ms: 0 };
  const started = performance.now();
  log(`building the client (${reason}) …`);
  const [{ build }, { default: config }] = await Promise.all([import('vite'), import('./vite.config')]);
  // Vitest sets NODE_ENV=test, which would make React's development build; the server only ever serves
  // the production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...config, configFile: false, mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const ms = Math.round(performance.now() - started);
  log(`client built in ${(ms / 1000).toFixed(1)} s → dist/client`);
  return { built: true, reason, ms };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildClientIfStale({ force: process.argv.includes('--force') }).catch((err: unknown) => {
    process.stderr.write(`Client build failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
