// The investor view in a real browser (Debian chromium through playwright-core) against the real
// server on a fresh copy of the demo database: tiles, a parcel's indicators, a status filter, a
// shared link, a drawn site plan that fails an indicator, and the saved check record.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParcelDetail, ParcelPage } from '../../client/src/lib/api-types';
import { type AtlasServer, startAtlasServer } from './atlas-server';
import { ARTIFACTS, drawOneStoreyBuilding, fillSignInDialog, HAS_CHROMIUM, launchChromium, pixelOf, tilesRendered } from './browser';
// A published demo parcel in 山西转型综合改革示范区 (Taiyuan): investment intensity ≥ 360 万元/亩,
// FAR 1.2–2.2, so a small one-storey building fails the FAR floor.
const KNOWN_CODE = '140105-2026-0001';

describe.skipIf(!HAS_CHROMIUM)('investor view in chromium', () => {
  let server: AtlasServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let parcel: ParcelDetail;
  let sharedUrl = '';

  const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}${path}`)).json() as Promise<T>;
  const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png` });
  const [lon, lat] = [() => parcel.centroid.coordinates[0] as number, () => parcel.centroid.coordinates[1] as number];

  beforeAll(async () => {
    server = await startAtlasServer();
    parcel = await api<ParcelDetail>(`/api/parcels/${KNOWN_CODE}`);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the parcel tiles over the offline basemap', async () => {
    const tile = page.waitForResponse((r) => r.url().includes('/tiles/parcels/') && r.status() === 200);
    await page.goto(`${server.url}/?z=16&c=${lon()},${lat()}`);
    expect((await tile).headers()['content-type']).toContain('application/vnd.mapbox-vector-tile');
    await tilesRendered(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('标准地一张图');
    await shot(page, 'investor-map');
  });

  it('opens a parcel clicked on the map and lists its indicators', async () => {
    const [x, y] = await pixelOf(page, lon(), lat());
    await page.mouse.click(x, y);
    const panel = page.getByTestId('detail-panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe(parcel.name);
    await panel.locator('.indicator-table').waitFor();
    const investment = panel.locator('tr[data-indicator="investmentIntensity"]');
    await expect(investment.locator('th').textContent()).resolves.toBe('固定资产投资强度');
    await expect(investment.locator('.bound').textContent()).resolves.toBe('≥ 360 万元/亩');
    await expect(panel.locator('tr[data-indicator="floorAreaRatio"] .bound').textContent()).resolves.toBe('1.2–2.2');
    expect(new URL(page.url()).searchParams.get('parcel')).toBe(KNOWN_CODE);
    // The policies in force for it, each opening the policy library.
    const policies = panel.getByTestId('applicable-policies');
    await policies.locator('.policy-mini-list li').first().waitFor();
    await expect(policies.locator('a.policy-mini-title').first().getAttribute('href')).resolves.toMatch(/^\/policies\/\d+$/);
    await panel.locator('img.qr').waitFor();
    await shot(page, 'investor-detail');
  });

  it('filters the list by status, with the count the API gives', async () => {
    const total = page.getByTestId('result-total');
    const before = Number(await total.getAttribute('data-total'));
    const listed = await api<ParcelPage>('/api/parcels?status=listed&limit=1');
    expect(listed.total).not.toBe(before);
    await page.locator('.search-panel .chip', { hasText: '挂牌中' }).click();
    await page.locator(`[data-testid="result-total"][data-total="${listed.total}"]`).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('listed');
    await tilesRendered(page);
    await shot(page, 'investor-filtered');
  });

  it('restores the same screen from a shared link', async () => {
    sharedUrl = page.url();
    const view = await page.evaluate(() => window.__atlas?.view());
    const other = await context.newPage();
    await other.goto(sharedUrl);
    await expect(other.getByTestId('detail-panel').locator('h2').textContent()).resolves.toBe(parcel.name);
    await expect(other.locator('.search-panel .chip', { hasText: '挂牌中' }).locator('input').isChecked()).resolves.toBe(true);
    const restored = await other.evaluate(() => window.__atlas?.view());
    expect(restored?.zoom).toBeCloseTo(view?.zoom ?? 0, 1);
    expect(restored?.center[0]).toBeCloseTo(view?.center[0] ?? 0, 5);
    expect(restored?.center[1]).toBeCloseTo(view?.center[1] ?? 0, 5);
    await tilesRendered(other);
    await shot(other, 'investor-restored');
    await other.close();
  });

  it('checks a drawn one-storey building live and flags the floor-area ratio', async () => {
    await page.getByTestId('open-check').click();
    await drawOneStoreyBuilding(page, lon(), lat());
    await page.locator('.verdict[data-verdict="fail"]').waitFor();
    await expect(page.locator('.plan-features li').count()).resolves.toBe(1);
    await shot(page, 'investor-check');
  });

  it('saves the check as a record once signed in as an enterprise', async () => {
    await page.getByTestId('sign-in-to-save').click();
    await fillSignInDialog(page, 'enterprise');
    await page.getByTestId('save-check').click();
    await page.locator('.save-row .state-success').waitFor();
    const records = await api<{ total: number }>(`/api/parcels/${KNOWN_CODE}/checks`);
    expect(records.total).toBe(1);
  });

  it('compares parcels side by side and speaks English on request', async () => {
    await page.getByRole('button', { name: '退出核验' }).click();
    await page.getByTestId('detail-panel').getByRole('button', { name: '加入对比' }).click();
    await page.locator('.parcel-list .compare-toggle').first().click();
    await page.getByTestId('open-compare').click();
    const table = page.locator('.compare-table');
    await table.locator('thead th').nth(1).waitFor();
    await expect(table.locator('thead th').count()).resolves.toBe(2);
    const far = table.locator('tbody tr', { hasText: '容积率' }).locator('td').first();
    await far.waitFor();
    await expect(far.textContent()).resolves.toBe('1.2–2.2');
    await shot(page, 'investor-compare');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.locator('h1', { hasText: 'Standard-Land Atlas' }).waitFor();
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
    await expect(page.locator('tr[data-indicator="investmentIntensity"] th').textContent()).resolves.toBe('Fixed-asset investment intensity');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  });
});
