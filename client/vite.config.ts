// Vite config of the investor client. `root` is this folder, resolved from the config file itself so
// the build runs the same from `npm run build:client`, `npm start` (build-if-stale) and the e2e test.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { serviceWorkerOptions } from './src/offline/service-worker.config';

const CLIENT_ROOT = fileURLToPath(new URL('.', import.meta.url));
const API_SERVER = process.env.ATLAS_API ?? 'http://localhost:8080';

export default defineConfig({
  root: CLIENT_ROOT,
  base: '/',
  // The service worker and manifest (offline hall and map): see src/offline/service-worker.config.ts.
  plugins: [react(), VitePWA(serviceWorkerOptions)],
  // No CDN, no runtime download: everything the page needs is bundled or served by our own server.
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: their own chunks stay cached across releases.
        manualChunks(id) {
          if (/node_modules\/(ol|rbush|earcut|quickselect|color-[a-z]+)\//.test(id)) return 'ol';
          if (/node_modules\/(react|react-dom|scheduler|react-router|@tanstack)\//.test(id)) return 'react';
          return undefined;
        },
      },
      onwarn(warning, warn) {
        // zod's sources carry esbuild-style annotations Rollup drops; harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  server: {
    // The Host header goes through unchanged, so the URLs the server writes (TileJSON tile templates,
    // OGC links) point back at this dev server rather than around it.
    proxy: Object.fromEntries(['/api', '/ogc', '/tiles'].map((path) => [path, { target: API_SERVER, changeOrigin: false }])),
  },
  logLevel: 'warn',
});
