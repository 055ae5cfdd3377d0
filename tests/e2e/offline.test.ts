// Offline in a real browser (Debian chromium through playwright-core) against the real server on a
// fresh copy of the demo database: the service worker takes the page over and keeps the parcel just
// viewed; with the network cut, a reload still opens the map, the banner says the data is cached, the
// parcel opens again with its indicators, a check record saved offline waits in the outbox and reaches
// the server once the network is back; /hall opens offline; staff writes are refused while offline.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParcelDetail } from '../../client/src/lib/api-types';
import type { Role } from '../../server/src/users/roles';
import { type AtlasServer, startAtlasServer } from './atlas-server';
import { ARTIFACTS, demoAccount, drawOneStoreyBuilding, HAS_CHROMIUM, launchChromium, pixelOf, signInContext, tilesRendered } from './browser';
// A published demo parcel in 山西转型综合改革示范区 (Taiyuan): investment intensity ≥ 360 万元/亩,
// FAR 1.2–2.2, so a small one-storey building fails the FAR floor.
const KNOWN_CODE = '140105-2026-0001';

describe.skipIf(!HAS_CHROMIUM)('offline map, hall and staff area in chromium', () => {
  let server: AtlasServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let parcel: ParcelDetail;
  let recordsBefore = 0;

  const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}${path}`)).json() as Promise<T>;
  const shot = (p: Page, name: string) => p.screenshot({ path: `${ARTIFACTS}${name}.png` });
  const [lon, lat] = [() => parcel.centroid.coordinates[0] as number, () => parcel.centroid.coordinates[1] as number];
  const records = async () => (await api<{ total: number }>(`/api/parcels/${KNOWN_CODE}/checks`)).total;

  /** The pixel once the map has stopped moving: closing the panel widens the map a frame or two later. */
  async function settledPixelOf(p: Page, x: number, y: number): Promise<[number, number]> {
    let last = await pixelOf(p, x, y);
    for (let i = 0; i < 50; i++) {
      await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const next = await pixelOf(p, x, y);
      if (next[0] === last[0] && next[1] === last[1]) return next;
      last = next;
    }
    throw new Error('the map did not settle');
  }

  const signIn = (role: Role) => signInContext(context, server.url, role);

  beforeAll(async () => {
    server = await startAtlasServer();
    parcel = await api<ParcelDetail>(`/api/parcels/${KNOWN_CODE}`);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', serviceWorkers: 'allow' });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the service worker uncached and the web app manifest with its icons', async () => {
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    const manifestRes = await fetch(`${server.url}/manifest.webmanifest`);
    expect(manifestRes.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await manifestRes.json()) as { name: string; display: string; icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ name: '标准地一张图', display: 'standalone' });
    for (const icon of manifest.icons) {
      const res = await fetch(`${server.url}${icon.src}`);
      expect(res.headers.get('content-type')).toBe('image/png');
    }
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });

  it('keeps the parcel just viewed once the service worker controls the page', async () => {
    await signIn('enterprise');
    recordsBefore = await records();
    await page.goto(`${server.url}/?parcel=${KNOWN_CODE}`);
    const panel = page.getByTestId('detail-panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe(parcel.name);
    await tilesRendered(page);
    // Registered, installed, in control, and what the page loaded before is in the worker's cache.
    await page.locator('html[data-offline="ready"]').waitFor({ timeout: 30_000 });
    await expect(page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).resolves.toBe(`${server.url}/sw.js`);
  });

  it('reloads without a network, says the data is cached, and opens the parcel again', async () => {
    await context.setOffline(true);
    await page.reload();
    const banner = page.getByTestId('offline-banner');
    await expect(banner.locator('strong').textContent()).resolves.toBe('网络已断开，正在显示缓存的数据');
    // The worker answered from its cache and said when that answer was fetched.
    await expect(page.getByTestId('offline-cached-at').textContent()).resolves.toMatch(/^数据时间：\d{2}:\d{2}$/);
    const panel = page.getByTestId('detail-panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe(parcel.name);
    await tilesRendered(page);

    // Closed and opened again from the map: the tiles and the detail both come from the cache.
    await panel.getByRole('button', { name: '关闭' }).first().click();
    await panel.waitFor({ state: 'detached' });
    const [x, y] = await settledPixelOf(page, lon(), lat());
    await page.mouse.click(x, y);
    await expect(panel.locator('h2').textContent()).resolves.toBe(parcel.name);
    await expect(panel.locator('tr[data-indicator="investmentIntensity"] .bound').textContent()).resolves.toBe('≥ 360 万元/亩');
    await expect(panel.locator('tr[data-indicator="floorAreaRatio"] .bound').textContent()).resolves.toBe('1.2–2.2');
    await shot(page, 'offline-map');
  });

  it('queues a check record saved offline and sends it when the network is back', async () => {
    await page.getByTestId('open-check').click();
    await drawOneStoreyBuilding(page, lon(), lat());

    // Offline, the session cannot be asked: the account last signed in here may still queue.
    await page.getByTestId('save-check').click();
    await page.getByTestId('check-queued').waitFor();
    const item = page.getByTestId('outbox-item');
    await expect(item.getAttribute('data-state')).resolves.toBe('queued');
    await expect(item.textContent()).resolves.toContain(KNOWN_CODE);
    expect(await records()).toBe(recordsBefore);
    await shot(page, 'offline-queued');

    await context.setOffline(false);
    const sent = (await page.getByTestId('outbox-sent').textContent()) ?? '';
    const id = new RegExp(`^核验记录 #(\\d+) 已发送（地块 ${KNOWN_CODE}）`).exec(sent)?.[1];
    expect(id).toBeDefined();
    // Next to the save button, the queued note gives way to the record's number.
    await expect(page.locator('.save-row .state-success').textContent()).resolves.toBe(`已保存为记录 #${id}`);
    await expect(page.getByTestId('check-queued').count()).resolves.toBe(0);
    await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
    await expect(page.getByTestId('outbox-item').count()).resolves.toBe(0);
    expect(await records()).toBe(recordsBefore + 1);
    const list = await api<{ items: { createdBy: string; verdict: string }[] }>(`/api/parcels/${KNOWN_CODE}/checks`);
    expect(list.items[0]).toMatchObject({ createdBy: demoAccount('enterprise').username, verdict: 'fail' });
    await shot(page, 'offline-sent');
  });

  it('opens the hall screen offline for a signed-in agent, from the public copy of what they viewed', async () => {
    // An agent's reads are private and never kept; the worker keeps their public copy instead.
    await signIn('agent');
    const listed = await api<{ items: { code: string; name: string }[] }>('/api/parcels?status=listed&limit=5');
    const other = listed.items.find((i) => i.code !== KNOWN_CODE);
    if (!other) throw new Error('the demo has no second listed parcel');
    const hall = await context.newPage();
    await hall.goto(`${server.url}/hall?parcel=${other.code}`);
    await hall.getByText(other.name).first().waitFor();
    const detailUrl = `${server.url}/api/parcels/${other.code}`;
    await hall.waitForFunction(
      async (url) => (await (await caches.open('atlas-api')).match(url, { ignoreVary: true }))?.headers.get('Cache-Control') ?? null,
      detailUrl,
    );
    await expect(
      hall.evaluate(async (url) => (await (await caches.open('atlas-api')).match(url, { ignoreVary: true }))?.headers.get('Cache-Control'), detailUrl),
    ).resolves.toMatch(/^public/);

    await context.setOffline(true);
    await hall.reload();
    await hall.getByTestId('offline-banner').waitFor();
    await hall.getByText(other.name).first().waitFor();
    await hall.locator('tr[data-indicator]').first().waitFor();
    // The map around it too: zoomed to the parcel, its tiles (public copies) from the cache.
    await tilesRendered(hall);
    await shot(hall, 'offline-hall');
    await context.setOffline(false);
    await hall.close();
  });

  it('refuses staff writes while offline, with the reason', async () => {
    await signIn('publisher');
    const staff = await context.newPage();
    await staff.goto(`${server.url}/staff/published`);
    await staff.getByTestId('list-published').waitFor();
    const controls = staff.locator('#staff-main :is(button, input, select, textarea)');
    expect(await controls.count()).toBeGreaterThan(0);
    await context.setOffline(true);
    await staff.getByTestId('offline-banner').waitFor();
    await expect(staff.getByTestId('offline-lock-note').textContent()).resolves.toContain('离线时不能提交');
    const enabled = await controls.evaluateAll((els) => els.filter((el) => !el.matches(':disabled')).map((el) => el.outerHTML.slice(0, 120)));
    expect(enabled).toEqual([]);
    await expect(staff.locator('fieldset.offline-lock').getAttribute('title')).resolves.toBe('离线时不能提交');
    await shot(staff, 'offline-staff');
    await context.setOffline(false);
    await staff.getByTestId('offline-lock-note').waitFor({ state: 'detached' });
    expect(await controls.evaluateAll((els) => els.filter((el) => el.matches(':disabled')).length)).toBeLessThan(await controls.count());
    await staff.close();
  });

  it('refuses a letter’s actions and the policy form while offline too, and gives them back online', async () => {
    const { rows } = await server.db.query<{ id: string }>(`SELECT id FROM commitments WHERE status = 'in_force' ORDER BY id LIMIT 1`);
    const letterId = rows[0]?.id;
    if (!letterId) throw new Error('the demo has no letter in force');
    const other = await context.newPage();
    await other.goto(`${server.url}/commitments/${letterId}`);
    const terminate = other.getByTestId('letter-terminate');
    await terminate.waitFor();
    const controls = other.locator('[data-testid="letter-page"] :is(button, input, select, textarea)');
    await context.setOffline(true);
    await other.getByTestId('offline-banner').waitFor();
    await expect(other.getByTestId('offline-lock-note').textContent()).resolves.toContain('离线时不能提交');
    await expect(controls.evaluateAll((els) => els.filter((el) => !el.matches(':disabled')).map((el) => el.outerHTML.slice(0, 120)))).resolves.toEqual([]);
    await shot(other, 'offline-letter');
    await context.setOffline(false);
    await other.getByTestId('offline-lock-note').waitFor({ state: 'detached' });
    await expect(terminate.isDisabled()).resolves.toBe(false);

    await other.goto(`${server.url}/policies`);
    await other.getByText('发布政策').click();
    const publish = other.getByTestId('policy-form').locator('button[type="submit"]');
    await publish.waitFor();
    await context.setOffline(true);
    await expect.poll(() => publish.isDisabled()).toBe(true);
    await context.setOffline(false);
    await expect.poll(() => publish.isDisabled()).toBe(false);
    await other.close();
  });
});
