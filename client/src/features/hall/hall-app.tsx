// The service-hall consultation screen (/hall): an agent and an applicant at a touchscreen. Large
// type and targets, no hover, a kiosk toggle; find a parcel, go through its facts, indicators and
// assessments, try the project against them, work out a deadline, print the parcel sheet.
// Its state is the atlas's own URL vocabulary (`q`, `page`, `parcel`, `tool=check`, `lang`).
import './hall.css';
import { useEffect, useState } from 'react';
import type { Locale } from '../../app/i18n';
import { storeLocale, useI18n } from '../../app/locale';
import { UrlLocaleProvider } from '../../app/url-locale';
import { useAtlasState } from '../../app/use-atlas-state';
import { Dialog } from '../../components/dialog';
import { useParcel } from '../../lib/queries';
import { OfflineBanner } from '../../offline/offline-banner';
import { SignInDialog } from '../account/sign-in-dialog';
import { DeadlineHelper } from './deadline-helper';
import { HallHeader } from './hall-header';
import { HallParcel } from './hall-parcel';
import { HallSearch } from './hall-search';
import { useFullscreen } from './use-fullscreen';

export default function HallApp() {
  return (
    <UrlLocaleProvider>
      <HallScreen />
    </UrlLocaleProvider>
  );
}

function HallScreen() {
  const { t, locale } = useI18n();
  const [state, update] = useAtlasState();
  const kiosk = useFullscreen();
  const [deadlineOpen, setDeadlineOpen] = useState(false);
  const [signInOpen, setSignInOpen] = useState(false);
  const detail = useParcel(state.parcel);
  const parcelName = detail.data?.code === state.parcel ? detail.data?.name : undefined;

  useEffect(() => {
    document.title = [parcelName, t('hall.title'), t('app.title')].filter(Boolean).join(' · ');
  }, [parcelName, t]);

  const switchLocale = () => {
    const next: Locale = locale === 'zh' ? 'en' : 'zh';
    storeLocale(next);
    update((s) => ({ ...s, locale: next === 'zh' ? null : next }), { replace: true });
  };

  return (
    <div className="hall" data-kiosk={kiosk.active}>
      <HallHeader kiosk={kiosk} onDeadline={() => setDeadlineOpen(true)} onSwitchLocale={switchLocale} />
      <OfflineBanner />
      {kiosk.fallback && (
        <p className="hall-note" role="status">
          {t('hall.kioskFallback')}
        </p>
      )}
      <main className="hall-main">
        {state.parcel ? (
          <HallParcel
            code={state.parcel}
            query={detail}
            checking={state.tool === 'check'}
            onBack={() => update((s) => ({ ...s, parcel: null, tool: null }))}
            onCheck={(open) => update((s) => ({ ...s, tool: open ? 'check' : null }))}
            onSelect={(code) => update((s) => ({ ...s, parcel: code, tool: null }))}
            onSignIn={() => setSignInOpen(true)}
          />
        ) : (
          <HallSearch
            q={state.filters.q}
            page={state.page}
            onSearch={(q) => update((s) => ({ ...s, filters: { ...s.filters, q }, page: 1 }))}
            onPage={(page) => update((s) => ({ ...s, page }))}
            onOpen={(code) => update((s) => ({ ...s, parcel: code, tool: null }))}
          />
        )}
      </main>
      <Dialog title={t('hall.deadline.title')} open={deadlineOpen} onClose={() => setDeadlineOpen(false)}>
        <DeadlineHelper />
      </Dialog>
      <SignInDialog open={signInOpen} onClose={() => setSignInOpen(false)} />
    </div>
  );
}
