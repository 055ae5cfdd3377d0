// The staff area's header: title, the tabs this role may use, the way back to the public map,
// language and account.
import { Link, NavLink } from 'react-router';
import { useI18n } from '../../app/locale';
import { AccountButton } from '../account/account-button';
import type { StaffTab } from './staff-permissions';

interface Props {
  tabs: readonly StaffTab[];
  onSwitchLocale(): void;
  onSignIn(): void;
}

export function StaffHeader({ tabs, onSwitchLocale, onSignIn }: Props) {
  const { t, locale } = useI18n();
  return (
    <header className="staff-header">
      <div className="topbar">
        <div className="brand">
          <h1>
            <Link to="/staff" className="brand-link">
              {t('app.title')} · {t('staff.title')}
            </Link>
          </h1>
        </div>
        <nav className="topbar-actions" aria-label={t('staff.title')}>
          <Link className="topbar-button" to="/">
            {t('staff.backToMap')}
          </Link>
          <button type="button" className="topbar-button" onClick={onSwitchLocale} aria-label={t('app.languageLabel')} lang={locale === 'zh' ? 'en' : 'zh-CN'}>
            {t('app.language')}
          </button>
          <AccountButton onSignIn={onSignIn} />
        </nav>
      </div>
      {tabs.length > 0 && (
        <nav className="staff-tabs" aria-label={t('staff.tabsLabel')}>
          {tabs.map((tab) => (
            <NavLink key={tab} to={`/staff/${tab}`} className="staff-tab" data-testid={`staff-tab-${tab}`}>
              {t(`staff.tab.${tab}`)}
            </NavLink>
          ))}
        </nav>
      )}
    </header>
  );
}
