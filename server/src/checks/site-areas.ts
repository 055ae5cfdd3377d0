// The plan's land areas, each a union so that overlapping features never count twice.
import { bboxOf, overlappingBoxPairs } from '../geo/bbox-pairs';
import { polygonalAreaM2 } from '../geo/planar-area';
import { toMultiPolygon, unionOf } from '../geo/polygon-clipping';
import { type Measure, measured, unmeasured } from './measure';
import type { PlanarFeature } from './planar-scene';
import { CHECK_REASONS } from './reasons';
import type { FeatureKind } from './site-plan';

export interface SiteAreas {
  buildingFootprint: Measure;
  /** 建筑系数 numerator: buildings + structures + yards (2008 notes). */
  coverageFootprint: Measure;
  green: Measure;
  adminLand: Measure;
}

function unionAreaOf(features: readonly PlanarFeature[]): Measure {
  const invalid = features.filter((f) => f.problem).map((f) => f.id);
  if (invalid.length > 0) return unmeasured(CHECK_REASONS.INVALID_FOOTPRINT, invalid, 'footprints that cross themselves or have no area cannot be measured');
  // Polygons whose boxes do not overlap cannot overlap either: their areas simply add up (fast for
  // big plans). Parts of one multipolygon are compared too, as they may overlap each other.
  const parts = features.flatMap((f) => f.polygons);
  if (overlappingBoxPairs(parts, (rings) => bboxOf({ type: 'Polygon', coordinates: rings })).length === 0) {
    return measured(features.reduce((sum, f) => sum + f.areaM2, 0));
  }
  const union = unionOf(features.map((f) => f.planar));
  if (!union.ok) return unmeasured(CHECK_REASONS.GEOMETRY_OPERATION_FAILED, features.map((f) => f.id), union.message);
  return measured(polygonalAreaM2(toMultiPolygon(union.polygons)));
}

export function ofKinds(features: readonly PlanarFeature[], ...kinds: FeatureKind[]): PlanarFeature[] {
  return features.filter((f) => kinds.includes(f.kind));
}

export function measureSiteAreas(features: readonly PlanarFeature[]): SiteAreas {
  const buildingFootprint = unionAreaOf(ofKinds(features, 'building'));
  const structuresAndYards = ofKinds(features, 'structure', 'yard');
  return {
    buildingFootprint,
    coverageFootprint: structuresAndYards.length === 0 ? buildingFootprint : unionAreaOf(ofKinds(features, 'building', 'structure', 'yard')),
    green: unionAreaOf(ofKinds(features, 'green')),
    adminLand: unionAreaOf(ofKinds(features, 'admin_facility')),
  };
}
