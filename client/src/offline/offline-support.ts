// Started once by main.tsx: follows the connection, registers the service worker (production builds in
// a secure context only: https, or localhost), and sends the outbox whenever the app is back online.
import { ApiError, NETWORK_ERROR } from '../lib/api';
import { connectivity, isOnline } from './connectivity';
import { flushOutbox } from './use-outbox';
import { keepPublicCopy, warmRuntimeCache } from './public-copies';

/** While the server is unreachable behind a working network, ask it this often whether it is back. */
const PROBE_INTERVAL_MS = 15_000;

let applyUpdate: (() => void) | null = null;

/** Takes the waiting new version of the app: the worker activates and the page reloads onto it. */
export function reloadToUpdate(): void {
  if (applyUpdate) applyUpdate();
  else window.location.reload();
}

/** For a failed query (main.tsx's QueryCache): one that never reached the server says it is offline. */
export function reportQueryError(error: unknown): void {
  if (error instanceof ApiError && error.code === NETWORK_ERROR) connectivity.dispatch({ type: 'reachable', reachable: false });
}

/** For an answered query: it proves the server is there only when no service worker could have answered it from a cache. */
export function reportQuerySuccess(): void {
  if (!navigator.serviceWorker?.controller) connectivity.dispatch({ type: 'reachable', reachable: true });
}

function onWorkerMessage(event: MessageEvent): void {
  const data = event.data as { type?: string; reachable?: boolean; cachedAt?: string | null; url?: string } | null;
  if (data?.type === 'atlas:network' && typeof data.reachable === 'boolean') connectivity.dispatch({ type: 'reachable', reachable: data.reachable });
  else if (data?.type === 'atlas:cache') connectivity.dispatch({ type: 'cached', at: data.cachedAt ?? null });
  else if (data?.type === 'atlas:private' && typeof data.url === 'string' && new URL(data.url).origin === location.origin) keepPublicCopy(data.url);
}

/** Marks the page for people and tests: `<html data-offline="ready">` once the worker controls it and holds what it showed. */
function markOfflineReady(): void {
  document.documentElement.dataset.offline = 'ready';
}

async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !window.isSecureContext || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox('/sw.js', { scope: '/' });
  navigator.serviceWorker.addEventListener('message', onWorkerMessage);
  workbox.addEventListener('waiting', () => connectivity.dispatch({ type: 'update-ready' }));
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) {
      window.location.reload();
      return;
    }
    void warmRuntimeCache().then(markOfflineReady);
  });
  applyUpdate = () => workbox.messageSkipWaiting();
  if (navigator.serviceWorker.controller) markOfflineReady();
  await workbox.register();
}

function probeWhileUnreachable(): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const probe = async () => {
    try {
      const res = await fetch('/api/health', { cache: 'no-store' });
      if (res.ok) connectivity.dispatch({ type: 'reachable', reachable: true });
    } catch {
      // Still unreachable: try again at the next tick.
    }
  };
  connectivity.subscribe(() => {
    const { browserOnline, serverReachable } = connectivity.get();
    const wanted = browserOnline && !serverReachable;
    if (wanted && timer === undefined) timer = setInterval(() => void probe(), PROBE_INTERVAL_MS);
    if (!wanted && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  });
}

export function startOfflineSupport(): void {
  window.addEventListener('online', () => connectivity.dispatch({ type: 'browser', online: true }));
  window.addEventListener('offline', () => connectivity.dispatch({ type: 'browser', online: false }));
  let wasOnline = isOnline(connectivity.get());
  connectivity.subscribe(() => {
    const online = isOnline(connectivity.get());
    if (online && !wasOnline) void flushOutbox();
    wasOnline = online;
  });
  probeWhileUnreachable();
  registerServiceWorker().catch((error: unknown) => console.error('service worker registration failed', error));
  // Whatever an earlier visit left queued.
  if (navigator.onLine) void flushOutbox();
}
