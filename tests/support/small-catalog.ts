// A hand-made catalog whose areas are known without PostGIS: rectangles laid out in Gauss-Krüger
// metres (so width × height is the planar area) and converted to lon/lat with proj4.
import proj4 from 'proj4';
import type { Feature, MultiPolygon } from 'geojson';
import type { Express } from 'express';
import { afterAll, beforeAll } from 'vitest';
import type { Db, Queryable } from '../../server/src/db/db';
import type { TestEngine } from './test-db';
import { testApp } from './test-app';
import { loadCatalog } from '../../server/src/catalog/catalog-loader';

const GK = {
  4546: '+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  4547: '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
} as const;
const LONLAT = '+proj=longlat +ellps=GRS80 +no_defs';

/** A GK rectangle (x = easting, y = northing) as a lon/lat MultiPolygon. */
export function gkRect(srid: 4546 | 4547, x: number, y: number, w: number, h: number): MultiPolygon {
  const ring = [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
    [x, y],
  ].map((p) => proj4(GK[srid], LONLAT, p).map((v) => Math.round(v * 1e9) / 1e9));
  return { type: 'MultiPolygon', coordinates: [[ring]] };
}

const feature = (geometry: MultiPolygon, properties: Record<string, unknown>): Feature<MultiPolygon> => ({
  type: 'Feature',
  geometry,
  properties,
});

// Jinzhong (CM 114°E, EPSG:4547) and Linfen (CM 111°E, EPSG:4546): one zone in each GK zone.
// 晋中: easting 387 000 ≈ 112.72°E, northing 4 172 000 ≈ 37.68°N; 临汾: easting 547 000 ≈ 111.52°E, northing 3 996 000.
export const SMALL = {
  zones: [
    feature(gkRect(4547, 386_000, 4_171_000, 4_000, 3_000), {
      code: 'G140702', name: '晋中开发区', level: 'national', cityCode: '140700', cityName: '晋中市', countyCode: '140702', countyName: '榆次区',
    }),
    feature(gkRect(4546, 546_000, 3_995_000, 3_000, 3_000), {
      code: 'S141002', name: '临汾经济开发区', level: 'provincial', cityCode: '141000', cityName: '临汾市', countyCode: '141002', countyName: '尧都区',
    }),
  ],
  parcels: [
    // 300 m × 222.22 m = 66 666 m² = 100 亩 exactly.
    feature(gkRect(4547, 387_000, 4_172_000, 300, 222.22), {
      code: '140702-2025-0001', name: '晋中开发区标准地2025-01号', zoneCode: 'G140702', divisionCode: '140702', location: '汇通路东侧',
      landUseCode: '100101', industryCode: '39', declaredAreaM2: 66666, supplyMethod: 'listing', transferTermYears: 50,
      reservePriceWanYuan: 2400, infrastructure: ['water', 'power', 'road'], planningHeightLimitM: 40, planningSetbackM: 10,
      status: 'listed', listedOn: '2025-06-01', workflowState: 'published',
      indicators: [
        { key: 'taxPerMu', comparator: 'min', value: 15, unit: '万元/亩·年' },
        { key: 'investmentIntensity', comparator: 'min', value: 300, unit: '万元/亩' },
        { key: 'floorAreaRatio', comparator: 'range', value: 1.0, valueMax: 2.5, unit: '', doubleCountTallStoreys: true },
        { key: 'greenRatio', comparator: 'max', value: 15, unit: '%' },
      ],
    }),
    // 400 m × 500 m = 200 000 m² = 300 亩; declared 2 % too large.
    feature(gkRect(4547, 387_400, 4_172_000, 400, 500), {
      code: '140702-2025-0002', name: '晋中开发区标准地2025-02号', zoneCode: 'G140702', divisionCode: '140702', location: '龙湖大街北侧',
      landUseCode: '100102', industryCode: '26', declaredAreaM2: 204000, supplyMethod: 'auction', transferTermYears: 30,
      reservePriceWanYuan: 7000, infrastructure: ['water', 'power', 'road', 'gas'], status: 'published', listedOn: null, workflowState: 'published',
      indicators: [{ key: 'investmentIntensity', comparator: 'min', value: 200, unit: '万元/亩' }],
    }),
    // 150 m × 200 m = 30 000 m² = 45 亩, in the CM 111°E zone.
    feature(gkRect(4546, 547_000, 3_996_000, 150, 200), {
      code: '141002-2024-0001', name: '临汾开发区物流地块', zoneCode: 'S141002', divisionCode: '141002', location: '滨河西路',
      landUseCode: '110101', industryCode: '59', supplyMethod: 'listing', transferTermYears: 50, reservePriceWanYuan: 900,
      infrastructure: [], status: 'reserve', listedOn: null, indicators: [], workflowState: 'published',
    }),
    // A draft nobody has reviewed: staff see it, investors must not (120 m × 100 m).
    feature(gkRect(4547, 388_000, 4_172_000, 120, 100), {
      code: '140702-2026-0001', name: '晋中开发区待审地块', zoneCode: 'G140702', divisionCode: '140702', location: '未审核',
      landUseCode: '100101', supplyMethod: 'listing', status: 'reserve', indicators: [], workflowState: 'draft',
    }),
  ],
  assessments: [
    { zoneCode: 'G140702', type: 'geological_hazard', conclusion: 'suitable', documentNo: '晋中开评〔2023〕1号', issuedOn: '2023-03-01', validUntil: '2028-03-01', implicationZh: '项目无需单独编制地质灾害危险性评估报告' },
    { zoneCode: 'G140702', type: 'flood', conclusion: 'not_involved', documentNo: '晋中开评〔2021〕4号', issuedOn: '2021-01-01', validUntil: '2024-01-01', implicationZh: '已过期，需重新评估' },
    { parcelCode: '140702-2025-0001', type: 'cultural_relics', conclusion: 'suitable_with_measures', documentNo: '晋文考〔2024〕7号', issuedOn: '2024-05-01', validUntil: null, implicationZh: '施工中发现文物须立即停工报告' },
  ],
};

export const loadSmallCatalog = (tx: Queryable) => loadCatalog(tx, SMALL);

/** A fresh database with the small catalog and an app over it, for one describe block. */
export function smallCatalogApp(engine: TestEngine): { db: Db; app: Express } {
  const ctx = {} as { db: Db; app: Express };
  beforeAll(async () => {
    ctx.db = await engine.open('empty');
    await ctx.db.transaction(loadSmallCatalog);
    ctx.app = testApp(ctx.db);
  });
  afterAll(() => ctx.db?.close());
  return ctx;
}
