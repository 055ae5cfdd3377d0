// The hall screen's header: title, the working-day helper, language, full screen (kiosk), and a
// way back to the atlas that kiosk mode hides from applicants.
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import type { Kiosk } from './use-fullscreen';

interface Props {
  kiosk: Kiosk;
  onDeadline(): void;
  onSwitchLocale(): void;
}

export function HallHeader({ kiosk, onDeadline, onSwitchLocale }: Props) {
  const { t, locale } = useI18n();
  return (
    <header className="hall-header">
      <h1>
        {t('app.title')} <span className="hall-header-sub">{t('hall.title')}</span>
      </h1>
      <nav className="hall-header-actions" aria-label={t('hall.title')}>
        <button type="button" className="hall-header-button" onClick={onDeadline} data-testid="open-deadline">
          {t('hall.deadline')}
        </button>
        <button type="button" className="hall-header-button" onClick={onSwitchLocale} aria-label={t('app.languageLabel')} lang={locale === 'zh' ? 'en' : 'zh-CN'}>
          {t('app.language')}
        </button>
        <button type="button" className="hall-header-button" aria-pressed={kiosk.active} onClick={kiosk.toggle} data-testid="kiosk-toggle">
          {kiosk.active ? t('hall.exitFullscreen') : t('hall.fullscreen')}
        </button>
        {!kiosk.active && (
          <Link className="hall-header-button" to="/">
            {t('hall.backToAtlas')}
          </Link>
        )}
      </nav>
    </header>
  );
}
