// 区域评估: assessments done for a whole zone (or one parcel) before transfer, reused by every project (domain.md §1).
export const ASSESSMENT_TYPES = [
  { code: 'geological_hazard', labelZh: '地质灾害危险性评估', labelEn: 'Geological hazard' },
  { code: 'mineral_overlay', labelZh: '压覆重要矿产资源评估', labelEn: 'Overlying mineral resources' },
  { code: 'soil_water', labelZh: '水土保持方案', labelEn: 'Soil and water conservation' },
  { code: 'energy', labelZh: '节能评价', labelEn: 'Energy conservation' },
  { code: 'environment', labelZh: '环境影响评价', labelEn: 'Environmental impact' },
  { code: 'cultural_relics', labelZh: '文物考古调查', labelEn: 'Cultural relics survey' },
  { code: 'flood', labelZh: '洪水影响评价', labelEn: 'Flood impact' },
  { code: 'seismic', labelZh: '地震安全性评价', labelEn: 'Seismic safety' },
  { code: 'water_resources', labelZh: '水资源论证', labelEn: 'Water resources' },
  { code: 'climate', labelZh: '气候可行性论证', labelEn: 'Climate feasibility' },
] as const;
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number]['code'];
export const ASSESSMENT_TYPE_CODES = ASSESSMENT_TYPES.map((a) => a.code) as readonly AssessmentType[];

export const ASSESSMENT_CONCLUSIONS = [
  { code: 'suitable', labelZh: '适宜', labelEn: 'Suitable' },
  { code: 'suitable_with_measures', labelZh: '基本适宜（需采取措施）', labelEn: 'Suitable with measures' },
  { code: 'not_involved', labelZh: '不涉及', labelEn: 'Not involved' },
] as const;
export type AssessmentConclusion = (typeof ASSESSMENT_CONCLUSIONS)[number]['code'];
export const ASSESSMENT_CONCLUSION_CODES = ASSESSMENT_CONCLUSIONS.map((a) => a.code) as readonly AssessmentConclusion[];
