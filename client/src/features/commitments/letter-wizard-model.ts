// The letter wizard's rules, step by step (enterprise → project → indicators → deadlines → review),
// checked in the browser with the same pure code the server uses (USCC check digit, project code,
// stricter-only indicators), so the POST only fails for what the browser cannot know. Pure.
import { isIsoDate, toDayNumber, fromDayNumber, type IsoDate } from '../../../../server/src/calendar/iso-date';
import type { IndicatorOverride } from '../../../../server/src/commitments/committed-indicators';
import { validateProjectCode, type ProjectCodeReason } from '../../../../server/src/domain/project-code';
import { type UsccReason, validateUscc } from '../../../../server/src/enterprises/uscc';

export const WIZARD_STEPS = ['enterprise', 'project', 'indicators', 'deadlines', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export interface NewEnterpriseDraft {
  name: string;
  legalRepresentative: string;
  contactName: string;
  contactPhone: string;
  address: string;
}

export interface ProjectDraft {
  code: string;
  name: string;
  /** GB/T 4754 大类, two digits; blank = the parcel's industry. */
  industryCode: string;
}

export interface DeadlinesDraft {
  startBy: string;
  completeBy: string;
  outputBy: string;
}

export type UsccCheck = { state: 'empty' } | { state: 'invalid'; reason: UsccReason } | { state: 'valid'; code: string };

/** Live feedback while the code is typed: nothing until there is something, then the reason. */
export function checkUsccInput(text: string): UsccCheck {
  if (text.trim() === '') return { state: 'empty' };
  const v = validateUscc(text);
  return v.valid ? { state: 'valid', code: v.code } : { state: 'invalid', reason: v.reason };
}

export const FIELD_PROBLEMS = {
  REQUIRED: 'REQUIRED',
  TOO_SHORT: 'TOO_SHORT',
  TOO_LONG: 'TOO_LONG',
  PHONE: 'PHONE',
  INDUSTRY: 'INDUSTRY',
  DATE: 'DATE',
  ORDER: 'ORDER',
} as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[keyof typeof FIELD_PROBLEMS] | ProjectCodeReason;
export type FieldProblems<K extends string> = Partial<Record<K, FieldProblem>>;

function textProblem(text: string, min: number, max: number): FieldProblem | undefined {
  const n = text.trim().length;
  if (n === 0 && min > 0) return FIELD_PROBLEMS.REQUIRED;
  if (n < min) return FIELD_PROBLEMS.TOO_SHORT;
  if (n > max) return FIELD_PROBLEMS.TOO_LONG;
  return undefined;
}

const compact = <K extends string>(entries: [K, FieldProblem | undefined][]): FieldProblems<K> =>
  Object.fromEntries(entries.filter(([, p]) => p !== undefined)) as FieldProblems<K>;

/** The same limits as the server's enterpriseInputSchema (commitment-request.schema.ts). */
export function newEnterpriseProblems(e: NewEnterpriseDraft): FieldProblems<keyof NewEnterpriseDraft> {
  return compact<keyof NewEnterpriseDraft>([
    ['name', textProblem(e.name, 2, 200)],
    ['legalRepresentative', textProblem(e.legalRepresentative, 1, 50)],
    ['contactName', textProblem(e.contactName, 0, 50)],
    ['contactPhone', /^[0-9+ -]{0,20}$/.test(e.contactPhone.trim()) ? undefined : FIELD_PROBLEMS.PHONE],
    ['address', textProblem(e.address, 0, 200)],
  ]);
}

export function projectProblems(p: ProjectDraft): FieldProblems<keyof ProjectDraft> {
  const code = p.code.trim() === '' ? FIELD_PROBLEMS.REQUIRED : (() => {
    const v = validateProjectCode(p.code);
    return v.valid ? undefined : v.reason;
  })();
  return compact<keyof ProjectDraft>([
    ['code', code],
    ['name', textProblem(p.name, 2, 200)],
    ['industryCode', p.industryCode.trim() === '' || /^[0-9]{2}$/.test(p.industryCode.trim()) ? undefined : FIELD_PROBLEMS.INDUSTRY],
  ]);
}

/** Dates must be real and in order 开工 < 竣工 < 达产 (the server's DEADLINES_OUT_OF_ORDER). */
export function deadlineProblems(d: DeadlinesDraft): FieldProblems<keyof DeadlinesDraft> {
  const date = (v: string) => (v.trim() === '' ? FIELD_PROBLEMS.REQUIRED : isIsoDate(v.trim()) ? undefined : FIELD_PROBLEMS.DATE);
  const problems = compact<keyof DeadlinesDraft>([
    ['startBy', date(d.startBy)],
    ['completeBy', date(d.completeBy)],
    ['outputBy', date(d.outputBy)],
  ]);
  const dated = { ...problems };
  if (!dated.startBy && !dated.completeBy && d.completeBy <= d.startBy) problems.completeBy = FIELD_PROBLEMS.ORDER;
  if (!dated.completeBy && !dated.outputBy && d.outputBy <= d.completeBy) problems.outputBy = FIELD_PROBLEMS.ORDER;
  return problems;
}

/** A start date already past is allowed (a letter written late) but worth a second look. */
export function startsInThePast(d: DeadlinesDraft, today: IsoDate): boolean {
  return isIsoDate(d.startBy) && d.startBy < today;
}

function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // 31 Aug + 6 months is the end of February, not 3 March.
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString().slice(0, 10);
}

/** The usual schedule of a Shanxi standard-land letter: start in 6 months, complete in 2 years, full production in 3. */
export function suggestedDeadlines(today: IsoDate): DeadlinesDraft {
  return { startBy: addMonths(today, 6), completeBy: addMonths(today, 24), outputBy: addMonths(today, 36) };
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export interface LetterRequest {
  parcelCode: string;
  enterprise: { uscc: string } | ({ uscc: string } & NewEnterpriseDraft);
  project: { code: string; name: string; industryCode?: string };
  deadlines: DeadlinesDraft;
  indicators: IndicatorOverride[];
}

/** The body of POST /api/commitments: a registered enterprise by its code, a new one with its details. */
export function letterRequest(input: {
  parcelCode: string;
  uscc: string;
  newEnterprise: NewEnterpriseDraft | null;
  project: ProjectDraft;
  deadlines: DeadlinesDraft;
  overrides: IndicatorOverride[];
}): LetterRequest {
  const trimmed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as T;
  const industryCode = input.project.industryCode.trim();
  return {
    parcelCode: input.parcelCode,
    enterprise: input.newEnterprise ? { uscc: input.uscc, ...trimmed(input.newEnterprise) } : { uscc: input.uscc },
    project: { code: input.project.code.trim(), name: input.project.name.trim(), ...(industryCode ? { industryCode } : {}) },
    deadlines: trimmed(input.deadlines),
    indicators: input.overrides,
  };
}
