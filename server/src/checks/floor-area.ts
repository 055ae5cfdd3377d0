// Floor area of the plan's buildings (总建筑面积) and the floor area the FAR counts.
import { TALL_STOREY_M } from './limits';
import { type Measure, measured, unmeasured } from './measure';
import type { PlanarFeature } from './planar-scene';
import { CHECK_REASONS } from './reasons';

export type StoreyHeightSource = 'given' | 'assumed' | 'unknown';

export interface BuildingFloorArea {
  /** Null when neither floor_area_m2 nor floors is given. */
  floorAreaM2: number | null;
  countedFloorAreaM2: number | null;
  storeyHeights: StoreyHeightSource;
}

function storeyHeightsOf(building: PlanarFeature): { heights: number[] | null; source: StoreyHeightSource } {
  if (building.storeyHeightsM) return { heights: building.storeyHeightsM, source: 'given' };
  if (building.heightM !== null && building.floors !== null) {
    // No per-storey heights: assume equal storeys; the report warns that this was assumed.
    return { heights: Array.from({ length: building.floors }, () => (building.heightM as number) / (building.floors as number)), source: 'assumed' };
  }
  return { heights: null, source: 'unknown' };
}

export function buildingFloorArea(building: PlanarFeature, doubleCountTallStoreys: boolean): BuildingFloorArea {
  const floorAreaM2 = building.floorAreaM2 ?? (building.floors === null ? null : building.areaM2 * building.floors);
  if (floorAreaM2 === null || !doubleCountTallStoreys) return { floorAreaM2, countedFloorAreaM2: floorAreaM2, storeyHeights: 'given' };
  const { heights, source } = storeyHeightsOf(building);
  if (!heights) return { floorAreaM2, countedFloorAreaM2: floorAreaM2, storeyHeights: source };
  // 2008 notes: a storey higher than 8 m counts its floor area twice. A stated total floor area
  // is spread evenly over the storeys.
  const perStorey = floorAreaM2 / heights.length;
  const counted = heights.reduce((sum, h) => sum + (h > TALL_STOREY_M ? 2 : 1) * perStorey, 0);
  return { floorAreaM2, countedFloorAreaM2: counted, storeyHeights: source };
}

export interface FloorAreaSummary {
  totalM2: number;
  countedM2: number;
  adminM2: number;
  /** Buildings with neither floors nor floor_area_m2: the totals leave them out. */
  missing: string[];
  assumedHeights: string[];
  unknownHeights: string[];
}

export function summarizeFloorAreas(buildings: readonly PlanarFeature[], doubleCountTallStoreys: boolean): Measure<FloorAreaSummary> {
  const invalid = buildings.filter((b) => b.problem && b.floorAreaM2 === null).map((b) => b.id);
  if (invalid.length > 0) return unmeasured(CHECK_REASONS.INVALID_FOOTPRINT, invalid, 'floor area needs a valid footprint');
  const summary: FloorAreaSummary = { totalM2: 0, countedM2: 0, adminM2: 0, missing: [], assumedHeights: [], unknownHeights: [] };
  for (const building of buildings) {
    const area = buildingFloorArea(building, doubleCountTallStoreys);
    if (area.floorAreaM2 === null || area.countedFloorAreaM2 === null) {
      summary.missing.push(building.id);
      continue;
    }
    summary.totalM2 += area.floorAreaM2;
    summary.countedM2 += area.countedFloorAreaM2;
    if (building.isAdminUse) summary.adminM2 += area.floorAreaM2;
    if (area.storeyHeights === 'assumed') summary.assumedHeights.push(building.id);
    if (area.storeyHeights === 'unknown') summary.unknownHeights.push(building.id);
  }
  return measured(summary);
}
