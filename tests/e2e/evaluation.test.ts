// The evaluation area and the policy library in a real browser (Debian chromium through playwright-core)
// against the real server on a fresh copy of the demo database: the third-party evaluator opens the
// 2026Q3 dashboard (score cards, echarts trend and region charts, metric table, drill-down), narrows to
// a zone, records a finding and downloads the PDF report; a publisher turns the finding into an
// improvement action; an anonymous investor searches the policy library and reads a policy.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AtlasServer, startAtlasServer } from './atlas-server';
import { ARTIFACTS, collectPageErrors, HAS_CHROMIUM, launchChromium, signInToStaffArea } from './browser';

describe.skipIf(!HAS_CHROMIUM)('evaluation and policies in chromium', () => {
  let server: AtlasServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });

  beforeAll(async () => {
    server = await startAtlasServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    page = await context.newPage();
    collectPageErrors(page, pageErrors);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the evaluator the 2026Q3 dashboard with scores, charts and every metric', async () => {
    await page.goto(`${server.url}/staff/evaluation?quarter=2026Q3&scope=14`);
    await signInToStaffArea(page, 'evaluator');
    await page.getByTestId('staff-evaluation').waitFor();
    await page.getByTestId('score-overall').waitFor({ timeout: 60_000 });
    await expect(page.locator('h2', { hasText: '山西省 · 2026年第3季度' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('score-overall').textContent()).resolves.toMatch(/^\d+\.\d$/);
    await expect(page.locator('[data-testid="metric-table"] tr[data-metric]').count()).resolves.toBe(15);
    // echarts draws SVG once its chunk has loaded.
    await page.locator('[data-testid="trend-chart"] svg').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="region-chart"] svg').waitFor({ timeout: 30_000 });
    await expect(page.locator('[data-testid="region-chart"] svg text', { hasText: '临汾市' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-testid="worst-regions"] li').count()).resolves.toBe(3);
    await shot('evaluation-dashboard');
  });

  it('drills down to the items behind a metric and narrows to one zone', async () => {
    await page.getByTestId('drill-items_within_limit').click();
    const drill = page.getByTestId('drill-down');
    await drill.locator('tbody tr').first().waitFor();
    await drill.getByRole('button', { name: '未达标' }).click();
    await expect.poll(async () => (await drill.locator('tbody td.result-pass').count()) === 0 && (await drill.locator('tbody tr').count()) > 0).toBe(true);
    await expect(page.url()).toContain('metric=items_within_limit');
    await page.getByTestId('scope-select').selectOption('S141002');
    await page.locator('h2', { hasText: '临汾经济开发区 · 2026年第3季度' }).waitFor({ timeout: 60_000 });
    await expect(page.getByText('开发区是最小评估单元，没有下级地区。').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid="findings-panel"] [data-testid="finding"]').count()).resolves.toBe(0);
  });

  it('lets the evaluator record a finding but not set actions, and download the PDF report', async () => {
    const panel = page.getByTestId('findings-panel');
    await panel.locator('summary').click();
    const form = page.getByTestId('finding-form');
    await form.locator('input').first().fill('临汾经开区规划许可仍有超时');
    await form.locator('textarea').fill('本季度建设用地规划许可证多件超过承诺时限，需持续跟踪。');
    await form.locator('select').first().selectOption('items_within_limit');
    await form.locator('select').nth(1).selectOption('high');
    await form.locator('button[type="submit"]').click();
    await panel.locator('[data-testid="finding"]', { hasText: '临汾经开区规划许可仍有超时' }).waitFor();
    await expect(panel.getByRole('button', { name: '制定改进措施' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '标记完成' }).count()).resolves.toBe(0);

    const href = await page.getByTestId('report-pdf').getAttribute('href');
    expect(href).toBe('/api/evaluation/reports/2026Q3.pdf?scope=S141002');
    const cookies = await page.context().cookies(server.url);
    const res = await fetch(`${server.url}${href}`, { headers: { Cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets a publisher turn the finding into an improvement action', async () => {
    await signInToStaffArea(page, 'publisher');
    await page.goto(`${server.url}/staff/evaluation?quarter=2026Q3&scope=S141002`);
    const panel = page.getByTestId('findings-panel');
    await panel.locator('[data-testid="finding"]', { hasText: '临汾经开区规划许可仍有超时' }).waitFor({ timeout: 60_000 });
    await panel.getByRole('button', { name: '制定改进措施' }).first().click();
    const form = page.getByTestId('action-form');
    await form.locator('input[type="number"]').fill('85');
    await form.locator('textarea').fill('规划许可实行并联审查，超时事项周通报。');
    await form.locator('input[maxlength="100"]').fill('临汾经济开发区行政审批局');
    await form.locator('input[type="date"]').fill('2026-12-31');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('staff-evaluation-actions').click();
    const action = page.locator('[data-testid="action"]', { hasText: '规划许可实行并联审查' });
    await action.waitFor({ timeout: 60_000 });
    await expect(action.locator('h4').textContent()).resolves.toContain('≥ 85%');
    await action.getByRole('button', { name: '开始推进' }).click();
    await action.locator('.action-status-in_progress').waitFor();
    await shot('evaluation-actions');
  });

  it('lets the publisher publish a policy from the library page', async () => {
    await page.goto(`${server.url}/policies`);
    await page.getByText('发布政策').click();
    const form = page.getByTestId('policy-form');
    await form.getByLabel('政策名称', { exact: true }).fill('晋中开发区标准地项目用电补贴（测试）');
    await form.getByLabel('发布机关', { exact: true }).fill('晋中开发区管委会');
    await form.getByLabel('发布日期', { exact: true }).fill('2026-11-02');
    await form.getByTestId('policy-zones').selectOption('G140702');
    await form.getByLabel('政策原文', { exact: true }).fill('第一条　标准地项目投产首年电费补贴 10%。');
    await form.locator('button[type="submit"]').click();
    const detail = page.getByTestId('policy-detail');
    await detail.locator('h2', { hasText: '晋中开发区标准地项目用电补贴（测试）' }).waitFor({ timeout: 30_000 });
    await expect(detail.locator('.policy-meta').textContent()).resolves.toContain('晋中开发区');
    await expect(page.url()).toMatch(/\/policies\/\d+$/);
  });

  it('lets anyone search the policy library and read a policy', async () => {
    await page.goto(`${server.url}/policies?q=${encodeURIComponent('贴息')}`);
    const list = page.getByTestId('policy-list');
    await list.waitFor({ timeout: 30_000 });
    await list.getByText('山西省标准地项目贷款贴息办法').click();
    const detail = page.getByTestId('policy-detail');
    await detail.locator('h2', { hasText: '山西省标准地项目贷款贴息办法' }).waitFor();
    await expect(detail.locator('.policy-full-text').textContent()).resolves.toContain('贴息比例为实际支付利息的30%');
    // The demo's published answer shows as a question and answer.
    await expect(detail.locator('.consultation-a').first().textContent()).resolves.toContain('首笔贷款发放');
    await page.goto(`${server.url}/policies?parcel=140981-2026-0002&validity=current`);
    await page.getByTestId('policy-list').getByText('原平经济技术开发区标准厂房租金补贴办法').waitFor({ timeout: 30_000 });
    await shot('policies');
    expect(pageErrors).toEqual([]);
  });
});
