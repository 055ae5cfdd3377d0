// Client bundle size: every file of dist/client, raw and gzip (what the server's compression sends),
// the initial load of the map (index.html and what it links: entry, preloaded chunks, stylesheets) and
// what the service worker precaches for offline use. `npm run bench` prints it with the rest and writes
// it into bench/results.json; `tsx bench/client-bundle.ts` measures only this (and updates that file).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildClientIfStale } from '../client/build-if-stale';

const DIST = fileURLToPath(new URL('../dist/client/', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface ClientBundleReport {
  files: FileSize[];
  /** index.html plus the scripts, preloads and stylesheets it links: what the map needs before it can start. */
  initial: { files: string[]; rawBytes: number; gzipBytes: number };
  /** Everything sw.js precaches (the offline app shell). */
  precache: { files: number; rawBytes: number; gzipBytes: number };
  total: { rawBytes: number; gzipBytes: number };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sum = (sizes: FileSize[]) => ({
  rawBytes: sizes.reduce((n, s) => n + s.rawBytes, 0),
  gzipBytes: sizes.reduce((n, s) => n + s.gzipBytes, 0),
});

/** Same-origin files index.html loads at once: module scripts, module preloads and stylesheets. */
function linkedFromIndex(html: string): string[] {
  const linked = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/([^"]+)"/g)].map((m) => m[1] as string);
  return ['index.html', ...linked.filter((file) => /\.(js|css)$/.test(file))];
}

/** The `url`s of sw.js's precache manifest. */
function precachedBy(serviceWorker: string): string[] {
  return [...new Set([...serviceWorker.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] as string))];
}

export async function measureClientBundle(): Promise<ClientBundleReport> {
  await buildClientIfStale({ log: (line) => console.error(`… ${line}`) });
  const files = filesUnder(DIST)
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(DIST, path), rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const byName = new Map(files.map((f) => [f.file, f]));
  const pick = (names: string[]) => names.map((name) => byName.get(name)).filter((f): f is FileSize => f !== undefined);
  const initialFiles = linkedFromIndex(readFileSync(join(DIST, 'index.html'), 'utf8'));
  const swPath = join(DIST, 'sw.js');
  const precached = existsSync(swPath) ? pick(precachedBy(readFileSync(swPath, 'utf8'))) : [];
  return {
    files,
    initial: { files: initialFiles, ...sum(pick(initialFiles)) },
    precache: { files: precached.length, ...sum(precached) },
    total: sum(files),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function printClientBundle(report: ClientBundleReport): void {
  const rows = [
    ...report.files.map((f) => [f.file, kb(f.rawBytes), kb(f.gzipBytes)]),
    ['— initial load (index.html + linked)', kb(report.initial.rawBytes), kb(report.initial.gzipBytes)],
    [`— service worker precache (${report.precache.files} files)`, kb(report.precache.rawBytes), kb(report.precache.gzipBytes)],
    ['— all of dist/client', kb(report.total.rawBytes), kb(report.total.gzipBytes)],
  ];
  const header = ['client file', 'raw', 'gzip'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureClientBundle()
    .then((report) => {
      printClientBundle(report);
      const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
      writeFileSync(RESULTS, JSON.stringify({ ...previous, clientBundle: { at: new Date().toISOString(), ...report } }, null, 2));
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
