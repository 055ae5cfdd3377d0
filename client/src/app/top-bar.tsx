// The header: title, and the few things that are not about one parcel (list toggle on a phone,
// comparison, the policy library, language, settings, the staff area for staff, account — for an
// enterprise, a menu with its own letters and cases). On a phone the policy library, language,
// settings and the staff area fold into one menu so the bar keeps to one line.
import { Link } from 'react-router';
import { HeaderMenu } from '../components/header-menu';
import { LanguageButton } from '../components/language-button';
import { AccountButton } from '../features/account/account-button';
import { StaffLink } from '../features/staff/staff-link';
import { PHONE_QUERY, useMediaQuery } from '../lib/use-media-query';
import { useI18n } from './locale';

interface Props {
  compareCount: number;
  listOpen: boolean;
  onToggleList(): void;
  onCompare(): void;
  onSwitchLocale(): void;
  onSettings(): void;
  onSignIn(): void;
}

export function TopBar({ compareCount, listOpen, onToggleList, onCompare, onSwitchLocale, onSettings, onSignIn }: Props) {
  const { t, locale } = useI18n();
  const phone = useMediaQuery(PHONE_QUERY);
  const secondary = (
    <>
      <Link className="topbar-button" to={locale === 'en' ? '/policies?lang=en' : '/policies'} data-testid="open-policies">
        {t('app.policies')}
      </Link>
      <LanguageButton onSwitch={onSwitchLocale} />
      <button type="button" className="topbar-button" onClick={onSettings} aria-label={t('app.settings')}>
        <span className="label-long">{t('app.settings')}</span>
        <span className="label-short" aria-hidden="true">
          ⚙
        </span>
      </button>
      <StaffLink />
    </>
  );
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <span className="brand-sub">{t('app.subtitle')}</span>
      </div>
      <nav className="topbar-actions" aria-label={t('app.title')}>
        <button type="button" className="topbar-button only-phone" aria-expanded={listOpen} aria-controls="sidebar" onClick={onToggleList}>
          {listOpen ? t('app.showMap') : t('app.showList')}
        </button>
        <button type="button" className="topbar-button" onClick={onCompare} data-testid="open-compare">
          {t('compare.open', { n: compareCount })}
        </button>
        {phone ? (
          <HeaderMenu summary="☰" label={t('app.more')} testId="header-more">
            {secondary}
          </HeaderMenu>
        ) : (
          secondary
        )}
        <AccountButton onSignIn={onSignIn} />
      </nav>
    </header>
  );
}
