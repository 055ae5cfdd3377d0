// Reads asked for again, without the session cookie, so the service worker can keep their public
// answer (only public answers are kept: sw-plugins.ts):
// - on the first visit, what the page loaded before the new worker took it over (none of it went
//   through the worker, so none of it is kept yet);
// - whenever the worker reports that a read was private (a signed-in hall agent or publisher): the
//   public copy — published parcels only — is what the hall can show offline.
import { isPublicRead, isTileJsonRequest, isTileRequest } from './cache-routes';

/** At most this many copies in flight, so they never crowd out what the page itself is loading. */
const PARALLEL = 4;
/** A long session forgets what it asked for rather than growing without end. */
const REMEMBER = 5000;

const asked = new Set<string>();
const waiting: string[] = [];
let inFlight = 0;

function fetchPublic(url: string): Promise<unknown> {
  return fetch(url, { credentials: 'omit' }).catch(() => undefined);
}

function pump(): void {
  while (inFlight < PARALLEL && waiting.length > 0) {
    const url = waiting.shift() as string;
    inFlight++;
    void fetchPublic(url).finally(() => {
      inFlight--;
      pump();
    });
  }
}

/** Asks once per page for the public answer at `url`, in the background. */
export function keepPublicCopy(url: string): void {
  if (asked.has(url)) return;
  if (asked.size >= REMEMBER) asked.clear();
  asked.add(url);
  waiting.push(url);
  pump();
}

/** Enough for a screenful of tiles and the reads around them. */
const MAX_URLS = 200;

/** The first visit: what the page already loaded and the worker would keep, asked for again through it. */
export async function warmRuntimeCache(): Promise<void> {
  const urls = new Set<string>();
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name, location.href);
    const match = { url, sameOrigin: url.origin === location.origin };
    if (isTileRequest(match) || isTileJsonRequest(match) || isPublicRead(match)) urls.add(url.href);
  }
  const chosen = [...urls].slice(-MAX_URLS);
  for (const url of chosen) asked.add(url);
  await Promise.allSettled(chosen.map(fetchPublic));
}
