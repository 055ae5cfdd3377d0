// On the first visit the page loads its tiles, zones and parcel before the new service worker takes
// over, so none of that is in its cache yet. Once it controls the page, ask again — through the worker
// this time — for what the page already loaded and the worker would keep; from then on the parcel the
// visitor just looked at opens offline.
import { isPublicRead, isTileJsonRequest, isTileRequest } from './cache-routes';

/** Enough for a screenful of tiles and the reads around them. */
const MAX_URLS = 200;

export async function warmRuntimeCache(): Promise<void> {
  const urls = new Set<string>();
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name, location.href);
    const match = { url, sameOrigin: url.origin === location.origin };
    if (isTileRequest(match) || isTileJsonRequest(match) || isPublicRead(match)) urls.add(url.href);
  }
  await Promise.allSettled([...urls].slice(-MAX_URLS).map((url) => fetch(url, { credentials: 'same-origin' })));
}
