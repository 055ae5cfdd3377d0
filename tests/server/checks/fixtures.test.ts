// Turf-style fixture loop: fixtures/checks/<case>/ inputs → expected.json, written by hand.
// REGEN=1 rewrites expected.json from the engine; review the diff before committing it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../server/src/checks/run-checks';
import type { ProjectFigures } from '../../../server/src/checks/check-request.schema';
import { differences, loadFixtureCases, summarizeOutcome } from './fixture-cases';

/** 1e-6 relative: hand values are exact, the engine goes through lon/lat and back. */
const TOLERANCE = 1e-6;
const cases = loadFixtureCases();

describe('check fixtures', () => {
  it('has at least 25 hand-written cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const outcome = runChecks(fixture.parcel, fixture.plan, fixture.figures as ProjectFigures, fixture.options);
    const summary = summarizeOutcome(outcome);
    if (process.env.REGEN === '1') {
      writeFileSync(join(fixture.dir, 'expected.json'), `${JSON.stringify(summary, null, 2)}\n`);
      return;
    }
    expect(fixture.expected, 'expected.json is missing').toBeDefined();
    expect(differences(fixture.expected, summary, TOLERANCE)).toEqual([]);
  });
});
