// First map render on the demo data, measured in a real browser (Debian chromium through
// playwright-core) against the real server on the embedded database. Reported, not asserted: the
// figures go to tests/artifacts/perf.json (and a Chromium trace to tests/artifacts/perf-trace.json).
//
// "First render" is the moment every parcel tile in the first view has arrived (the map's
// `data-tiles-loaded` hook) plus two animation frames, so they are painted, counted from navigation
// start. Two runs: a cold one (empty caches, no service worker) and a warm one (the service worker
// installed and the tiles in its cache).
import { writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParcelDetail } from '../../client/src/lib/api-types';
import { type AtlasServer, startAtlasServer } from './atlas-server';
import { ARTIFACTS, HAS_CHROMIUM, launchChromium } from './browser';

declare global {
  interface Window {
    __atlasPerf?: { mapCanvasMs?: number; tilesLoadedMs?: number; tilesPaintedMs?: number };
  }
}

// The demo's densest corner: 山西转型综合改革示范区 (Taiyuan), around its first parcel.
const KNOWN_CODE = '140105-2026-0001';
const ZOOM = 14;

interface RunFigures {
  firstContentfulPaintMs: number | null;
  domContentLoadedMs: number;
  loadMs: number;
  mapCanvasMs: number | null;
  tilesLoadedMs: number;
  firstMapRenderMs: number;
  tileRequests: number;
  tileBytes: number;
  scriptBytes: number;
  fromServiceWorker: boolean;
}

/** Marks, from inside the page, when the map's canvas appears and when its first tiles are in. */
function installPerformanceMarks(): void {
  const perf: NonNullable<Window['__atlasPerf']> = {};
  window.__atlasPerf = perf;
  const observer = new MutationObserver(() => {
    if (perf.mapCanvasMs === undefined && document.querySelector('.map canvas')) {
      perf.mapCanvasMs = performance.now();
      performance.mark('atlas:map-canvas');
    }
    if (perf.tilesLoadedMs === undefined && document.querySelector('.map[data-tiles-loaded="true"]')) {
      perf.tilesLoadedMs = performance.now();
      performance.mark('atlas:tiles-loaded');
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          perf.tilesPaintedMs = performance.now();
          performance.mark('atlas:first-map-render');
          observer.disconnect();
        }),
      );
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-tiles-loaded'] });
}

async function measure(page: Page, url: string): Promise<RunFigures> {
  await page.goto(url);
  await page.waitForFunction(() => window.__atlasPerf?.tilesPaintedMs !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const perf = window.__atlasPerf ?? {};
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const tiles = resources.filter((r) => /\/tiles\/[\w-]+\/\d+\/\d+\/\d+\.mvt$/.test(new URL(r.name).pathname));
    const scripts = resources.filter((r) => r.initiatorType === 'script' || /\.js$/.test(new URL(r.name).pathname));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const round = (ms: number) => Math.round(ms);
    return {
      firstContentfulPaintMs: fcp ? round(fcp.startTime) : null,
      domContentLoadedMs: round(navigation?.domContentLoadedEventEnd ?? 0),
      loadMs: round(navigation?.loadEventEnd ?? 0),
      mapCanvasMs: perf.mapCanvasMs === undefined ? null : round(perf.mapCanvasMs),
      tilesLoadedMs: round(perf.tilesLoadedMs ?? 0),
      firstMapRenderMs: round(perf.tilesPaintedMs ?? 0),
      tileRequests: tiles.length,
      // Bytes on the wire; 0 for answers a cache gave.
      tileBytes: tiles.reduce((sum, r) => sum + r.transferSize, 0),
      scriptBytes: scripts.reduce((sum, r) => sum + r.transferSize, 0),
      fromServiceWorker: navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
    };
  });
}

describe.skipIf(!HAS_CHROMIUM)('first map render in chromium (reported, not asserted)', () => {
  let server: AtlasServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startAtlasServer();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function newPage(serviceWorkers: 'allow' | 'block'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', serviceWorkers });
    contexts.push(context);
    await context.addInitScript(installPerformanceMarks);
    return context.newPage();
  }

  it('writes the first render time of the demo map to tests/artifacts/perf.json', async () => {
    const parcel = (await (await fetch(`${server.url}/api/parcels/${KNOWN_CODE}`)).json()) as ParcelDetail;
    const [lon, lat] = parcel.centroid.coordinates as [number, number];
    const url = `${server.url}/?z=${ZOOM}&c=${lon},${lat}`;

    // Cold: a fresh profile, traced.
    const coldPage = await newPage('block');
    await browser.startTracing(coldPage, { path: `${ARTIFACTS}perf-trace.json`, categories: ['devtools.timeline', 'blink.user_timing', 'loading'] });
    const cold = await measure(coldPage, url);
    await browser.stopTracing();

    // Warm: a first visit installs the service worker and fills its cache; the measured visit is the next one.
    const warmPage = await newPage('allow');
    await warmPage.goto(url);
    await warmPage.locator('html[data-offline="ready"]').waitFor({ timeout: 30_000 });
    const warm = await measure(warmPage, url);

    const report = {
      at: new Date().toISOString(),
      browser: `chromium ${browser.version()}`,
      url: url.replace(server.url, ''),
      viewport: '1400×900',
      note: 'firstMapRenderMs: navigation start → every parcel tile of the first view loaded and painted (2 frames). Reported, not asserted.',
      cold,
      warm,
    };
    writeFileSync(`${ARTIFACTS}perf.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`first map render: cold ${cold.firstMapRenderMs} ms (${cold.tileRequests} tiles, ${cold.tileBytes} B), warm ${warm.firstMapRenderMs} ms`);

    expect(cold.tileRequests).toBeGreaterThan(0);
    expect(warm.fromServiceWorker).toBe(true);
  });
});
