// "When" for the offline banner and the outbox: the time alone today, the date and time before.
import type { Locale } from '../app/i18n';

const pad = (n: number) => String(n).padStart(2, '0');

export function formatWhen(iso: string, locale: Locale, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay = at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth() && at.getDate() === now.getDate();
  if (sameDay) return time;
  const sameYear = at.getFullYear() === now.getFullYear();
  if (locale === 'zh') return `${sameYear ? '' : `${at.getFullYear()}年`}${at.getMonth() + 1}月${at.getDate()}日 ${time}`;
  const date = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
  return `${date} ${time}`;
}
