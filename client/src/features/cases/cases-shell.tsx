// The frame of the case pages (/cases, /cases/new, /cases/:code): the URL's `lang` (other parameters
// are kept when switching), a header with the way to the desk, the map, the staff area, language and
// account.
import './cases.css';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isLocale, type Locale } from '../../app/i18n';
import { LocaleProvider, storedLocale, storeLocale, useI18n } from '../../app/locale';
import { OfflineBanner } from '../../offline/offline-banner';
import { AccountButton } from '../account/account-button';
import { SignInDialog } from '../account/sign-in-dialog';
import { StaffLink } from '../staff/staff-link';

export function CasesShell({ children }: { children: ReactNode }) {
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
  return (
    <LocaleProvider locale={locale}>
      <Frame onSwitchLocale={switchLocale}>{children}</Frame>
    </LocaleProvider>
  );
}

function Frame({ onSwitchLocale, children }: { onSwitchLocale(): void; children: ReactNode }) {
  const { t, locale } = useI18n();
  const [signInOpen, setSignInOpen] = useState(false);
  return (
    <div className="app cases-app">
      <a className="skip-link" href="#cases-main">
        {t('staff.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <h1>
            <Link to="/" className="brand-link">
              {t('app.title')}
            </Link>
          </h1>
          <span className="brand-sub">{t('case.area')}</span>
        </div>
        <nav className="topbar-actions" aria-label={t('case.area')}>
          <Link className="topbar-button" to="/cases" data-testid="cases-home">
            {t('case.portal')}
          </Link>
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
      <main id="cases-main" className="cases-main" tabIndex={-1}>
        {children}
      </main>
      <SignInDialog open={signInOpen} onClose={() => setSignInOpen(false)} />
    </div>
  );
}
