// Under the header of the map, /hall and /staff: the offline notice (with the time of the cached data
// when the service worker knows it), what waits in the outbox and why, what was just sent, and a new
// version waiting for a reload. Renders nothing when there is nothing to say.
import './offline.css';
import { useEffect } from 'react';
import { useI18n } from '../app/locale';
import { formatWhen } from './format-time';
import { reloadToUpdate } from './offline-support';
import type { OutboxItem } from './outbox';
import { dismiss, dismissSent, flushOutbox, retry, useOutbox } from './use-outbox';
import { useKnownAccount } from './use-known-account';
import { useOnline } from './use-online';

function OutboxEntry({ item, online }: { item: OutboxItem; online: boolean }) {
  const { t, locale } = useI18n();
  const held = item.state === 'refused' || item.state === 'needs-sign-in' || item.state === 'other-account';
  return (
    <li className={held ? 'outbox-item outbox-item-held' : 'outbox-item'} data-state={item.state} data-testid="outbox-item">
      <span className="outbox-what">
        {t('outbox.checkRecord', { code: item.subject.code, name: item.subject.name })}
        <span className="fine-print">{t('outbox.queuedAt', { time: formatWhen(item.queuedAt, locale) })}</span>
      </span>
      <span className="outbox-state" role={held ? 'alert' : undefined}>
        {t(`outbox.state.${item.state}`, { username: item.username, detail: item.problem?.detail ?? '' })}
        {item.state === 'queued' && item.problem && <span className="fine-print">{item.problem.detail}</span>}
      </span>
      {held && (
        <span className="outbox-actions">
          <button type="button" className="link-button" disabled={!online} title={online ? undefined : t('offline.writeDisabled')} onClick={() => void retry(item.id)}>
            {t('outbox.retry')}
          </button>
          <button type="button" className="link-button" onClick={() => void dismiss(item.id)}>
            {t('outbox.dismiss')}
          </button>
        </span>
      )}
    </li>
  );
}

export function OfflineBanner() {
  const { t, locale } = useI18n();
  const { online, cachedAt, updateReady } = useOnline();
  const outbox = useOutbox();
  // Also keeps the signed-in account for this tab, so a reload without a network can still queue.
  const username = useKnownAccount()?.username ?? null;
  const waitingForAccount = outbox.items.some((i) => i.state === 'needs-sign-in' || i.state === 'other-account');

  // Signing in (again) is what held items wait for.
  useEffect(() => {
    if (username && waitingForAccount && online) void flushOutbox();
  }, [username, waitingForAccount, online]);

  if (online && !updateReady && outbox.items.length === 0 && outbox.sent.length === 0) return null;
  return (
    <div className="offline-region" aria-live="polite">
      {!online && (
        <p className="offline-banner" role="status" data-testid="offline-banner">
          <strong>{t('offline.banner')}</strong>
          {cachedAt && <span data-testid="offline-cached-at">{t('offline.cachedAt', { time: formatWhen(cachedAt, locale) })}</span>}
        </p>
      )}
      {outbox.items.length > 0 && (
        <section className="outbox" aria-label={t('outbox.title', { n: outbox.items.length })}>
          <h2 className="outbox-title">{t('outbox.title', { n: outbox.items.length })}</h2>
          <ul className="outbox-list">
            {outbox.items.map((item) => (
              <OutboxEntry key={item.id} item={item} online={online} />
            ))}
          </ul>
        </section>
      )}
      {outbox.sent.map(({ item, response }) => (
        <p key={item.id} className="outbox-sent" role="status" data-testid="outbox-sent">
          {t('outbox.sent', { id: (response as { id?: number } | null)?.id ?? '—', code: item.subject.code })}
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={() => dismissSent(item.id)}>
            ×
          </button>
        </p>
      ))}
      {updateReady && (
        <p className="offline-update" role="status">
          {t('offline.updateReady')}{' '}
          <button type="button" className="link-button" onClick={reloadToUpdate}>
            {t('offline.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
