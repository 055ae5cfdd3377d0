// Shared test helpers: fixture loading, result narrowing, and planar measures computed here
// (not by the code under test) so expected areas stay independent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MultiPolygon, Position } from 'geojson';
import { expect } from 'vitest';
import type { GkSrid } from '../../../server/src/geo/crs';
import { reprojectGeometry } from '../../../server/src/geo/reproject';
import type { ImportFailure, ImportOverrides, ImportReadResult, ImportSuccess } from '../../../server/src/imports/import-types';
import { readImport } from '../../../server/src/imports/read-import';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/imports/', import.meta.url));

export function fixtureBytes(path: string): Buffer {
  return readFileSync(join(FIXTURES, path));
}

export function readFixture(path: string, overrides: ImportOverrides = {}): Promise<ImportReadResult> {
  return readImport({ name: path.split('/').pop() as string, bytes: fixtureBytes(path) }, overrides);
}

export function expectOk(result: ImportReadResult): ImportSuccess {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result;
}

export function expectFailure(result: ImportReadResult): ImportFailure {
  if (result.ok) throw new Error(`expected a failure, got ${result.features.length} features`);
  return result;
}

/** Shoelace on a ring, relative to its first vertex (GK magnitudes would eat the digits). */
function ringArea(ring: Position[]): number {
  const [x0 = 0, y0 = 0] = ring[0] ?? [];
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax = 0, ay = 0] = ring[i] ?? [];
    const [bx = 0, by = 0] = ring[i + 1] ?? [];
    twice += (ax - x0) * (by - y0) - (bx - x0) * (ay - y0);
  }
  return Math.abs(twice / 2);
}

/** Planar area in m² of a lon/lat multipolygon, measured on the given GK plane. */
export function gkAreaM2(geometry: MultiPolygon | null, srid: GkSrid): number {
  expect(geometry).not.toBeNull();
  const gk = reprojectGeometry(geometry as MultiPolygon, 4490, srid);
  return gk.coordinates.reduce((sum, rings) => sum + rings.reduce((s, ring, i) => s + (i === 0 ? 1 : -1) * ringArea(ring), 0), 0);
}

/** Largest distance in metres between corresponding vertices of two lon/lat multipolygons on a
 *  GK plane. Rings may come back reversed (Shapefile winding), so either direction is accepted. */
export function maxVertexShiftM(a: MultiPolygon, b: MultiPolygon, srid: GkSrid): number {
  const ga = reprojectGeometry(a, 4490, srid).coordinates;
  const gb = reprojectGeometry(b, 4490, srid).coordinates;
  expect(gb.length).toBe(ga.length);
  let worst = 0;
  ga.forEach((rings, p) => {
    expect(gb[p]?.length).toBe(rings.length);
    rings.forEach((ring, r) => {
      const other = gb[p]?.[r] ?? [];
      expect(other.length).toBe(ring.length);
      const shift = (candidate: Position[]) => Math.max(...ring.map((q, i) => Math.hypot((q[0] ?? 0) - (candidate[i]?.[0] ?? Infinity), (q[1] ?? 0) - (candidate[i]?.[1] ?? Infinity))));
      worst = Math.max(worst, Math.min(shift(other), shift([...other].reverse())));
    });
  });
  return worst;
}
