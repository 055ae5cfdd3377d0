// Labels of the policy library's codes, in the reader's language. Pure.
import { labelOf, type Locale, translate } from '../../app/i18n';
import { CONSULTATION_CHANNELS, CONSULTATION_STATUSES } from '../../../../server/src/policies/consultation';
import { POLICY_CATEGORIES, POLICY_VALIDITY } from '../../../../server/src/policies/policy-categories';

const find = <T extends { code: string; labelZh: string; labelEn: string }>(list: readonly T[], code: string | null, locale: Locale) => {
  const item = list.find((x) => x.code === code);
  return item ? labelOf(item, locale) : (code ?? '');
};

export const categoryLabel = (code: string, locale: Locale) => find(POLICY_CATEGORIES, code, locale);
export const validityLabel = (code: string, locale: Locale) => find(POLICY_VALIDITY, code, locale);
export const channelLabel = (code: string | null, locale: Locale) => find(CONSULTATION_CHANNELS, code, locale);
export const consultationStatusLabel = (code: string, locale: Locale) => find(CONSULTATION_STATUSES, code, locale);

/** "2025-05-01 至 2027-04-30", "2025-05-01 至 长期有效", with a repeal date when there is one. */
export function validityRange(p: { effectiveFrom: string; effectiveUntil: string | null; repealedOn: string | null }, locale: Locale): string {
  const range = translate(locale, 'policies.effectiveRange', { from: p.effectiveFrom, until: p.effectiveUntil ?? translate(locale, 'policies.openEnded') });
  return p.repealedOn ? `${range}（${translate(locale, 'policies.repealed', { date: p.repealedOn })}）` : range;
}

/** 全省 / 行政区划 1401 / nothing when the policy applies only where it is linked. */
export function scopeDivisionLabel(code: string | null, locale: Locale): string | null {
  if (code === null) return null;
  return code === '14' ? translate(locale, 'policies.scopeProvince') : translate(locale, 'policies.scopeDivision', { code });
}

/** A timestamp as a Beijing date and minute: 2026-03-11 14:40. */
export function beijingMinute(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}
