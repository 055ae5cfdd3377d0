// Loads fixtures/checks/<case>/ and reduces a check outcome to the fields expected.json holds.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parcelFromFeature } from '../../../server/src/checks/parcel-feature';
import type { CheckOutcome } from '../../../server/src/checks/run-checks';
import type { CheckParcel } from '../../../server/src/checks/site-plan';

export const FIXTURE_ROOT = fileURLToPath(new URL('../../../fixtures/checks/', import.meta.url));

export interface FixtureCase {
  name: string;
  dir: string;
  parcel: CheckParcel;
  plan: unknown;
  figures: Record<string, unknown>;
  options: { planSrid?: number };
  expected: unknown;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function loadFixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURE_ROOT)
    .filter((name) => statSync(join(FIXTURE_ROOT, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = join(FIXTURE_ROOT, name);
      const optional = (file: string) => (existsSync(join(dir, file)) ? readJson(join(dir, file)) : undefined);
      return {
        name,
        dir,
        parcel: parcelFromFeature(readJson(join(dir, 'parcel.geojson'))),
        plan: readJson(join(dir, 'plan.geojson')),
        figures: (optional('figures.json') ?? {}) as Record<string, unknown>,
        options: (optional('options.json') ?? {}) as { planSrid?: number },
        expected: optional('expected.json'),
      };
    });
}

/** The part of an outcome a fixture pins down (edge coordinates are tested separately). */
export function summarizeOutcome(outcome: CheckOutcome): unknown {
  if (!outcome.ok) {
    const { code, features, reason, candidates } = outcome.error;
    return { error: { code, features, ...(reason ? { reason } : {}), ...(candidates ? { candidates } : {}) } };
  }
  const { verdict, crs, areas, results, warnings } = outcome.report;
  return {
    verdict,
    crs,
    areas,
    results: results.map(({ key, status, reason, actual, margin, features, details }) => ({
      key, status, reason, actual, margin, features,
      details: details.map(({ features: ids, actual: value, edge }) => ({
        features: ids,
        actual: value,
        ...(edge ? { edge: { polygon: edge.polygon, ring: edge.ring, index: edge.index } } : {}),
      })),
    })),
    warnings: warnings.map(({ code, features }) => ({ code, features })),
  };
}

/** Differences between expected and actual, numbers compared with a relative tolerance. */
export function differences(expected: unknown, actual: unknown, tolerance: number, path = '$'): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const close = Math.abs(expected - actual) <= tolerance * Math.max(Math.abs(expected), Math.abs(actual)) + tolerance;
    return close ? [] : [`${path}: expected ${expected}, got ${actual}`];
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return [`${path}: expected ${expected.length} items, got ${actual.length}: ${JSON.stringify(actual)}`];
    return expected.flatMap((e, i) => differences(e, actual[i], tolerance, `${path}[${i}]`));
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && !Array.isArray(expected) && !Array.isArray(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((k) => differences((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], tolerance, `${path}.${k}`));
  }
  return Object.is(expected, actual) || expected === actual ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
