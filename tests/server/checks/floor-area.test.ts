import { describe, expect, it } from 'vitest';
import { buildingFloorArea } from '../../../server/src/checks/floor-area';
import type { PlanarFeature } from '../../../server/src/checks/planar-scene';

function building(props: Partial<PlanarFeature>): PlanarFeature {
  const planar = { type: 'Polygon' as const, coordinates: [[[0, 0], [50, 0], [50, 20], [0, 20], [0, 0]]] };
  return {
    id: 'B', kind: 'building', geometry: planar, planar, polygons: [planar.coordinates], areaM2: 1000, problem: null,
    floors: null, heightM: null, storeyHeightsM: null, floorAreaM2: null, isAdminUse: false, ...props,
  };
}

describe('buildingFloorArea', () => {
  it('is footprint × floors unless a floor area is given', () => {
    expect(buildingFloorArea(building({ floors: 3 }), false).floorAreaM2).toBe(3000);
    expect(buildingFloorArea(building({ floors: 3, floorAreaM2: 2500 }), false).floorAreaM2).toBe(2500);
    expect(buildingFloorArea(building({}), false).floorAreaM2).toBeNull();
  });

  it('counts a storey higher than 8 m twice (2008 notes), and one of exactly 8 m once', () => {
    expect(buildingFloorArea(building({ floors: 2, storeyHeightsM: [8.01, 4] }), true)).toMatchObject({ floorAreaM2: 2000, countedFloorAreaM2: 3000, storeyHeights: 'given' });
    expect(buildingFloorArea(building({ floors: 2, storeyHeightsM: [8, 4] }), true).countedFloorAreaM2).toBe(2000);
  });

  it('does not double when the indicator does not ask for it', () => {
    expect(buildingFloorArea(building({ floors: 1, storeyHeightsM: [12] }), false).countedFloorAreaM2).toBe(1000);
  });

  it('spreads a stated floor area evenly over the storeys', () => {
    expect(buildingFloorArea(building({ floors: 3, floorAreaM2: 2400, storeyHeightsM: [10, 4, 4] }), true).countedFloorAreaM2).toBe(3200);
  });

  it('assumes equal storeys from height_m / floors and says so', () => {
    expect(buildingFloorArea(building({ floors: 1, heightM: 12 }), true)).toMatchObject({ countedFloorAreaM2: 2000, storeyHeights: 'assumed' });
    expect(buildingFloorArea(building({ floors: 2, heightM: 16 }), true)).toMatchObject({ countedFloorAreaM2: 2000, storeyHeights: 'assumed' });
  });

  it('cannot double without any height', () => {
    expect(buildingFloorArea(building({ floors: 1 }), true)).toMatchObject({ countedFloorAreaM2: 1000, storeyHeights: 'unknown' });
  });
});
