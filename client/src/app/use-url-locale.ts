// The language of the screens outside the map (staff area, letters, cases, policies, the parcel sheet):
// `?lang=` first, so a shared link keeps its language, then the choice made in this browser.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isLocale, type Locale } from './i18n';
import { storedLocale, storeLocale } from './locale';

/**
 * The screen's language from the URL (`?lang=en`) or else the choice made here (at first the stored
 * one), and a switch that writes both: a link that drops `lang` keeps the language just chosen.
 */
export function useUrlLocale(): [Locale, () => void] {
  const [params, setParams] = useSearchParams();
  const lang = params.get('lang');
  const [chosen, setLocale] = useState<Locale>(() => (isLocale(lang) ? lang : storedLocale()));
  const locale = isLocale(lang) ? lang : chosen;
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  const switchLocale = () => {
    const next: Locale = locale === 'zh' ? 'en' : 'zh';
    storeLocale(next);
    setLocale(next);
    setParams(
      (p) => {
        const copy = new URLSearchParams(p);
        if (next === 'zh') copy.delete('lang');
        else copy.set('lang', next);
        return copy;
      },
      { replace: true },
    );
  };
  return [locale, switchLocale];
}
