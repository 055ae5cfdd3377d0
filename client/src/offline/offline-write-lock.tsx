// Writes that cannot wait in the outbox (publishing, review, imports, edits, letters, cases, policies)
// are refused while offline: every control inside is disabled (a disabled fieldset), with the reason
// said once above them and as their tooltip, instead of failing later with a network error.
import type { ReactNode } from 'react';
import type { MessageId } from '../app/i18n';
import { useI18n } from '../app/locale';
import { useOnline } from './use-online';

interface Props {
  children: ReactNode;
  /** What is said above the controls while offline; null where a note above already says it. */
  note?: MessageId | null;
}

export function OfflineWriteLock({ children, note = 'offline.staffLocked' }: Props) {
  const { t } = useI18n();
  const { online } = useOnline();
  return (
    <>
      {!online && note !== null && (
        <p className="offline-lock-note" role="status" data-testid="offline-lock-note">
          {t(note)}
        </p>
      )}
      <fieldset className="offline-lock" disabled={!online} title={online ? undefined : t('offline.writeDisabled')}>
        {children}
      </fieldset>
    </>
  );
}
