// Ring winding: GeoJSON (RFC 7946 §3.1.6) wants outer rings counter-clockwise, ESRI Shapefiles
// want them clockwise. The sign of the shoelace area decides; it holds on lon/lat as on metres.
import { ringSignedAreaM2 } from '../geo/planar-area';
import type { Ring } from '../geo/polygonal';

export function orientRing(ring: Ring, counterClockwise: boolean): Ring {
  return ringSignedAreaM2(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}
