// One frame for the pages beside the map (letters, enterprises, cases, policies): the language of the
// URL's `lang` or the stored choice (switching keeps every other parameter), a header with the way
// back to the map, the page's own links, the staff area, language and account, and the offline banner.
import './page-shell.css';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isLocale, type Locale, type MessageId } from '../app/i18n';
import { LocaleProvider, storedLocale, storeLocale, useI18n } from '../app/locale';
import { AccountButton } from '../features/account/account-button';
import { SignInDialog } from '../features/account/sign-in-dialog';
import { StaffLink } from '../features/staff/staff-link';
import { OfflineBanner } from '../offline/offline-banner';

/** The screen's language from the URL (`?lang=en`) or the stored choice, and a switch that writes both. */
export function useUrlLocale(): [Locale, () => void] {
  const [params, setParams] = useSearchParams();
  const lang = params.get('lang');
  const [locale, setLocale] = useState<Locale>(() => (isLocale(lang) ? lang : storedLocale()));
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

export interface PageShellProps {
  /** Names the area in the header and the navigation's label. */
  area: MessageId;
  /** Links of the area shown before the way back to the map (rendered inside the locale). */
  links?: ReactNode;
  children: ReactNode;
}

export function PageShell({ area, links, children }: PageShellProps) {
  const [locale, switchLocale] = useUrlLocale();
  return (
    <LocaleProvider locale={locale}>
      <Frame area={area} links={links} onSwitchLocale={switchLocale}>
        {children}
      </Frame>
    </LocaleProvider>
  );
}

function Frame({ area, links, onSwitchLocale, children }: Omit<PageShellProps, 'children'> & { onSwitchLocale(): void; children: ReactNode }) {
  const { t, locale } = useI18n();
  const [signInOpen, setSignInOpen] = useState(false);
  return (
    <div className="app page-shell">
      <a className="skip-link" href="#page-main">
        {t('staff.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <h1>
            <Link to="/" className="brand-link">
              {t('app.title')}
            </Link>
          </h1>
          <span className="brand-sub">{t(area)}</span>
        </div>
        <nav className="topbar-actions" aria-label={t(area)}>
          {links}
          <Link className="topbar-button" to="/">
            {t('staff.backToMap')}
          </Link>
          <StaffLink />
          <button type="button" className="topbar-button" onClick={onSwitchLocale} aria-label={t('app.languageLabel')} lang={locale === 'zh' ? 'en' : 'zh-CN'}>
            {t('app.language')}
          </button>
          <AccountButton onSignIn={() => setSignInOpen(true)} />
        </nav>
      </header>
      <OfflineBanner />
      <main id="page-main" className="page-main" tabIndex={-1}>
        {children}
      </main>
      <SignInDialog open={signInOpen} onClose={() => setSignInOpen(false)} />
    </div>
  );
}
