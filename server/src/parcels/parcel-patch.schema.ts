// What a staff edit (PATCH /api/parcels/:code) may change, validated at the edge.
import { z } from 'zod';
import { AREA_BASES, COMPARATORS, INDICATOR_KEYS, indicatorProblem } from '../domain/indicators';
import type { IndicatorKey, ParcelIndicator } from '../domain/indicators';
import { LAND_USE_CODES } from '../domain/land-use';
import { INFRASTRUCTURE_CODES, SUPPLY_METHOD_CODES } from '../domain/parcel-status';
import { SHANXI_BBOX } from '../geo/shanxi-extent';
import { validateGeometry } from '../geo/validate-geometry';

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as unknown as [T, ...T[]]);

export const indicatorSchema = z
  .object({
    key: enumOf<IndicatorKey>(INDICATOR_KEYS),
    comparator: z.enum(COMPARATORS),
    value: z.number().nullable().default(null),
    valueMax: z.number().nullable().default(null),
    textValue: z.string().trim().max(200).nullable().default(null),
    unit: z.string().max(20),
    areaBase: z.enum(AREA_BASES).default('gross'),
    doubleCountTallStoreys: z.boolean().optional(),
    ofFloorArea: z.boolean().optional(),
  })
  .strict()
  .superRefine((i, ctx) => {
    const problem = indicatorProblem(i as ParcelIndicator);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const geometrySchema = z.unknown().superRefine((g, ctx) => {
  const result = validateGeometry(g, { bbox: SHANXI_BBOX, maxPositions: 100_000 });
  if (!result.valid) ctx.addIssue({ code: 'custom', message: `${result.reason}: ${result.message}` });
  else if (!['Polygon', 'MultiPolygon'].includes((g as { type?: string }).type ?? '')) {
    ctx.addIssue({ code: 'custom', message: 'geometry must be a Polygon or MultiPolygon in EPSG:4490 lon/lat' });
  }
});

export const parcelPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    location: z.string().trim().max(500),
    landUseCode: z.enum(LAND_USE_CODES),
    industryCode: z.string().regex(/^\d{2}$/).nullable(),
    declaredAreaM2: z.number().positive().nullable(),
    supplyMethod: z.enum(SUPPLY_METHOD_CODES),
    transferTermYears: z.number().int().min(1).max(50).nullable(),
    reservePriceWanYuan: z.number().nonnegative().nullable(),
    infrastructure: z.array(z.enum(INFRASTRUCTURE_CODES)).max(INFRASTRUCTURE_CODES.length),
    planningHeightLimitM: z.number().positive().max(500).nullable(),
    planningSetbackM: z.number().nonnegative().max(200).nullable(),
    geometry: geometrySchema,
    indicators: z
      .array(indicatorSchema)
      .max(INDICATOR_KEYS.length)
      .refine((list) => new Set(list.map((i) => i.key)).size === list.length, 'each indicator may appear once'),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'the patch is empty');

export type ParcelPatch = z.infer<typeof parcelPatchSchema>;
