// Workbox plugins that run inside the service worker (sw.js). Like cache-routes.ts, each callback is
// serialised with Function#toString, so it must be self-contained: it may use only its arguments and
// the worker's globals (`self`, `navigator`), no imports and no outer variables.

interface CacheWillUpdate {
  response: Response;
}
interface CachedResponseWillBeUsed {
  cachedResponse?: Response;
}
interface FetchDidSucceed {
  response: Response;
}
interface FetchDidSucceedFor extends FetchDidSucceed {
  request: Request;
  event?: { clientId?: string };
}
interface FetchDidFail {
  error?: unknown;
}
/** The worker's own global, as far as these callbacks use it (types vanish from sw.js). */
interface WorkerScope {
  clients: {
    matchAll(options: { type: 'window' }): Promise<{ postMessage(message: unknown): void }[]>;
    get(id: string): Promise<{ postMessage(message: unknown): void } | undefined>;
  };
  atlasDataVersion?: number;
}

/**
 * Keeps only what the server marked shareable. Staff sessions' reads are `Cache-Control: private`
 * (they include unpublished parcels), sessions and accounts `no-store`: none of them is ever written
 * to a cache another user of the same browser could read. Errors are not kept either; an empty tile
 * (204) is, so an offline map does not ask for it again.
 */
export const publicResponsesOnly = {
  cacheWillUpdate: async ({ response }: CacheWillUpdate): Promise<Response | null> =>
    (response.status === 200 || response.status === 204) && !/private|no-store/i.test(response.headers.get('Cache-Control') ?? '') ? response : null,
};

/**
 * Tells the open pages whether the server answered and when a read was answered from the cache
 * instead (with the `Date` of the cached answer), for the offline banner (connectivity.ts).
 */
export const reportToPages = {
  fetchDidFail: async ({ error }: FetchDidFail): Promise<void> => {
    // The page cancelled the read (a newer search replaced it): that says nothing about the network.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    for (const client of await (self as unknown as WorkerScope).clients.matchAll({ type: 'window' })) client.postMessage({ type: 'atlas:network', reachable: false });
  },
  fetchDidSucceed: async ({ response }: FetchDidSucceed): Promise<Response> => {
    for (const client of await (self as unknown as WorkerScope).clients.matchAll({ type: 'window' })) client.postMessage({ type: 'atlas:network', reachable: true });
    return response;
  },
  cachedResponseWillBeUsed: async ({ cachedResponse }: CachedResponseWillBeUsed): Promise<Response | undefined> => {
    if (!cachedResponse) return cachedResponse;
    const cachedAt = cachedResponse.headers.get('Date');
    for (const client of await (self as unknown as WorkerScope).clients.matchAll({ type: 'window' })) client.postMessage({ type: 'atlas:cache', cachedAt });
    return cachedResponse;
  },
};

/**
 * A staff session's reads are private and never kept, so a hall agent signed in would find nothing
 * offline. The worker asks the page that made such a read to fetch the same URL once more without its
 * cookie (public-copies.ts): that public answer — published parcels only — goes through the same route
 * and is kept like any other.
 */
export const askForPublicCopies = {
  fetchDidSucceed: async ({ request, response, event }: FetchDidSucceedFor): Promise<Response> => {
    if (request.credentials !== 'omit' && event?.clientId && /private/i.test(response.headers.get('Cache-Control') ?? '')) {
      const client = await (self as unknown as WorkerScope).clients.get(event.clientId);
      client?.postMessage({ type: 'atlas:private', url: request.url });
    }
    return response;
  },
};

/**
 * Online, tiles come from the network (a publish shows at once, a staff session sees its drafts);
 * the cache answers when the network fails or is slower than the route's timeout. In that second case
 * a cached tile must not predate a publish: tile and TileJSON ETags name the catalogue's data version
 * (`W/"v12-…"`), the newest version seen from the server is remembered, and an older cached tile is
 * not used while the browser is online. Offline, any cached tile beats none. The worker forgets the
 * version when the browser stops it; the TileJSON the map reads first on every load teaches it again.
 */
export const tilesOfCurrentDataVersion = {
  fetchDidSucceed: async ({ response }: FetchDidSucceed): Promise<Response> => {
    const version = /"v(\d+)-/.exec(response.headers.get('ETag') ?? '');
    const scope = self as unknown as WorkerScope;
    if (version) scope.atlasDataVersion = Math.max(scope.atlasDataVersion ?? 0, Number(version[1]));
    return response;
  },
  cachedResponseWillBeUsed: async ({ cachedResponse }: CachedResponseWillBeUsed): Promise<Response | null | undefined> => {
    if (!cachedResponse || !navigator.onLine) return cachedResponse;
    const version = /"v(\d+)-/.exec(cachedResponse.headers.get('ETag') ?? '');
    const newest = (self as unknown as WorkerScope).atlasDataVersion ?? 0;
    return version && Number(version[1]) < newest ? null : cachedResponse;
  },
};
