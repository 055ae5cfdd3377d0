// Calendar dates for people: "2026年10月12日星期一", "Monday 12 October 2026". A `YYYY-MM-DD` date is
// read as a calendar day (UTC midnight, formatted in UTC), so no time zone can move it by a day.
import type { Locale } from '../../app/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatLongDate(date: string, locale: Locale, { weekday = false }: { weekday?: boolean } = {}): string {
  const key = `${locale}|${weekday}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      ...(weekday ? { weekday: 'long' } : {}),
    });
    formats.set(key, format);
  }
  const instant = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(instant.getTime()) ? date : format.format(instant);
}

/** The date on this device's own calendar, `YYYY-MM-DD` (a hall PC keeps Beijing time). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
