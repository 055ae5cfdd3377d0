// Whether the app can reach its server, for the offline banner and for refusing writes. Two sources:
// the browser's own flag (navigator.onLine and its online/offline events) and what reads actually do
// — the service worker reports every failed or answered network read and every answer it took from
// its cache, and without a service worker failed queries report themselves (main.tsx). A server that
// is down behind a working network counts as offline too.

export interface Connectivity {
  /** navigator.onLine: the device has some network. */
  browserOnline: boolean;
  /** False from a read that could not reach the server until one that did. */
  serverReachable: boolean;
  /** When the oldest cached answer shown since the connection dropped was fetched (ISO 8601), if known. */
  cachedAt: string | null;
  /** A new version of the app is installed and waits for a reload. */
  updateReady: boolean;
}

export type ConnectivityEvent =
  | { type: 'browser'; online: boolean }
  | { type: 'reachable'; reachable: boolean }
  | { type: 'cached'; at: string | null }
  | { type: 'update-ready' };

export const isOnline = (state: Connectivity): boolean => state.browserOnline && state.serverReachable;

/** The next state after an event; returns the same object when nothing changes. */
export function nextConnectivity(state: Connectivity, event: ConnectivityEvent): Connectivity {
  switch (event.type) {
    case 'browser':
      if (event.online === state.browserOnline) return state;
      // Back online: assume the server is there too until a read says otherwise; the data shown is
      // about to be refreshed, so its cache time no longer applies.
      return event.online ? { ...state, browserOnline: true, serverReachable: true, cachedAt: null } : { ...state, browserOnline: false };
    case 'reachable':
      if (event.reachable === state.serverReachable) return state;
      return event.reachable ? { ...state, serverReachable: true, cachedAt: state.browserOnline ? null : state.cachedAt } : { ...state, serverReachable: false };
    case 'cached': {
      const at = event.at === null ? Number.NaN : Date.parse(event.at);
      if (Number.isNaN(at)) return state;
      const iso = new Date(at).toISOString();
      return state.cachedAt !== null && state.cachedAt <= iso ? state : { ...state, cachedAt: iso };
    }
    case 'update-ready':
      return state.updateReady ? state : { ...state, updateReady: true };
  }
}

type Listener = () => void;

export interface ConnectivityStore {
  get(): Connectivity;
  dispatch(event: ConnectivityEvent): void;
  subscribe(listener: Listener): () => void;
}

export function createConnectivityStore(initial: Connectivity): ConnectivityStore {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    dispatch(event) {
      const next = nextConnectivity(state, event);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's one store. */
export const connectivity = createConnectivityStore({
  browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  serverReachable: true,
  cachedAt: null,
  updateReady: false,
});
