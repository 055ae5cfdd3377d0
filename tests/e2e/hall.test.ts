// The service-hall screen and the printable parcel sheet in a real browser (Debian chromium through
// playwright-core) against the real server on a fresh copy of the demo database: search a parcel on
// the touchscreen, read its indicators in large type, work out a working-day deadline, open the
// sheet, print it to a one-page A4 PDF, and scan its QR code back to the same parcel.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParcelDetail } from '../../client/src/lib/api-types';
import { type AtlasServer, startAtlasServer } from './atlas-server';
import { ARTIFACTS, decodeQr, HAS_CHROMIUM, launchChromium } from './browser';

declare global {
  interface Window {
    __printCalls?: number;
  }
}

// A published demo parcel in 山西转型综合改革示范区 (Taiyuan); investment intensity ≥ 360 万元/亩.
const KNOWN_CODE = '140105-2026-0001';
// The fullest sheet of the demo: 12 indicators, 9 regional assessments, all 8 site conditions.
const FULLEST_CODE = '140403-2026-0014';
/** The printable area of A4 (210 × 297 mm) inside the sheet's 12 mm margins, in CSS pixels. */
const PRINTABLE_WIDTH_PX = ((210 - 2 * 12) * 96) / 25.4;
const PRINTABLE_HEIGHT_PX = ((297 - 2 * 12) * 96) / 25.4;

/** Page objects of a PDF (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

describe.skipIf(!HAS_CHROMIUM)('service hall and parcel sheet in chromium', () => {
  let server: AtlasServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let parcel: ParcelDetail;

  const shot = (p: Page, name: string, fullPage = false) => p.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage });

  /** Heights of every visible control under a selector that is shorter than a finger needs. */
  const smallTargets = (p: Page, scope: string) =>
    p.evaluate((selector) => {
      const controls = document.querySelectorAll<HTMLElement>(`${selector} :is(button, a[href], input, select)`);
      return [...controls]
        .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !el.closest('.visually-hidden'))
        // A checkbox is tapped through its label.
        .map((el) => (el instanceof HTMLInputElement && el.type === 'checkbox' ? (el.closest('label') ?? el) : el))
        .map((el) => ({ text: (el.textContent || el.getAttribute('aria-label') || el.outerHTML).trim().slice(0, 40), height: el.getBoundingClientRect().height }))
        .filter((c) => c.height < 48);
    }, scope);

  /** Prints the sheet in the current page to a PDF and checks it is one A4 page. */
  async function printsOnOnePage(p: Page, file: string): Promise<void> {
    // The printed layout: print styles in a window as wide as the page's printable area.
    const viewport = p.viewportSize() ?? { width: 1600, height: 1000 };
    await p.setViewportSize({ width: Math.floor(PRINTABLE_WIDTH_PX), height: viewport.height });
    await p.emulateMedia({ media: 'print' });
    const printedHeight = await p.locator('[data-testid="sheet"]').evaluate((el) => el.getBoundingClientRect().height);
    // null, not 'screen': an emulated screen medium would also hold while printing the PDF.
    await p.emulateMedia({ media: null });
    await p.setViewportSize(viewport);
    expect(printedHeight).toBeLessThanOrEqual(PRINTABLE_HEIGHT_PX);
    const pdf = await p.pdf({ format: 'A4', printBackground: true, path: `${ARTIFACTS}${file}` });
    expect(pdfPageCount(pdf)).toBe(1);
  }

  async function sheetReady(p: Page): Promise<void> {
    await p.locator('.sheet-page[data-map="ready"]').waitFor({ timeout: 30_000 });
    await expect(p.getByTestId('sheet-map').getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
    await p.getByTestId('sheet-qr').waitFor();
    await p.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  }

  beforeAll(async () => {
    server = await startAtlasServer();
    parcel = (await (await fetch(`${server.url}/api/parcels/${KNOWN_CODE}`)).json()) as ParcelDetail;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN', hasTouch: true });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a parcel by name and shows its indicators in large type', async () => {
    await page.goto(`${server.url}/hall`);
    await page.locator('h1', { hasText: '窗口咨询' }).waitFor();
    await page.getByTestId('hall-q').fill(parcel.name);
    await page.getByRole('button', { name: '查找', exact: true }).click();
    const card = page.locator(`.hall-card[data-code="${KNOWN_CODE}"]`);
    await card.waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe(parcel.name);
    await expect(smallTargets(page, '.hall')).resolves.toEqual([]);
    await shot(page, 'hall-search');

    await card.click();
    const panel = page.getByTestId('hall-panel');
    await expect(panel.locator('h2').first().textContent()).resolves.toBe(parcel.name);
    const investment = panel.locator('tr[data-indicator="investmentIntensity"]');
    await expect(investment.locator('.bound').textContent()).resolves.toBe('≥ 360 万元/亩');
    await expect(investment.locator('.bound-words').textContent()).resolves.toBe('不低于 360 万元/亩');
    const sizes = await investment.evaluate((row) => [...row.querySelectorAll('th, .bound, .bound-words')].map((el) => Number.parseFloat(getComputedStyle(el).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
    await expect(panel.locator('.assessment').count()).resolves.toBe(parcel.assessments.length);
    expect(new URL(page.url()).searchParams.get('parcel')).toBe(KNOWN_CODE);
    // Next to the linked letter and cases, the provincial policies that apply to every parcel.
    await panel.getByTestId('linked-records').waitFor();
    const policies = panel.getByTestId('applicable-policies');
    await policies.locator('.policy-mini-list li').first().waitFor();
    await expect(policies.locator('h3').textContent()).resolves.toBe('适用政策');
    await page.locator('.map[data-tiles-loaded="true"]').waitFor({ timeout: 20_000 });
    await expect(smallTargets(page, '.hall')).resolves.toEqual([]);
    await shot(page, 'hall-parcel');
  });

  it('opens the live check, enlarged, and leaves it again', async () => {
    await page.getByTestId('hall-check').click();
    await page.locator('.hall .check-tool .verdict').waitFor();
    await expect(smallTargets(page, '.hall-panel')).resolves.toEqual([]);
    await shot(page, 'hall-check');
    await page.getByRole('button', { name: '退出核验' }).click();
    await page.getByTestId('hall-check').waitFor();
  });

  it('switches kiosk mode on and off', async () => {
    // Full screen where headless chromium grants it, the compact fallback where it does not.
    await page.getByTestId('kiosk-toggle').click();
    await page.locator('.hall[data-kiosk="true"]').waitFor();
    await expect(page.getByRole('link', { name: '返回一张图' }).count()).resolves.toBe(0);
    await page.getByTestId('kiosk-toggle').click();
    await page.locator('.hall[data-kiosk="false"]').waitFor();
  });

  it('speaks English on request and comes back to Chinese', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.locator('h1', { hasText: 'Service hall' }).waitFor();
    await expect(page.locator('tr[data-indicator="investmentIntensity"] .bound-words').textContent()).resolves.toBe('at least 360 10k CNY/mu');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.locator('h1', { hasText: '窗口咨询' }).waitFor();
  });

  it('works out a deadline in working days over the National Day holiday', async () => {
    await page.getByTestId('open-deadline').click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByTestId('deadline-from').fill('2026-09-29');
    await dialog.getByTestId('deadline-days').fill('5');
    const result = dialog.locator('[data-testid="deadline-result"][data-date="2026-10-12"]');
    await result.waitFor();
    await expect(result.locator('.deadline-date').textContent()).resolves.toBe('2026年10月12日星期一');
    await expect(smallTargets(page, 'dialog[open]')).resolves.toEqual([]);
    await shot(page, 'hall-deadline');
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
  });

  it('prints the parcel sheet on one A4 page whose QR code opens the same parcel', async () => {
    await page.getByTestId('open-sheet').click();
    await page.waitForURL(`**/parcels/${KNOWN_CODE}/sheet`);
    await sheetReady(page);
    const sheet = page.getByTestId('sheet');
    await expect(sheet.locator('h1').textContent()).resolves.toBe(parcel.name);
    await expect(sheet.locator('.sheet-consult').textContent()).resolves.toBe(`咨询：${parcel.zone.name} 政务服务中心（全代办）`);
    await expect(sheet.locator('tr[data-indicator="investmentIntensity"] .bound').textContent()).resolves.toBe('≥ 360 万元/亩');
    await shot(page, 'parcel-sheet', true);

    await page.evaluate(() => {
      window.__printCalls = 0;
      window.print = () => {
        window.__printCalls = (window.__printCalls ?? 0) + 1;
      };
    });
    await page.getByTestId('print-sheet').click();
    await expect(page.evaluate(() => window.__printCalls)).resolves.toBe(1);

    await printsOnOnePage(page, 'parcel-sheet.pdf');

    const url = decodeQr(await page.getByTestId('sheet-qr').screenshot());
    expect(url).toBe(`${server.url}/?parcel=${KNOWN_CODE}`);
    if (!url) throw new Error('no QR code decoded');
    const phone = await context.newPage();
    await phone.goto(url);
    await expect(phone.getByTestId('detail-panel').locator('h2').textContent()).resolves.toBe(parcel.name);
    await phone.close();

    await page.getByRole('button', { name: '返回' }).click();
    await page.waitForURL((u) => u.pathname === '/hall' && u.searchParams.get('parcel') === KNOWN_CODE);
  });

  it.each([
    ['zh', ''],
    ['en', '?lang=en'],
  ])('keeps the fullest sheet of the demo on one page too (%s)', async (locale, query) => {
    await page.goto(`${server.url}/parcels/${FULLEST_CODE}/sheet${query}`);
    await sheetReady(page);
    await expect(page.locator('.sheet .indicator-table tbody tr').count()).resolves.toBe(12);
    await shot(page, `parcel-sheet-fullest-${locale}`, true);
    await printsOnOnePage(page, `parcel-sheet-fullest-${locale}.pdf`);
  });
});
