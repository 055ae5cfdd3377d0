// After rounding to the tile grid, small rings can collapse (a 1-pixel hole at zoom 8 becomes a line
// of repeated points). ST_AsMVTGeom removes repeated points and drops what collapsed when it snaps to the
// grid; this does the same to geojson-vt's output so both paths carry the same rings.

export type TileRing = [number, number][];

/** The rings without consecutive repeated points and without rings that enclose no area. */
export function dropCollapsedRings(rings: readonly TileRing[]): TileRing[] {
  const kept: TileRing[] = [];
  for (const ring of rings) {
    const tidy = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]?.[0] || p[1] !== ring[i - 1]?.[1]);
    if (signedArea(tidy) !== 0) kept.push(tidy);
  }
  return kept;
}

/** Shoelace area in tile units; the sign tells exterior rings from holes (MVT spec 4.3.4.4). */
function signedArea(ring: TileRing): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[(i + 1) % ring.length] as [number, number];
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}
