// The header: title, and the few things that are not about one parcel (list toggle on a phone,
// comparison, language, settings, the staff area for staff, account).
import { AccountButton } from '../features/account/account-button';
import { StaffLink } from '../features/staff/staff-link';
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
        <button type="button" className="topbar-button" onClick={onSwitchLocale} aria-label={t('app.languageLabel')} lang={locale === 'zh' ? 'en' : 'zh-CN'}>
          <span className="label-long">{t('app.language')}</span>
          <span className="label-short" aria-hidden="true">
            {locale === 'zh' ? 'EN' : '中'}
          </span>
        </button>
        <button type="button" className="topbar-button" onClick={onSettings} aria-label={t('app.settings')}>
          <span className="label-long">{t('app.settings')}</span>
          <span className="label-short" aria-hidden="true">
            ⚙
          </span>
        </button>
        <StaffLink />
        <AccountButton onSignIn={onSignIn} />
      </nav>
    </header>
  );
}
