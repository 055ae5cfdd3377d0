// Agency cases in a real browser (Debian chromium through playwright-core) against the real server on
// a fresh copy of the demo database: the public case page a QR code opens shows the items and their
// working-day deadlines with personal data masked, and the demo agent's desk lists its cases.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AtlasServer, startAtlasServer } from './atlas-server';
import { ARTIFACTS, HAS_CHROMIUM, launchChromium, signInToStaffArea } from './browser';

describe.skipIf(!HAS_CHROMIUM)('agency cases in chromium', () => {
  let server: AtlasServer;
  let browser: Browser;
  let page: Page;
  let code: string;
  let running: { itemCode: string; dueOn: string };

  beforeAll(async () => {
    server = await startAtlasServer();
    // A demo case of the demo agent with one item accepted and its clock running.
    const { rows } = await server.db.query<{ code: string; itemCode: string; dueOn: string }>(
      `SELECT c.code, ci.item_code AS "itemCode", ci.due_on::text AS "dueOn" FROM cases c JOIN case_items ci ON ci.case_code = c.code
       WHERE c.assigned_agent = 'agent' AND ci.status IN ('accepted', 'accepted_with_deficiency') AND ci.suspended_since IS NULL
       ORDER BY c.code, ci.seq LIMIT 1`,
    );
    const row = rows[0] ?? (await server.db.query<{ code: string; itemCode: string; dueOn: string }>(
      `SELECT c.code, ci.item_code AS "itemCode", ci.due_on::text AS "dueOn" FROM cases c JOIN case_items ci ON ci.case_code = c.code
       WHERE ci.status = 'completed' ORDER BY c.code, ci.seq LIMIT 1`,
    )).rows[0];
    if (!row) throw new Error('the demo has no case with a deadline');
    code = row.code;
    running = { itemCode: row.itemCode, dueOn: row.dueOn };
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' })).newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a case page with its items, a working-day deadline, the QR code and masked personal data', async () => {
    await page.goto(`${server.url}/cases/${code}`);
    await page.getByTestId('case-page').waitFor();
    await expect(page.getByTestId('case-code').textContent()).resolves.toBe(code);
    const items = page.getByTestId('case-items').locator('.case-item');
    await expect(items.count()).resolves.toBeGreaterThan(1);
    const item = page.getByTestId(`case-item-${running.itemCode}`);
    const deadline = await item.getByTestId('item-deadline').textContent();
    const [y, m, d] = running.dueOn.split('-').map(Number);
    expect(deadline).toContain(`${y}年${m}月${d}日`);
    expect(deadline).toMatch(/工作日/);
    await page.getByTestId('case-qr').waitFor();
    await expect(page.getByText('公开页面已隐去个人信息').count()).resolves.toBe(1);
    await expect(page.getByTestId('case-receipt').getAttribute('href')).resolves.toBe(`/api/cases/${code}/receipt.pdf`);
    await page.getByTestId('case-timeline').locator('li').first().waitFor();
    await page.screenshot({ path: `${ARTIFACTS}case-page.png`, fullPage: true });
  });

  it('shows the demo agent’s desk after signing in, and the same case with its actions', async () => {
    await page.goto(`${server.url}/staff/cases`);
    await signInToStaffArea(page, 'agent');
    await expect(page.getByTestId('staff-cases-desk').getAttribute('aria-current')).resolves.toBe('page');
    await page.getByTestId('case-desk').waitFor();
    await page.getByTestId('case-table').waitFor();
    const total = Number(await page.getByTestId('case-total').getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}case-desk.png`, fullPage: true });

    await page.goto(`${server.url}/cases/${code}`);
    await page.getByTestId('case-page').waitFor();
    await page.getByTestId(`item-actions-${running.itemCode}`).waitFor();
    await expect(page.getByText('公开页面已隐去个人信息').count()).resolves.toBe(0);
  });
});
