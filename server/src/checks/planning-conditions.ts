// Height and setback come either from the parcel's indicators or from its planning conditions
// (规划条件). When both are stated the stricter one is checked and the difference is reported,
// since a listing should not contradict its own planning conditions.
import { INDICATOR_KEYS, type IndicatorKey, type ParcelIndicator } from '../domain/indicators';
import { WARNING_CODES } from './reasons';
import type { CheckWarning } from './report';
import type { CheckParcel } from './site-plan';

interface PlanningBound {
  key: IndicatorKey;
  comparator: 'min' | 'max';
  value: number | null | undefined;
  stricter: (a: number, b: number) => number;
}

function synthetic(key: IndicatorKey, comparator: 'min' | 'max', value: number): ParcelIndicator {
  return { key, comparator, value, valueMax: null, textValue: null, unit: 'm', areaBase: 'gross' };
}

export function indicatorsToCheck(parcel: CheckParcel, warnings: CheckWarning[]): ParcelIndicator[] {
  const bounds: PlanningBound[] = [
    { key: 'setback', comparator: 'min', value: parcel.planningSetbackM, stricter: Math.max },
    { key: 'heightLimit', comparator: 'max', value: parcel.planningHeightLimitM, stricter: Math.min },
  ];
  let indicators = [...parcel.indicators];
  for (const { key, comparator, value, stricter } of bounds) {
    if (value === null || value === undefined) continue;
    const stated = indicators.find((i) => i.key === key);
    if (!stated) {
      indicators.push(synthetic(key, comparator, value));
    } else if (stated.comparator === comparator && stated.value !== null && stated.value !== value) {
      warnings.push({ code: WARNING_CODES.PLANNING_CONDITION_DIFFERS, message: `${key}: indicator ${stated.value} m, planning condition ${value} m; the stricter is checked`, features: [] });
      indicators = indicators.map((i) => (i === stated ? { ...i, value: stricter(stated.value as number, value) } : i));
    }
  }
  const order = (i: ParcelIndicator) => INDICATOR_KEYS.indexOf(i.key);
  return indicators.sort((a, b) => order(a) - order(b));
}
