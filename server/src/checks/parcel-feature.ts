// A parcel as a GeoJSON Feature (fixtures, CLI files): properties hold the code, indicators and
// planning conditions. The database path builds CheckParcel directly.
import { z } from 'zod';
import { AREA_BASES, COMPARATORS, INDICATOR_KEYS, type IndicatorKey } from '../domain/indicators';
import type { CheckParcel } from './site-plan';

export const parcelIndicatorSchema = z.object({
  key: z.enum(INDICATOR_KEYS as readonly [IndicatorKey, ...IndicatorKey[]]),
  comparator: z.enum(COMPARATORS),
  value: z.number().nullable(),
  valueMax: z.number().nullable().default(null),
  textValue: z.string().nullable().default(null),
  unit: z.string(),
  areaBase: z.enum(AREA_BASES).default('gross'),
  doubleCountTallStoreys: z.boolean().optional(),
  ofFloorArea: z.boolean().optional(),
});

export const parcelFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }),
  properties: z.object({
    code: z.string().min(1),
    indicators: z.array(parcelIndicatorSchema),
    planningSetbackM: z.number().nonnegative().nullish(),
    planningHeightLimitM: z.number().positive().nullish(),
  }),
});

export function parcelFromFeature(value: unknown): CheckParcel {
  const { geometry, properties } = parcelFeatureSchema.parse(value);
  return {
    code: properties.code,
    geometry: geometry as CheckParcel['geometry'],
    indicators: properties.indicators,
    planningSetbackM: properties.planningSetbackM ?? null,
    planningHeightLimitM: properties.planningHeightLimitM ?? null,
  };
}
