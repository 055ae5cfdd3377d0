// The page's outbox: the IndexedDB store, what the components show of it, and sending it — one send at
// a time in this tab, and one tab at a time where the browser has Web Locks.
import { useSyncExternalStore } from 'react';
import { getJson, postJson } from '../lib/api';
import { connectivity } from './connectivity';
import { indexedDbOutbox, type NewOutboxItem, type OutboxItem, type OutboxStore } from './outbox';
import { type OutboxTransport, type SentItem, sendOutbox } from './outbox-sender';

export interface OutboxView {
  /** False where the browser has no IndexedDB (some private modes): nothing can be queued. */
  available: boolean;
  items: OutboxItem[];
  /** Sent since the page opened, newest last, until dismissed. */
  sent: SentItem[];
}

const store: OutboxStore | null = typeof indexedDB === 'undefined' ? null : indexedDbOutbox();

const transport: OutboxTransport = {
  session: () => getJson('/api/session'),
  post: (path, body, csrfToken) => postJson(path, body, csrfToken),
};

let view: OutboxView = { available: store !== null, items: [], sent: [] };
const listeners = new Set<() => void>();

function publish(next: Partial<OutboxView>): void {
  view = { ...view, ...next };
  for (const listener of listeners) listener();
}

async function reload(): Promise<void> {
  if (store) publish({ items: await store.list() });
}

function requireStore(): OutboxStore {
  if (!store) throw new Error('IndexedDB is not available in this browser');
  return store;
}

export async function enqueue(item: NewOutboxItem): Promise<OutboxItem> {
  const added = await requireStore().add(item);
  await reload();
  return added;
}

export async function dismiss(id: number): Promise<void> {
  await requireStore().remove(id);
  await reload();
}

export function dismissSent(id: number): void {
  publish({ sent: view.sent.filter((s) => s.item.id !== id) });
}

/** Sends one refused or held item again (after signing in, or once the reason is fixed). */
export async function retry(id: number): Promise<void> {
  const item = view.items.find((i) => i.id === id);
  if (!item) return;
  await requireStore().put({ ...item, state: 'queued', problem: null });
  await flushOutbox();
}

let flushing: Promise<void> | null = null;

async function flushOnce(outbox: OutboxStore): Promise<void> {
  const outcome = await sendOutbox(outbox, transport);
  if (outcome.reachable !== null) connectivity.dispatch({ type: 'reachable', reachable: outcome.reachable });
  publish({ items: outcome.kept, sent: [...view.sent, ...outcome.sent] });
}

/** Sends what can be sent now; a no-op while a send is already running. */
export function flushOutbox(): Promise<void> {
  const outbox = store;
  if (!outbox) return Promise.resolve();
  flushing ??= (async () => {
    try {
      if (navigator.locks) await navigator.locks.request('atlas-outbox', () => flushOnce(outbox));
      else await flushOnce(outbox);
    } catch (error) {
      // Storage trouble, not the network (that is an outcome): the items stay where they are.
      console.error('outbox: sending failed', error);
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  if (listeners.size === 1) void reload();
  return () => listeners.delete(listener);
};

export function useOutbox(): OutboxView {
  return useSyncExternalStore(subscribe, () => view);
}
