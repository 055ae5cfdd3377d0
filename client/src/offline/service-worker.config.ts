// The service worker and web app manifest, built by vite-plugin-pwa (Workbox generateSW) into
// dist/client/sw.js and manifest.webmanifest. Read by client/vite.config.ts only.
//
// - Precache: the app shell (index.html, every hashed chunk and stylesheet, the bundled basemap chunk,
//   the icons), so the map, /hall and /staff open without a network.
// - Tiles, TileJSON and public reads: network first with a short timeout, then the last answer kept —
//   so a parcel and the map around it, viewed once, open again offline. Network first for tiles too:
//   a cached tile served first (stale-while-revalidate) would hide a publish until the next visit and
//   show a signed-in publisher the public tiles without their drafts. Capped and aged out.
// - Only public answers are kept (sw-plugins.ts); a staff session's private reads are kept as their
//   public copy. Everything else, and every write, goes to the network untouched.
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { APP_PAGES, isPublicRead, isTileJsonRequest, isTileRequest } from './cache-routes';
import { askForPublicCopies, publicResponsesOnly, reportToPages, tilesOfCurrentDataVersion } from './sw-plugins';

const DAY_S = 24 * 60 * 60;

export const serviceWorkerOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  filename: 'sw.js',
  // Registered by client/src/offline/register-sw.ts, in production builds and secure contexts only.
  injectRegister: false,
  // A new version waits until the user takes it (the banner offers a reload): a hall agent mid-way
  // through a consultation is not reloaded under their hands.
  registerType: 'prompt',
  // The manifest and its icons are precached by the plugin itself; the glob adds the rest of the shell.
  includeManifestIcons: true,
  manifest: {
    id: '/',
    name: '标准地一张图',
    short_name: '标准地',
    description: '山西省标准地一张图：标准地地块、控制指标、区域评估与项目核验',
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f3a5f',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html}'],
    // The largest chunk (OpenLayers) is well under this; a bigger one would fail the build, not go missing.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // The first install takes the open page over, so what it shows can be kept from then on.
    clientsClaim: true,
    skipWaiting: false,
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: APP_PAGES,
    runtimeCaching: [
      {
        urlPattern: isTileRequest,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'atlas-tiles',
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 2000, maxAgeSeconds: 14 * DAY_S },
          matchOptions: { ignoreVary: true },
          plugins: [publicResponsesOnly, tilesOfCurrentDataVersion, askForPublicCopies],
        },
      },
      {
        urlPattern: isTileJsonRequest,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'atlas-tilejson',
          networkTimeoutSeconds: 4,
          matchOptions: { ignoreVary: true },
          plugins: [publicResponsesOnly, tilesOfCurrentDataVersion, reportToPages, askForPublicCopies],
        },
      },
      {
        urlPattern: isPublicRead,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'atlas-api',
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 300, maxAgeSeconds: 30 * DAY_S },
          matchOptions: { ignoreVary: true },
          plugins: [publicResponsesOnly, reportToPages, askForPublicCopies],
        },
      },
    ],
  },
};
