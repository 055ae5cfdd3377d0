// One frame for the pages beside the map (letters, enterprises, cases, policies): the language of the
// URL's `lang` or the stored choice (switching keeps every other parameter), a header with the way
// back to the map, the page's own links, the staff area, language and account (on a phone all but the
// account in one menu), and the offline banner.
import './page-shell.css';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { MessageId } from '../app/i18n';
import { LocaleProvider, useI18n } from '../app/locale';
import { useUrlLocale } from '../app/use-url-locale';
import { AccountButton } from '../features/account/account-button';
import { SignInDialog } from '../features/account/sign-in-dialog';
import { StaffLink } from '../features/staff/staff-link';
import { PHONE_QUERY, useMediaQuery } from '../lib/use-media-query';
import { OfflineBanner } from '../offline/offline-banner';
import { HeaderMenu } from './header-menu';
import { LanguageButton } from './language-button';

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
  const { t } = useI18n();
  const [signInOpen, setSignInOpen] = useState(false);
  const phone = useMediaQuery(PHONE_QUERY);
  const actions = (
    <>
      {links}
      <Link className="topbar-button" to="/">
        {t('staff.backToMap')}
      </Link>
      <StaffLink />
      <LanguageButton onSwitch={onSwitchLocale} />
    </>
  );
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
          {phone ? (
            <HeaderMenu summary="☰" label={t('app.more')} testId="header-more">
              {actions}
            </HeaderMenu>
          ) : (
            actions
          )}
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
