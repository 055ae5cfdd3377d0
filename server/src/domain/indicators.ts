// Control indicators (控制指标): the one list that server, client, SQL seeds and checks share.
// Sources: 工业项目建设用地控制指标 (2008, 2023 revision) and Shanxi listing practice; see domain.md §2.

export const COMPARATORS = ['min', 'max', 'range', 'eq'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Which area a share or intensity is measured against (项目总用地 vs 净用地). */
export const AREA_BASES = ['gross', 'net'] as const;
export type AreaBase = (typeof AREA_BASES)[number];

export interface IndicatorDefinition {
  key: string;
  labelZh: string;
  labelEn: string;
  unit: string;
  /** The comparator the indicator normally uses; a parcel may state another. */
  defaultComparator: Comparator;
  /** Whether the value is a number (most) or a text code (emission standard). */
  valueType: 'number' | 'text';
  /** Stage at which the indicator is checked. */
  stage: 'design' | 'completion' | 'output';
  /** Whether the spatial check engine can measure it from a site plan. */
  spatial: boolean;
}

export const INDICATORS = [
  { key: 'investmentIntensity', labelZh: '固定资产投资强度', labelEn: 'Fixed-asset investment intensity', unit: '万元/亩', defaultComparator: 'min', valueType: 'number', stage: 'completion', spatial: false },
  { key: 'floorAreaRatio', labelZh: '容积率', labelEn: 'Floor-area ratio', unit: '', defaultComparator: 'range', valueType: 'number', stage: 'design', spatial: true },
  { key: 'buildingCoverage', labelZh: '建筑系数', labelEn: 'Building coverage', unit: '%', defaultComparator: 'min', valueType: 'number', stage: 'design', spatial: true },
  { key: 'greenRatio', labelZh: '绿地率', labelEn: 'Green ratio', unit: '%', defaultComparator: 'max', valueType: 'number', stage: 'design', spatial: true },
  { key: 'adminFacilityShare', labelZh: '行政办公及生活服务设施用地所占比重', labelEn: 'Admin and living facilities share', unit: '%', defaultComparator: 'max', valueType: 'number', stage: 'design', spatial: true },
  { key: 'taxPerMu', labelZh: '亩均税收', labelEn: 'Annual tax per mu', unit: '万元/亩·年', defaultComparator: 'min', valueType: 'number', stage: 'output', spatial: false },
  { key: 'outputPerMu', labelZh: '亩均产值', labelEn: 'Annual output per mu', unit: '万元/亩·年', defaultComparator: 'min', valueType: 'number', stage: 'output', spatial: false },
  { key: 'energyValueAddedPerTce', labelZh: '单位能耗增加值', labelEn: 'Value added per tonne of standard coal', unit: '万元/吨标煤', defaultComparator: 'min', valueType: 'number', stage: 'output', spatial: false },
  { key: 'energyPerValueAdded', labelZh: '单位增加值能耗', labelEn: 'Energy per 10k yuan value added', unit: '吨标煤/万元', defaultComparator: 'max', valueType: 'number', stage: 'output', spatial: false },
  { key: 'emissionValueAddedPerTonne', labelZh: '单位排放增加值', labelEn: 'Value added per tonne of emissions', unit: '万元/吨', defaultComparator: 'min', valueType: 'number', stage: 'output', spatial: false },
  { key: 'emissionStandard', labelZh: '污染物排放标准', labelEn: 'Emission standard', unit: '', defaultComparator: 'eq', valueType: 'text', stage: 'output', spatial: false },
  { key: 'rdIntensity', labelZh: '研发经费投入强度', labelEn: 'R&D intensity', unit: '%', defaultComparator: 'min', valueType: 'number', stage: 'output', spatial: false },
  { key: 'heightLimit', labelZh: '建筑限高', labelEn: 'Height limit', unit: 'm', defaultComparator: 'max', valueType: 'number', stage: 'design', spatial: true },
  { key: 'setback', labelZh: '建筑退界', labelEn: 'Setback', unit: 'm', defaultComparator: 'min', valueType: 'number', stage: 'design', spatial: true },
] as const satisfies readonly IndicatorDefinition[];

export type IndicatorKey = (typeof INDICATORS)[number]['key'];
export const INDICATOR_KEYS = INDICATORS.map((i) => i.key) as readonly IndicatorKey[];

export function indicatorDefinition(key: IndicatorKey): IndicatorDefinition {
  return INDICATORS.find((i) => i.key === key) as IndicatorDefinition;
}

/** A parcel's stated indicator. For `range`, `value` is the lower and `valueMax` the upper bound. */
export interface ParcelIndicator {
  key: IndicatorKey;
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  textValue: string | null;
  unit: string;
  areaBase: AreaBase;
  /** floorAreaRatio only: storeys higher than 8 m count their floor area twice (2008 notes). */
  doubleCountTallStoreys?: boolean;
  /** adminFacilityShare only: measured against total floor area instead of parcel area. */
  ofFloorArea?: boolean;
}

/** Indicators a parcel of this land-use class must state before it can be published. */
export function requiredIndicatorKeys(landUseCode: string): readonly IndicatorKey[] {
  if (landUseCode.startsWith('1001')) {
    return ['investmentIntensity', 'floorAreaRatio', 'buildingCoverage', 'greenRatio', 'adminFacilityShare', 'taxPerMu'];
  }
  if (landUseCode.startsWith('1101')) {
    return ['investmentIntensity', 'floorAreaRatio', 'buildingCoverage', 'greenRatio', 'adminFacilityShare'];
  }
  return [];
}

/** 1 亩 = 10000/15 m². */
export const M2_PER_MU = 10000 / 15;

/**
 * Values outside these ranges are typing mistakes rather than policy (a green ratio of 150 %, a FAR of 80),
 * so forms and the API refuse them. Wide on purpose: policy bounds belong to each parcel.
 */
export const INDICATOR_PLAUSIBLE_RANGE: Record<IndicatorKey, readonly [number, number]> = {
  investmentIntensity: [0, 100_000],
  floorAreaRatio: [0, 20],
  buildingCoverage: [0, 100],
  greenRatio: [0, 100],
  adminFacilityShare: [0, 100],
  taxPerMu: [0, 10_000],
  outputPerMu: [0, 1_000_000],
  energyValueAddedPerTce: [0, 1_000],
  energyPerValueAdded: [0, 100],
  emissionValueAddedPerTonne: [0, 1_000_000],
  emissionStandard: [0, 0],
  rdIntensity: [0, 100],
  heightLimit: [0, 500],
  setback: [0, 200],
};

/** Why a stated indicator is unusable, or null when it is fine (shared by the API and the editor form). */
export function indicatorProblem(i: ParcelIndicator): string | null {
  const def = indicatorDefinition(i.key);
  if (def.valueType === 'text') {
    return i.comparator === 'eq' && i.textValue && i.textValue.trim() !== '' ? null : `${def.labelZh}：应填写标准名称`;
  }
  const [lo, hi] = INDICATOR_PLAUSIBLE_RANGE[i.key];
  const inRange = (v: number | null) => v === null || (Number.isFinite(v) && v >= lo && v <= hi);
  if (i.value === null && i.comparator !== 'range') return `${def.labelZh}：缺少数值`;
  if (i.comparator === 'range' && (i.value === null || i.valueMax === null)) return `${def.labelZh}：区间需填写下限和上限`;
  if (i.comparator === 'range' && (i.value as number) > (i.valueMax as number)) return `${def.labelZh}：下限大于上限`;
  if (!inRange(i.value) || !inRange(i.valueMax)) return `${def.labelZh}：数值应在 ${lo}–${hi} ${def.unit} 之间`;
  if (i.unit !== def.unit) return `${def.labelZh}：单位应为“${def.unit || '无'}”`;
  return null;
}
