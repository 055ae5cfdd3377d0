// conventions.md "pure core": the metric functions, quarters, scopes and the score import nothing from
// express, pg, PGlite or the database layer, so they run on plain records (and in the browser).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../../server/src/evaluation/', import.meta.url));
const PURE = [
  'metric.ts', 'metric-catalog.ts', 'evaluate.ts', 'evaluation-records.ts', 'evaluation-context.ts', 'quarter.ts', 'scope.ts', 'score.ts', 'worst.ts', 'finding.ts',
  'metrics/completeness.ts', 'metrics/consistency.ts', 'metrics/timeliness.ts',
];
const IMPURE = /^(express|pg|@electric-sql\/.*|node:.*)$|\/(db|http|users|audit|parcels|ogc|tiles|pdf|spreadsheet)\/|\.(repository|service|routes)$/;

describe('pure evaluation core', () => {
  it.each(PURE)('%s imports only pure modules', (file) => {
    const source = readFileSync(`${DIR}${file}`, 'utf8');
    const imported = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    expect(imported.filter((spec) => IMPURE.test(spec))).toEqual([]);
    expect(imported.filter((spec) => !spec.startsWith('.'))).toEqual([]);
  });
});
