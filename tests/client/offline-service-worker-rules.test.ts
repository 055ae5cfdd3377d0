// The service worker's rules, run the way sw.js runs them: Workbox writes each matcher and plugin
// callback into sw.js with Function#toString, so every case runs on a copy rebuilt from its source
// text, where a stray import or outer variable would fail.
import { describe, expect, it } from 'vitest';
import { APP_PAGES, isPublicRead, isTileJsonRequest, isTileRequest, type RouteMatch } from '../../client/src/offline/cache-routes';
import { askForPublicCopies, publicResponsesOnly, tilesOfCurrentDataVersion } from '../../client/src/offline/sw-plugins';

const ORIGIN = 'https://atlas.example';

/** The function as sw.js gets it: its source text, evaluated with nothing else in scope. */
function fromSource<F extends (...args: never[]) => unknown>(fn: F): F {
  return new Function(`return (${fn.toString()});`)() as F;
}

const matchOf = (path: string, origin = ORIGIN): RouteMatch => {
  const url = new URL(path, origin);
  return { url, sameOrigin: url.origin === ORIGIN };
};

describe('service worker routes', () => {
  const publicRead = fromSource(isPublicRead);
  const tile = fromSource(isTileRequest);
  const tileJson = fromSource(isTileJsonRequest);

  it.each([
    '/api/parcels',
    '/api/parcels?status=listed&limit=20',
    '/api/parcels/140105-2026-0001',
    '/api/zones?geometry=true',
    '/api/zones/G140100',
    '/api/calendar/add-workdays?from=2026-03-02&days=5',
    '/api/calendar/day/2026-10-01',
    '/api/policies?category=finance',
    '/api/policies/12',
    '/api/commitments?parcel=140105-2026-0001',
    '/api/commitments/CL2026000012',
    '/api/enterprises/91140100MA0K3C7A04',
    '/api/cases?parcel=140105-2026-0001',
  ])('keeps the public read %s', (path) => {
    expect(publicRead(matchOf(path))).toBe(true);
  });

  it.each([
    '/api/session',
    '/api/users',
    '/api/imports/12',
    '/api/exports?format=geojson',
    '/api/constraint-layers',
    '/api/parcels/140105-2026-0001/history',
    '/api/parcels/140105-2026-0001/checks',
    '/api/parcels/140105-2026-0001/checks/3',
    '/api/openapi.json',
    '/api/health',
    '/verify/CL0000000001',
    '/api/commitments/reminders',
    '/api/commitments/CL2026000012/letter.pdf',
    '/api/enterprises/91140100MA0K3C7A04/credit',
    '/api/cases?mine=true',
    '/api/cases/DB140702202600012G',
    '/api/evaluation/metrics?quarter=2026Q3&scope=14',
  ])('leaves %s to the network', (path) => {
    expect(publicRead(matchOf(path))).toBe(false);
    expect(tile(matchOf(path))).toBe(false);
  });

  it('keeps tiles and TileJSON of our own server only', () => {
    expect(tile(matchOf('/tiles/parcels/15/26543/12345.mvt'))).toBe(true);
    expect(tile(matchOf('/tiles/zones/9/420/190.mvt'))).toBe(true);
    expect(tileJson(matchOf('/tiles/parcels.json'))).toBe(true);
    expect(tile(matchOf('/tiles/parcels/15/26543/12345.mvt', 'https://t0.tianditu.gov.cn'))).toBe(false);
    expect(publicRead(matchOf('/api/parcels', 'https://elsewhere.example'))).toBe(false);
  });

  it('opens the app’s own pages offline, and not the server’s', () => {
    const page = (path: string) => APP_PAGES.some((re) => re.test(path));
    const appPages = ['/', '/?parcel=140105-2026-0001&z=16', '/hall', '/hall?q=太原&lang=en', '/staff', '/staff/drafts?lang=en', '/staff/parcels/140105-2026-0001', '/parcels/140105-2026-0001/sheet', '/parcels/140105-2026-0001/sheet?lang=en', '/commitments', '/enterprises/91140100MA0K3C7A04', '/cases', '/cases/DB140702202600012G', '/policies', '/policies/3?lang=en'];
    expect(appPages.filter((p) => !page(p))).toEqual([]);
    expect(['/verify/CL0000000001', '/api/parcels', '/api/parcels?status=listed', '/ogc', '/tiles/parcels.json', '/sw.js', '/hallway'].filter(page)).toEqual([]);
  });
});

describe('service worker plugins', () => {
  const keep = fromSource(publicResponsesOnly.cacheWillUpdate);
  const response = (status: number, headers: Record<string, string>) => new Response(status === 204 ? null : '{}', { status, headers });

  it('keeps public answers and empty tiles, never private, no-store or failed ones', async () => {
    expect(await keep({ response: response(200, { 'Cache-Control': 'public, max-age=0, must-revalidate' }) })).not.toBeNull();
    expect(await keep({ response: response(204, { 'Cache-Control': 'public, max-age=0, must-revalidate' }) })).not.toBeNull();
    expect(await keep({ response: response(200, {}) })).not.toBeNull();
    expect(await keep({ response: response(200, { 'Cache-Control': 'private, max-age=0, must-revalidate' }) })).toBeNull();
    expect(await keep({ response: response(200, { 'Cache-Control': 'no-store' }) })).toBeNull();
    expect(await keep({ response: response(404, {}) })).toBeNull();
    expect(await keep({ response: response(503, {}) })).toBeNull();
  });

  it('drops a cached tile older than the newest data version seen, while online', async () => {
    const learn = fromSource(tilesOfCurrentDataVersion.fetchDidSucceed);
    const use = fromSource(tilesOfCurrentDataVersion.cachedResponseWillBeUsed);
    const tile = (version: number) => response(200, { ETag: `W/"v${version}-abcdefghijklmnop"` });
    // The worker's `self` and navigator.onLine, whatever Node version runs the test.
    const scope = { atlasDataVersion: undefined as number | undefined };
    const before = { self: Object.getOwnPropertyDescriptor(globalThis, 'self'), navigator: Object.getOwnPropertyDescriptor(globalThis, 'navigator') };
    Object.defineProperty(globalThis, 'self', { value: scope, configurable: true });
    const setOnline = (onLine: boolean) => Object.defineProperty(globalThis, 'navigator', { value: { onLine }, configurable: true });
    try {
      setOnline(true);
      expect(await use({ cachedResponse: tile(3) })).not.toBeNull();
      await learn({ response: tile(4) });
      expect(scope.atlasDataVersion).toBe(4);
      expect(await use({ cachedResponse: tile(3) })).toBeNull();
      expect(await use({ cachedResponse: tile(4) })).not.toBeNull();
      await learn({ response: tile(2) });
      expect(scope.atlasDataVersion).toBe(4);
      setOnline(false);
      expect(await use({ cachedResponse: tile(3) })).not.toBeNull();
    } finally {
      for (const [name, descriptor] of Object.entries(before)) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else Reflect.deleteProperty(globalThis, name);
      }
    }
  });

  it('asks the page that made a private read for its public copy, once, and never for a public one', async () => {
    const ask = fromSource(askForPublicCopies.fetchDidSucceed);
    const messages: { to: string; message: unknown }[] = [];
    const before = Object.getOwnPropertyDescriptor(globalThis, 'self');
    Object.defineProperty(globalThis, 'self', {
      value: { clients: { get: async (id: string) => ({ postMessage: (message: unknown) => messages.push({ to: id, message }) }) } },
      configurable: true,
    });
    const url = `${ORIGIN}/api/parcels/140105-2026-0001`;
    try {
      const event = { clientId: 'hall-tab' };
      await ask({ request: new Request(url), response: response(200, { 'Cache-Control': 'private, max-age=0, must-revalidate' }), event });
      await ask({ request: new Request(url), response: response(200, { 'Cache-Control': 'public, max-age=0, must-revalidate' }), event });
      // The copy itself (no cookie) is not asked about again.
      await ask({ request: new Request(url, { credentials: 'omit' }), response: response(200, { 'Cache-Control': 'private' }), event });
    } finally {
      if (before) Object.defineProperty(globalThis, 'self', before);
      else Reflect.deleteProperty(globalThis, 'self');
    }
    expect(messages).toEqual([{ to: 'hall-tab', message: { type: 'atlas:private', url } }]);
  });
});
