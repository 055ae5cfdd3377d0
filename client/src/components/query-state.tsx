// Loading, empty and error states, the same everywhere: an error shows the server's problem+json
// `detail` and offers a retry.
import type { ReactNode } from 'react';
import { useI18n } from '../app/locale';
import { ApiError, NETWORK_ERROR } from '../lib/api';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

export function errorDetail(error: unknown, networkMessage: string): string {
  if (error instanceof ApiError) return error.code === NETWORK_ERROR ? networkMessage : error.detail;
  return error instanceof Error ? error.message : String(error);
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state-error" role="alert">
      <p>{t('common.error', { detail: errorDetail(error, t('common.networkError')) })}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
