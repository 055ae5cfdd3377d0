// Column names of the indicator CSV, for reading and writing. A column is named by our key or by
// its Chinese label, optionally followed by its unit in brackets ("绿地率(%)"); a different unit
// ("面积（亩）") makes the column unrecognised rather than silently misread.
//
//   code | 地块编号 | DKBH                  parcel code (required)
//   name | 地块名称, landUseCode | 地类编码, status | 状态, areaM2 | 面积, declaredAreaM2 | 申报面积
//   <key>      | <labelZh>               value with the indicator's default comparator
//                                        (text indicators, e.g. emissionStandard, take text)
//   <key>Min   | <labelZh>下限            lower bound → comparator 'min' (or 'range' with Max)
//   <key>Max   | <labelZh>上限            upper bound → comparator 'max' (or 'range' with Min)
// Keys are those of domain/indicators.ts, e.g. investmentIntensity, floorAreaRatioMin,
// floorAreaRatioMax, buildingCoverage, greenRatio, adminFacilityShare, taxPerMu.
import { INDICATORS, type IndicatorKey } from '../domain/indicators';

export const CSV_ATTRIBUTES = [
  { key: 'code', zh: '地块编号', aliases: ['dkbh'] },
  { key: 'name', zh: '地块名称', aliases: ['dkmc'] },
  { key: 'landUseCode', zh: '地类编码', aliases: ['ydxz'] },
  { key: 'status', zh: '状态', aliases: ['zt'] },
  { key: 'areaM2', zh: '面积', unit: '平方米', aliases: ['mj'] },
  { key: 'declaredAreaM2', zh: '申报面积', unit: '平方米', aliases: ['sbmj'] },
] as const;
export type CsvAttributeKey = (typeof CSV_ATTRIBUTES)[number]['key'];

export type IndicatorBound = 'value' | 'min' | 'max';
export type CsvColumn =
  | { kind: 'attribute'; key: CsvAttributeKey }
  | { kind: 'indicator'; key: IndicatorKey; bound: IndicatorBound };

const SUFFIX = { value: { en: '', zh: '' }, min: { en: 'Min', zh: '下限' }, max: { en: 'Max', zh: '上限' } } as const;

interface Known {
  column: CsvColumn;
  /** Unit spellings accepted in brackets after the name. */
  units: readonly string[];
}

const SQUARE_METRES = ['平方米', 'm2', 'm²'];

function buildLookup(): Map<string, Known> {
  const lookup = new Map<string, Known>();
  for (const a of CSV_ATTRIBUTES) {
    const units = 'unit' in a ? SQUARE_METRES : [];
    for (const name of [a.key, a.zh, ...a.aliases]) lookup.set(name.toLowerCase(), { column: { kind: 'attribute', key: a.key }, units });
  }
  for (const i of INDICATORS) {
    for (const bound of ['value', 'min', 'max'] as const) {
      const known: Known = { column: { kind: 'indicator', key: i.key, bound }, units: [i.unit] };
      lookup.set(`${i.key}${SUFFIX[bound].en}`.toLowerCase(), known);
      lookup.set(`${i.labelZh}${SUFFIX[bound].zh}`.toLowerCase(), known);
    }
  }
  return lookup;
}

const LOOKUP = buildLookup();
const NAME_AND_UNIT = /^(.*?)\s*(?:[(（]([^()（）]*)[)）])?$/;

export function csvColumnFor(header: string): CsvColumn | null {
  const [, name = '', unit] = NAME_AND_UNIT.exec(header.trim()) ?? [];
  const known = LOOKUP.get(name.toLowerCase());
  if (!known) return null;
  if (unit !== undefined && unit.trim() !== '' && !known.units.includes(unit.trim())) return null;
  return known.column;
}

/** The header a writer puts on a column; `zh` headers carry the unit in brackets. */
export function csvHeaderFor(column: CsvColumn, labels: 'keys' | 'zh'): string {
  if (column.kind === 'attribute') {
    const a = CSV_ATTRIBUTES.find((x) => x.key === column.key) as (typeof CSV_ATTRIBUTES)[number];
    if (labels === 'keys') return a.key;
    return 'unit' in a ? `${a.zh}（${a.unit}）` : a.zh;
  }
  const i = INDICATORS.find((x) => x.key === column.key) as (typeof INDICATORS)[number];
  if (labels === 'keys') return `${i.key}${SUFFIX[column.bound].en}`;
  return `${i.labelZh}${SUFFIX[column.bound].zh}${i.unit ? `（${i.unit}）` : ''}`;
}
