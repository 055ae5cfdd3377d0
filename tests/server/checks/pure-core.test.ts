// conventions.md: checks/ and geo/ are pure, so the browser can run them. cli.ts is the one edge.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ALLOWED = ['@turf/turf', 'proj4', 'zod', 'geojson'];
const folders = ['../../../server/src/checks/', '../../../server/src/geo/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

describe('pure core', () => {
  const files = folders.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'cli.ts').map((f) => `${dir}${f}`));

  it.each(files)('%s imports only pure modules', (file) => {
    const source = readFileSync(file, 'utf8');
    const imported = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    const external = imported.filter((spec) => !spec.startsWith('.'));
    expect(external.filter((spec) => !ALLOWED.includes(spec))).toEqual([]);
    expect(imported.filter((spec) => spec.startsWith('..') && !/^\.\.\/(geo|domain)\//.test(spec))).toEqual([]);
  });
});
