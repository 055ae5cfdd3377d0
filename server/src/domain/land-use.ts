// 国土空间调查、规划、用途管制用地用海分类指南 (2023): the branch standard land uses (domain.md §7).
export const LAND_USES = [
  { code: '100101', labelZh: '一类工业用地', labelEn: 'Class 1 industrial' },
  { code: '100102', labelZh: '二类工业用地', labelEn: 'Class 2 industrial' },
  { code: '100103', labelZh: '三类工业用地', labelEn: 'Class 3 industrial' },
  { code: '110101', labelZh: '一类物流仓储用地', labelEn: 'Class 1 logistics and warehousing' },
  { code: '110102', labelZh: '二类物流仓储用地', labelEn: 'Class 2 logistics and warehousing' },
  { code: '110103', labelZh: '三类物流仓储用地', labelEn: 'Class 3 logistics and warehousing' },
] as const;

export type LandUseCode = (typeof LAND_USES)[number]['code'];
export const LAND_USE_CODES = LAND_USES.map((l) => l.code) as readonly LandUseCode[];
