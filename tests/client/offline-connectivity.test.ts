import { describe, expect, it } from 'vitest';
import { type Connectivity, createConnectivityStore, isOnline, nextConnectivity } from '../../client/src/offline/connectivity';
import { formatWhen } from '../../client/src/offline/format-time';

const ONLINE: Connectivity = { browserOnline: true, serverReachable: true, cachedAt: null, updateReady: false };

describe('connectivity', () => {
  it('is offline when the browser says so, and when the server does not answer behind a working network', () => {
    expect(isOnline(ONLINE)).toBe(true);
    expect(isOnline(nextConnectivity(ONLINE, { type: 'browser', online: false }))).toBe(false);
    expect(isOnline(nextConnectivity(ONLINE, { type: 'reachable', reachable: false }))).toBe(false);
  });

  it('keeps the oldest cache time shown while offline, and forgets it once back online', () => {
    let state = nextConnectivity(ONLINE, { type: 'browser', online: false });
    state = nextConnectivity(state, { type: 'cached', at: 'Wed, 04 Mar 2026 09:30:00 GMT' });
    state = nextConnectivity(state, { type: 'cached', at: 'Wed, 04 Mar 2026 08:15:00 GMT' });
    state = nextConnectivity(state, { type: 'cached', at: 'Wed, 04 Mar 2026 10:00:00 GMT' });
    expect(state.cachedAt).toBe('2026-03-04T08:15:00.000Z');
    // A read answered by the server while the browser still says offline does not end the offline state.
    state = nextConnectivity(state, { type: 'reachable', reachable: true });
    expect(state.cachedAt).toBe('2026-03-04T08:15:00.000Z');
    state = nextConnectivity(state, { type: 'browser', online: true });
    expect(state).toEqual(ONLINE);
  });

  it('ignores a cached answer without a usable date', () => {
    expect(nextConnectivity(ONLINE, { type: 'cached', at: null })).toBe(ONLINE);
    expect(nextConnectivity(ONLINE, { type: 'cached', at: 'yesterday-ish' })).toBe(ONLINE);
  });

  it('tells subscribers about changes only', () => {
    const store = createConnectivityStore(ONLINE);
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.dispatch({ type: 'browser', online: true });
    store.dispatch({ type: 'reachable', reachable: false });
    store.dispatch({ type: 'reachable', reachable: false });
    store.dispatch({ type: 'update-ready' });
    stop();
    store.dispatch({ type: 'reachable', reachable: true });
    expect(calls).toBe(2);
    expect(store.get()).toEqual({ ...ONLINE, updateReady: true });
  });
});

describe('formatWhen', () => {
  const now = new Date(2026, 2, 4, 18, 0);
  it('gives the time alone today, the date before, and the year only for another year', () => {
    expect(formatWhen(new Date(2026, 2, 4, 9, 5).toISOString(), 'zh', now)).toBe('09:05');
    expect(formatWhen(new Date(2026, 2, 3, 17, 40).toISOString(), 'zh', now)).toBe('3月3日 17:40');
    expect(formatWhen(new Date(2025, 11, 31, 8, 0).toISOString(), 'zh', now)).toBe('2025年12月31日 08:00');
    expect(formatWhen(new Date(2026, 2, 3, 17, 40).toISOString(), 'en', now)).toBe('3 Mar 17:40');
    expect(formatWhen(new Date(2025, 11, 31, 8, 0).toISOString(), 'en', now)).toBe('31 Dec 2025 08:00');
  });
});
