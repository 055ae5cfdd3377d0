// The language of a screen: the URL's `lang` when given (a shared link keeps its language), else the
// user's stored choice; also sets <html lang> so screen readers and fonts follow.
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import type { Locale } from './i18n';
import { LocaleProvider, storedLocale } from './locale';
import { useAtlasState } from './use-atlas-state';

export function UrlLocaleProvider({ children }: { children: ReactNode }) {
  const [state] = useAtlasState();
  const locale: Locale = state.locale ?? storedLocale();
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  return <LocaleProvider locale={locale}>{children}</LocaleProvider>;
}
