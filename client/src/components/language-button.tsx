// The header's language switch: "English" / "中文", cut to "EN" / "中" on a phone.
import { useI18n } from '../app/locale';

export function LanguageButton({ onSwitch }: { onSwitch(): void }) {
  const { t, locale } = useI18n();
  return (
    <button type="button" className="topbar-button" onClick={onSwitch} aria-label={t('app.languageLabel')} lang={locale === 'zh' ? 'en' : 'zh-CN'}>
      <span className="label-long">{t('app.language')}</span>
      <span className="label-short" aria-hidden="true">
        {locale === 'zh' ? 'EN' : '中'}
      </span>
    </button>
  );
}
