// 投资项目代码 (investment project code) as assigned by the 投资项目在线审批监管平台 and quoted on every
// later approval: 24 characters `YYYY-DDDDDD-II-TT-NNNNNN`, e.g. `2026-140105-34-03-123456`:
//   YYYY   year the code was assigned (the online platform assigns codes since 2015, 发改电〔2015〕501号)
//   DDDDDD administrative division of the project site (GB/T 2260; Shanxi is 14xxxx)
//   II     industry (GB/T 4754 大类, 01–97)
//   TT     project type: 01 审批, 02 核准, 03 备案
//   NNNNNN serial number
// Pure: no clock, no I/O. Validations return a reason constant (terra-draw style), never throw.

const PATTERN = /^(\d{4})-(\d{6})-(\d{2})-(\d{2})-(\d{6})$/;
// Full-width digits and dashes (FF0D, FF10–FF19) and the ideographic space, as typed with a Chinese IME.
const FULL_WIDTH = /[\uFF0D\uFF10-\uFF19\u3000]/;
const FIRST_YEAR = 2015;
const LAST_YEAR = 2099;
/** GB/T 2260 province-level prefixes. */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
]);

export const PROJECT_TYPES = {
  '01': { zh: '审批', en: 'approval (government investment)' },
  '02': { zh: '核准', en: 'authorisation' },
  '03': { zh: '备案', en: 'filing' },
} as const;
export type ProjectTypeCode = keyof typeof PROJECT_TYPES;

export const PROJECT_CODE_REASONS = {
  /** Contains full-width digits or dashes (e.g. "２０２６－…"); re-type it in half-width. */
  FULL_WIDTH: 'PROJECT_CODE_FULL_WIDTH',
  /** Not of the form YYYY-DDDDDD-II-TT-NNNNNN (4-6-2-2-6 digits joined by "-"). */
  FORMAT: 'PROJECT_CODE_FORMAT',
  /** The year is before the online platform existed (2015) or after 2099. */
  YEAR: 'PROJECT_CODE_YEAR',
  /** The division code does not start with a GB/T 2260 province code. */
  DIVISION: 'PROJECT_CODE_DIVISION',
  /** The industry code is not a GB/T 4754 division (01–97). */
  INDUSTRY: 'PROJECT_CODE_INDUSTRY',
  /** The project type is not 01 (审批), 02 (核准) or 03 (备案). */
  TYPE: 'PROJECT_CODE_TYPE',
  /** The serial number is 000000. */
  SERIAL: 'PROJECT_CODE_SERIAL',
} as const;
export type ProjectCodeReason = (typeof PROJECT_CODE_REASONS)[keyof typeof PROJECT_CODE_REASONS];

export interface ProjectCodeParts {
  year: number;
  /** GB/T 2260 code of the project site, e.g. `140105` (太原市小店区). */
  divisionCode: string;
  industryCode: string;
  projectType: ProjectTypeCode;
  serial: string;
}

export type ProjectCodeValidation = { valid: true; code: string; parts: ProjectCodeParts } | { valid: false; reason: ProjectCodeReason };

export function validateProjectCode(input: string): ProjectCodeValidation {
  if (FULL_WIDTH.test(input)) return { valid: false, reason: PROJECT_CODE_REASONS.FULL_WIDTH };
  const code = input.trim();
  const match = PATTERN.exec(code);
  if (!match) return { valid: false, reason: PROJECT_CODE_REASONS.FORMAT };
  const [, yearText, divisionCode, industryCode, type, serial] = match as unknown as [string, string, string, string, string, string];
  const year = Number(yearText);
  if (year < FIRST_YEAR || year > LAST_YEAR) return { valid: false, reason: PROJECT_CODE_REASONS.YEAR };
  // A project spanning several counties carries its city's or province's code (e.g. 140000), so only the prefix is checked.
  if (!PROVINCES.has(divisionCode.slice(0, 2))) return { valid: false, reason: PROJECT_CODE_REASONS.DIVISION };
  const industry = Number(industryCode);
  if (industry < 1 || industry > 97) return { valid: false, reason: PROJECT_CODE_REASONS.INDUSTRY };
  if (!(type in PROJECT_TYPES)) return { valid: false, reason: PROJECT_CODE_REASONS.TYPE };
  if (serial === '000000') return { valid: false, reason: PROJECT_CODE_REASONS.SERIAL };
  return { valid: true, code, parts: { year, divisionCode, industryCode, projectType: type as ProjectTypeCode, serial } };
}
