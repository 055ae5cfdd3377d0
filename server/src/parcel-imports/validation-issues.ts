// Reasons a previewed parcel is refused or flagged, beyond what the file readers report.
// Stable codes (the UI and tests refer to these names); messages are Chinese first, then English.
export const VALIDATION_ISSUES = {
  CODE_MISSING: { zh: '缺少地块编号', en: 'no parcel code' },
  CODE_INVALID: { zh: '地块编号格式应为“行政区划代码-年份-4位序号”，如 140702-2025-0001', en: 'code must look like 140702-2025-0001' },
  NAME_MISSING: { zh: '缺少地块名称', en: 'no parcel name' },
  LAND_USE_INVALID: { zh: '用地性质代码不在《用地用海分类》工业/仓储类中', en: 'land-use code is not an industrial or warehousing class' },
  INVALID_GEOMETRY: { zh: '几何无效', en: 'invalid geometry' },
  GEOMETRY_REPAIRED: { zh: '几何已按要求修复', en: 'geometry repaired on request' },
  NO_ZONE: { zh: '地块不在任何开发区内', en: 'the parcel lies in no development zone' },
  ZONE_UNKNOWN: { zh: '指定的开发区不存在', en: 'unknown development zone' },
  OUTSIDE_ZONE: { zh: '地块超出开发区范围', en: 'the parcel extends outside its development zone' },
  OVERLAP: { zh: '与已有地块重叠', en: 'overlaps an existing parcel' },
  FILE_OVERLAP: { zh: '与本文件中其他地块重叠', en: 'overlaps another parcel in this file' },
  CONSTRAINT_OVERLAP: { zh: '压占管控红线（永久基本农田/生态保护红线等）', en: 'overlaps a constraint layer' },
  AREA_MISMATCH: { zh: '申报面积与计算面积相差超过 1%', en: 'declared and computed areas differ by more than 1 %' },
  MISSING_INDICATORS: { zh: '缺少该用地性质必需的控制指标', en: 'indicators required for this land use are missing' },
  NOT_EDITABLE: { zh: '该地块已公开或在审核中，请先撤回再修改', en: 'the parcel is published or under review; withdraw it first' },
  PARCEL_NOT_FOUND: { zh: '指标对应的地块不存在', en: 'no parcel with this code for the indicators' },
} as const;

export type ValidationIssueCode = keyof typeof VALIDATION_ISSUES;

/** Overlaps smaller than this are survey noise along a shared edge, not an overlap. */
export const OVERLAP_NOISE_M2 = 0.5;
/** 报部 and listing areas may differ from the planar computation by rounding; more than 1 % is an issue. */
export const AREA_TOLERANCE = 0.01;
