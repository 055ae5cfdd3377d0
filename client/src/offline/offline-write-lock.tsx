// Writes that cannot wait in the outbox (publishing, review, imports, edits) are refused while offline:
// every control inside is disabled (a disabled fieldset), with the reason said once above them and as
// their tooltip, instead of failing later with a network error.
import type { ReactNode } from 'react';
import { useI18n } from '../app/locale';
import { useOnline } from './use-online';

export function OfflineWriteLock({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { online } = useOnline();
  return (
    <>
      {!online && (
        <p className="offline-lock-note" role="status" data-testid="offline-lock-note">
          {t('offline.staffLocked')}
        </p>
      )}
      <fieldset className="offline-lock" disabled={!online} title={online ? undefined : t('offline.writeDisabled')}>
        {children}
      </fieldset>
    </>
  );
}
