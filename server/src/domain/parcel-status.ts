// Parcel lifecycle (domain.md §1): 储备 → 已发布 → 挂牌中 → 已出让 → 建设中 → 已竣工 → 已达产复核, plus 已撤回.
export const PARCEL_STATUSES = [
  { code: 'reserve', labelZh: '储备', labelEn: 'Reserve' },
  { code: 'published', labelZh: '已发布', labelEn: 'Published' },
  { code: 'listed', labelZh: '挂牌中', labelEn: 'Listed' },
  { code: 'transferred', labelZh: '已出让', labelEn: 'Transferred' },
  { code: 'under_construction', labelZh: '建设中', labelEn: 'Under construction' },
  { code: 'completed', labelZh: '已竣工', labelEn: 'Completed' },
  { code: 'output_reviewed', labelZh: '已达产复核', labelEn: 'Output reviewed' },
  { code: 'withdrawn', labelZh: '已撤回', labelEn: 'Withdrawn' },
] as const;

export type ParcelStatus = (typeof PARCEL_STATUSES)[number]['code'];
export const PARCEL_STATUS_CODES = PARCEL_STATUSES.map((s) => s.code) as readonly ParcelStatus[];

export const SUPPLY_METHODS = [
  { code: 'listing', labelZh: '挂牌', labelEn: 'Listing' },
  { code: 'auction', labelZh: '拍卖', labelEn: 'Auction' },
  { code: 'agreement', labelZh: '协议', labelEn: 'Agreement' },
] as const;
export type SupplyMethod = (typeof SUPPLY_METHODS)[number]['code'];
export const SUPPLY_METHOD_CODES = SUPPLY_METHODS.map((s) => s.code) as readonly SupplyMethod[];

// 七通一平: the site conditions a parcel is delivered with.
export const INFRASTRUCTURE = [
  { code: 'water', labelZh: '通水', labelEn: 'Water' },
  { code: 'power', labelZh: '通电', labelEn: 'Power' },
  { code: 'road', labelZh: '通路', labelEn: 'Road' },
  { code: 'gas', labelZh: '通气', labelEn: 'Gas' },
  { code: 'telecom', labelZh: '通讯', labelEn: 'Telecom' },
  { code: 'heating', labelZh: '通暖', labelEn: 'Heating' },
  { code: 'drainage', labelZh: '通排水', labelEn: 'Drainage' },
  { code: 'levelled', labelZh: '场地平整', labelEn: 'Site levelled' },
] as const;
export type InfrastructureCode = (typeof INFRASTRUCTURE)[number]['code'];
export const INFRASTRUCTURE_CODES = INFRASTRUCTURE.map((s) => s.code) as readonly InfrastructureCode[];
