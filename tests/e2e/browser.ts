// What the browser tests share: Debian's chromium launched one way, the artifacts folder, script
// errors collected, the map's pixel for a lon/lat, waiting for painted tiles, the demo accounts with
// the two ways of signing in (the session API for a whole context, the sign-in dialog on a page),
// drawing one small one-storey building in the check tool, and reading a QR code from a screenshot.
import { existsSync, mkdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
// Brings the type of window.__atlas, the map's handle for tests.
import type {} from '../../client/src/map/map-view';
import { DEMO_ACCOUNTS } from '../../server/src/users/demo-accounts';
import type { Role } from '../../server/src/users/roles';

export const CHROMIUM = '/usr/bin/chromium';
/** Browser tests skip themselves where Debian's chromium is not installed. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

/** Headless chromium without background traffic; makes the artifacts folder screenshots go to. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/** Script errors and React's warnings go into `errors`; refused requests (412, 422 …) are expected and left out. */
export function collectPageErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
}

export function demoAccount(role: Role): { username: string; password: string } {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo ${role} account`);
  return account;
}

/**
 * Signs the whole browser context in through the session API (the cookie is the context's), from no
 * session, so the answer's CSRF token is the one writes need; returns it.
 */
export async function signInContext(context: BrowserContext, baseUrl: string, role: Role): Promise<string> {
  const { username, password } = demoAccount(role);
  await context.clearCookies();
  const res = await context.request.post(`${baseUrl}/api/session`, { data: { username, password } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** Fills and sends the sign-in dialog that is open on the page. */
export async function fillSignInDialog(page: Page, role: Role): Promise<void> {
  const { username, password } = demoAccount(role);
  const dialog = page.locator('dialog[open]');
  await dialog.locator('input[name="username"]').fill(username);
  await dialog.locator('input[name="password"]').fill(password);
  await dialog.locator('button[type="submit"]').click();
}

/** Signs in at the staff area's gate (signing out whoever is in first) and waits for the tabs. */
export async function signInToStaffArea(page: Page, role: Role): Promise<void> {
  const signOut = page.getByRole('button', { name: '退出' });
  if (await signOut.isVisible()) await signOut.click();
  await page.getByTestId('staff-sign-in').click();
  await fillSignInDialog(page, role);
  await page.locator('.staff-tabs').waitFor();
}

/** The page pixel of a lon/lat (EPSG:4490) on the map. */
export async function pixelOf(page: Page, lon: number, lat: number): Promise<[number, number]> {
  const pixel = await page.evaluate(([x, y]) => window.__atlas?.pixelFor(x as number, y as number) ?? null, [lon, lat]);
  if (!pixel) throw new Error('the map has not rendered yet');
  return pixel;
}

/** Every parcel tile of the view has arrived, and one more frame so the last one is painted, not only parsed. */
export async function tilesRendered(page: Page): Promise<void> {
  await page.locator('.map[data-tiles-loaded="true"]').waitFor({ timeout: 20_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * In the open check tool, draws a rectangle of about 50 m × 40 m around a parcel's inner point as a
 * one-storey building 8 m high, and waits until its floor-area ratio fails (the results follow the
 * plan a frame later, so wait for the state, not the row).
 */
export async function drawOneStoreyBuilding(page: Page, lon: number, lat: number): Promise<void> {
  await page.getByTestId('draw-floors').fill('1');
  await page.getByTestId('draw-height').fill('8');
  await page.getByTestId('draw-toggle').click();
  const [x1, y1] = await pixelOf(page, lon - 0.0003, lat - 0.0002);
  const [x2, y2] = await pixelOf(page, lon + 0.0003, lat + 0.0002);
  await page.mouse.click(x1, y1);
  await page.mouse.click(x2, y2);
  await page.locator('tr[data-check="floorAreaRatio"][data-status="fail"]').waitFor();
  await page.getByTestId('draw-toggle').click();
}

/** The text of the QR code in a screenshot (PNG), or null when none is read. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}
