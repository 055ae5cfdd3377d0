// The current language for every component: URL `lang` first (a shared link keeps its language),
// then the last choice in this browser, then Chinese.
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { DEFAULT_LOCALE, isLocale, type Locale, type MessageId, type MessageParams, translate } from './i18n';

const STORAGE_KEY = 'atlas.locale';

export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the URL still carries the choice.
  }
}

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export type Translate = (id: MessageId, params?: MessageParams) => string;

export function useI18n(): { locale: Locale; t: Translate } {
  const locale = useContext(LocaleContext);
  const t = useCallback<Translate>((id, params) => translate(locale, id, params), [locale]);
  return useMemo(() => ({ locale, t }), [locale, t]);
}
