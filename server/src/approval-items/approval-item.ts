// The approval item catalog (事项目录): what an item is, the stages of the national reform
// (工程建设项目审批制度改革, 国办发〔2019〕11号) and how the government may already hold a material.
// The catalog's rows are seeded by migration 0007; the code lists here mirror its CHECKs
// (tests/server/cases/cases-schema.test.ts keeps them equal). Pure.
import type { Channel } from '../cases/channels';

export const APPROVAL_STAGES = [
  { stage: 1, labelZh: '立项用地规划许可', labelEn: 'Project and land-use planning permission' },
  { stage: 2, labelZh: '工程建设许可', labelEn: 'Construction planning permission' },
  { stage: 3, labelZh: '施工许可', labelEn: 'Construction permit' },
  { stage: 4, labelZh: '竣工验收', labelEn: 'Completion acceptance' },
  { stage: 5, labelZh: '不动产登记', labelEn: 'Real-estate registration' },
] as const;
export type ApprovalStage = (typeof APPROVAL_STAGES)[number]['stage'];

/**
 * Where a required material can come from (guide: 已持有的材料不再重复提交):
 * e-licence — the business licence from the electronic licence library (电子证照库), by USCC;
 * parcel — the parcel's land documents in our catalog (出让合同, 界址图), once the parcel is transferred;
 * commitment — the signed standard-land commitment letter (承诺书) of the case;
 * upload — only the applicant has it and uploads it once; every later item reuses that upload.
 */
export const MATERIAL_SOURCES = ['e-licence', 'parcel', 'commitment', 'upload'] as const;
export type MaterialSource = (typeof MATERIAL_SOURCES)[number];

/** 行政许可 / 备案 / 公共服务 (utility connections are public services with their own limits). */
export const SERVICE_KINDS = ['licence', 'filing', 'public_service', 'acceptance', 'registration'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export interface RequiredMaterial {
  type: string;
  nameZh: string;
  nameEn: string;
  source: MaterialSource;
  /** 关键材料: may not be missing at acceptance, so no 容缺 for it. */
  key: boolean;
}

export interface ApprovalItem {
  code: string;
  nameZh: string;
  nameEn: string;
  departmentZh: string;
  departmentEn: string;
  legalBasis: string;
  stage: ApprovalStage;
  serviceKind: ServiceKind;
  /** 法定办结时限, working days. */
  legalLimitDays: number;
  /** 承诺办结时限, working days (never longer than the legal limit). */
  committedLimitDays: number;
  deficiencyAllowed: boolean;
  channels: Channel[];
  feeYuan: number;
  feeNoteZh: string;
  resultZh: string;
  materials: RequiredMaterial[];
}

export const APPROVAL_ITEM_CODE = /^[A-Z]{2,8}$/;
export const STANDARD_LAND_BUNDLE = 'standard-land';
/** 企业投资项目备案: its result document number is the project's investment project code. */
export const PROJECT_FILING_ITEM = 'XMBA';
