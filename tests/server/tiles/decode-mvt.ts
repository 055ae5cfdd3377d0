// Test helper: reads one layer of an MVT back into plain features, via the reference decoder.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

export type TileRing = [number, number][];

export interface DecodedFeature {
  id: number | undefined;
  properties: Record<string, unknown>;
  /** Polygon rings in tile units (0–4096 plus buffer), closed, as the decoder returns them. */
  rings: TileRing[];
}

export function decodeLayer(mvt: Uint8Array, layer: string): DecodedFeature[] {
  if (mvt.length === 0) return [];
  const decoded = new VectorTile(new PbfReader(mvt)).layers[layer];
  if (!decoded) return [];
  const features: DecodedFeature[] = [];
  for (let i = 0; i < decoded.length; i++) {
    const f = decoded.feature(i);
    features.push({
      id: f.id,
      properties: { ...f.properties },
      rings: f.loadGeometry().map((ring) => ring.map((p): [number, number] => [p.x, p.y])),
    });
  }
  return features;
}
