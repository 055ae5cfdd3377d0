// Where a parcel's printable sheet lives; the language goes along when it is not the default.
import { DEFAULT_LOCALE, type Locale } from '../../app/i18n';

export function sheetPath(code: string, locale: Locale): string {
  const path = `/parcels/${encodeURIComponent(code)}/sheet`;
  return locale === DEFAULT_LOCALE ? path : `${path}?lang=${locale}`;
}
