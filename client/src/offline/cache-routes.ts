// What the service worker may keep for offline use, in one place: the SW build (service-worker.config.ts)
// registers these matchers, and the page (warm-runtime-cache.ts) uses the same ones to re-request what
// it loaded before the service worker took over.
//
// Workbox serialises each matcher into sw.js with Function#toString, so every function here must be
// self-contained: no imports, no outer variables, no named helpers inside.

export interface RouteMatch {
  url: URL;
  sameOrigin: boolean;
}

/** Vector tiles, `/tiles/{layer}/{z}/{x}/{y}.mvt`. */
export const isTileRequest = ({ url, sameOrigin }: RouteMatch): boolean => sameOrigin && /^\/tiles\/[\w-]+\/\d+\/\d+\/\d+\.mvt$/.test(url.pathname);

/** TileJSON, `/tiles/{layer}.json`. */
export const isTileJsonRequest = ({ url, sameOrigin }: RouteMatch): boolean => sameOrigin && /^\/tiles\/[\w-]+\.json$/.test(url.pathname);

/**
 * Public reads: the parcel search, one parcel's detail, zones, the working-day calendar, policies, a
 * letter and its enterprise (masked for the public), and a parcel's case progress. Not sessions,
 * accounts, imports, exports, history, check records, reminders or anything else a session guards.
 */
export const isPublicRead = ({ url, sameOrigin }: RouteMatch): boolean =>
  sameOrigin &&
  (/^\/api\/(parcels(\/[^/]+)?|zones(\/[^/]+)?|calendar\/[\w-]+(\/[^/]+)?|policies(\/\d+)?|commitments(\/CL\d{10})?|enterprises\/[0-9A-Z]{18})$/.test(url.pathname) ||
    (url.pathname === '/api/cases' && url.searchParams.has('parcel')));

/**
 * Pages of the single-page app that open from the precached index.html when offline, matched against
 * path and query (Workbox's NavigationRoute). An allowlist, because the server renders pages of its
 * own (/verify/… for letters' QR codes) that the app must not replace; a new client route that should
 * open offline adds its pattern here.
 */
export const APP_PAGES: RegExp[] = [
  /^\/(\?.*)?$/,
  /^\/hall\/?(\?.*)?$/,
  /^\/(staff|commitments|cases|policies)(\/[^?]*)?(\?.*)?$/,
  /^\/enterprises\/[^/?]+(\?.*)?$/,
  /^\/parcels\/[^/?]+\/sheet(\?.*)?$/,
];
