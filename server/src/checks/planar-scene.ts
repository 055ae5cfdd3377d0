// Puts the parcel and every plan feature on one plane: the parcel's GK zone, shifted so the
// parcel's first vertex is near the origin (polygon clipping keeps more digits on small numbers;
// areas and distances do not change under a shift).
import type { Position } from 'geojson';
import type { GkSrid, SupportedSrid } from '../geo/crs';
import { gkSridForGeometry } from '../geo/gk-zone';
import { polygonalAreaM2 } from '../geo/planar-area';
import { type PolygonRings, type Polygonal, mapPolygonal, polygonsOf } from '../geo/polygonal';
import { positionTransform } from '../geo/reproject';
import { findSelfIntersection } from '../geo/self-intersection';
import { DEGENERATE_AREA_M2 } from './limits';
import { WARNING_CODES, type WarningCode } from './reasons';
import type { CheckParcel, PlanFeature } from './site-plan';

export interface FootprintProblem {
  code: WarningCode;
  message: string;
}

export interface PlanarFeature extends PlanFeature {
  planar: Polygonal;
  polygons: PolygonRings[];
  areaM2: number;
  /** Set when the footprint cannot be measured; never repaired (security.md). */
  problem: FootprintProblem | null;
}

export interface PlanarScene {
  srid: GkSrid;
  parcel: { source: Polygonal; planar: Polygonal; polygons: PolygonRings[]; areaM2: number };
  features: PlanarFeature[];
}

function footprintProblem(polygons: PolygonRings[], areaM2: number, toInput: (p: Position) => Position): FootprintProblem | null {
  for (const rings of polygons) {
    const crossing = findSelfIntersection(rings);
    if (crossing) {
      const [x = 0, y = 0] = toInput(crossing.point);
      return { code: WARNING_CODES.SELF_INTERSECTING_FOOTPRINT, message: `boundary crosses itself near ${x}, ${y}` };
    }
  }
  if (areaM2 < DEGENERATE_AREA_M2) {
    return { code: WARNING_CODES.DEGENERATE_FOOTPRINT, message: `footprint area ${areaM2} m² is below ${DEGENERATE_AREA_M2} m²` };
  }
  return null;
}

export function buildPlanarScene(parcel: CheckParcel, features: readonly PlanFeature[], planSrid: SupportedSrid | null): PlanarScene {
  const srid = gkSridForGeometry(parcel.geometry);
  const parcelToGk = positionTransform(4490, srid);
  const first = parcel.geometry.type === 'Polygon' ? parcel.geometry.coordinates[0]?.[0] : parcel.geometry.coordinates[0]?.[0]?.[0];
  const [ox = 0, oy = 0] = first ? parcelToGk(first) : [0, 0];
  const origin = [Math.round(ox), Math.round(oy)] as const;
  const toLocal = (p: Position): Position => [(p[0] as number) - origin[0], (p[1] as number) - origin[1]];

  const parcelPlanar = mapPolygonal(parcel.geometry, (p) => toLocal(parcelToGk(p)));
  const planToGk = positionTransform(planSrid ?? 4490, srid);
  const gkToPlan = positionTransform(srid, planSrid ?? 4490);
  const toInput = (p: Position): Position => gkToPlan([(p[0] as number) + origin[0], (p[1] as number) + origin[1]]);

  return {
    srid,
    parcel: {
      source: parcel.geometry,
      planar: parcelPlanar,
      polygons: polygonsOf(parcelPlanar),
      areaM2: polygonalAreaM2(parcelPlanar),
    },
    features: features.map((feature) => {
      const planar = mapPolygonal(feature.geometry, (p) => toLocal(planToGk(p)));
      const polygons = polygonsOf(planar);
      const areaM2 = polygonalAreaM2(planar);
      return { ...feature, planar, polygons, areaM2, problem: footprintProblem(polygons, areaM2, toInput) };
    }),
  };
}
