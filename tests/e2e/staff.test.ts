// The staff area in a real browser (Debian chromium through playwright-core) against the real
// server on a fresh copy of the demo database: a publisher imports a GeoJSON (two new parcels and
// one over an existing parcel), commits, completes a draft's indicators and outline in the editor,
// submits; a reviewer approves; the publisher publishes; the public API then has the parcel, and
// its history shows every step.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffParcelDetail } from '../../client/src/features/staff/staff-api';
import { type AtlasServer, startAtlasServer } from './atlas-server';
import { ARTIFACTS, collectPageErrors, HAS_CHROMIUM, launchChromium, pixelOf, signInToStaffArea } from './browser';
import { type StaffFixture, staffFixture } from './staff-fixtures';

const INDICATOR_VALUES: Record<string, [string, string?]> = {
  investmentIntensity: ['300'],
  floorAreaRatio: ['1.2', '2.5'],
  buildingCoverage: ['40'],
  greenRatio: ['15'],
  adminFacilityShare: ['7'],
  taxPerMu: ['20'],
};

describe.skipIf(!HAS_CHROMIUM)('staff area in chromium', () => {
  let server: AtlasServer;
  let browser: Browser;
  let page: Page;
  let fixture: StaffFixture;
  let draftCode = '';
  /** Script errors and React's warnings; refused requests (412, 422 …) are expected and left out. */
  const pageErrors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: false });
  const publicGet = (path: string) => fetch(`${server.url}${path}`);
  /** The server's view of a parcel, as staff (the browser's session cookie). */
  const staffGet = async (code: string): Promise<StaffParcelDetail> => {
    const cookies = await page.context().cookies(server.url);
    const res = await fetch(`${server.url}/api/parcels/${code}`, { headers: { Cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') } });
    return (await res.json()) as StaffParcelDetail;
  };

  async function mapReady(): Promise<void> {
    // Tiles are context only: a screenshot waits for them, a test step does not fail on them.
    await page
      .locator('.map[data-tiles-loaded="true"]')
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    // The view has stopped moving (fits are animated), so pixels computed now stay true.
    let last = '';
    for (let i = 0; i < 30; i++) {
      const view = JSON.stringify(await page.evaluate(() => window.__atlas?.view() ?? null));
      if (view === last) break;
      last = view;
      await page.waitForTimeout(100);
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  beforeAll(async () => {
    server = await startAtlasServer();
    fixture = await staffFixture(server.db);
    draftCode = fixture.created[0];
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
    page = await context.newPage();
    collectPageErrors(page, pageErrors);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks an anonymous visitor to sign in, then opens the workspace for a publisher', async () => {
    await page.goto(`${server.url}/staff/import`);
    await page.locator('.staff-gate h2', { hasText: '工作人员工作台' }).waitFor();
    await signInToStaffArea(page, 'publisher');
    // One row of tabs: the parcel screens, then commitments and evaluation (no case desk for a publisher).
    await expect(page.locator('.staff-tabs .staff-tab-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-group')))).resolves.toEqual([
      'parcels', 'commitments', 'evaluation',
    ]);
    await expect(page.locator('.staff-tab').allTextContents()).resolves.toEqual(['导入', '草稿', '待审核', '待发布', '已发布', '管控图层', '导出', '承诺书', '履约提醒', '季度评估', '评估发现', '改进措施']);
    await expect(page.locator('.staff-app > nav').count()).resolves.toBe(0);
  });

  it('shows upload progress, then asks which CRS Gauss-Krüger coordinates without a zone prefix are in', async () => {
    // 2 MB at 1 MB/s: long enough to see the bar move.
    const padded = JSON.stringify(fixture.ambiguous) + ' '.repeat(2_000_000);
    await page.getByTestId('import-file').setInputFiles({ name: 'gk.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(padded) });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 10, downloadThroughput: -1, uploadThroughput: 1_000_000 });
    await page.getByTestId('upload-submit').click();
    const sending = page.locator('[data-testid="upload-progress"][data-phase="sending"] progress');
    await sending.waitFor();
    await expect.poll(async () => Number(await sending.getAttribute('value').catch(() => '100'))).toBeGreaterThan(0);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await cdp.detach();
    const problem = page.locator('[data-testid="upload-problem"][data-code="AMBIGUOUS_CRS"]');
    await problem.waitFor();
    await expect(problem.locator('strong').textContent()).resolves.toBe('无法确定坐标系（无带号的高斯投影坐标），请指定坐标系');
    await page.getByTestId(`pick-crs-${fixture.gkSrid}`).click();
    await page.getByTestId('preview-summary').waitFor({ timeout: 30_000 });
    await expect(page.locator(`[data-testid="detected"] [data-crs]`).getAttribute('data-crs')).resolves.toBe(String(fixture.gkSrid));
    await expect(page.locator('[data-testid="preview-table"] tr[data-action="create"]').count()).resolves.toBe(1);
    await page.getByRole('button', { name: '导入新文件' }).click();
  });

  it('previews an upload: two parcels to create, one skipped for overlapping an existing parcel', async () => {
    await page.getByTestId('import-file').setInputFiles({ name: 'parcels.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(fixture.file)) });
    await expect(page.getByTestId('chosen-file').textContent()).resolves.toContain('parcels.geojson');
    await page.getByTestId('upload-submit').click();
    const summary = page.getByTestId('preview-summary');
    await summary.waitFor({ timeout: 30_000 });
    await expect(summary.getAttribute('data-create')).resolves.toBe('2');
    await expect(summary.getAttribute('data-skip')).resolves.toBe('1');
    await expect(page.locator('[data-testid="detected"] [data-format]').getAttribute('data-format')).resolves.toBe('geojson');
    const skipped = page.locator('[data-testid="preview-table"] tr[data-action="skip"]');
    await expect(skipped.count()).resolves.toBe(1);
    const overlap = skipped.locator('[data-issue="OVERLAP"]');
    await expect(overlap.locator('.issue-message').textContent()).resolves.toBe('与已有地块重叠');
    await expect(overlap.locator('.issue-detail').textContent()).resolves.toContain(fixture.overlapped);
    await expect(page.locator('[data-testid="preview-table"] tr[data-action="create"]').count()).resolves.toBe(2);
    // A row is chosen from the keyboard too, and the map zooms to it.
    await skipped.focus();
    await page.keyboard.press('Enter');
    await expect(skipped.getAttribute('aria-selected')).resolves.toBe('true');
    await mapReady();
    await shot('staff-import-preview');
  });

  it('commits the two parcels as drafts and links to them', async () => {
    await page.getByTestId('commit-import').click();
    const result = page.getByTestId('commit-result');
    await result.waitFor();
    await expect(result.locator('h3').textContent()).resolves.toBe('已写入：新建 2 宗，更新 0 宗');
    await expect(page.getByTestId(`draft-link-${fixture.created[0]}`).isVisible()).resolves.toBe(true);
    await page.locator('[data-testid="commit-import"]:disabled').waitFor();
    await shot('staff-import-committed');
  });

  it('edits a draft: a stale save is refused, then required indicators and a reshaped outline are saved with If-Match', async () => {
    await page.getByTestId(`draft-link-${draftCode}`).click();
    await page.locator(`.parcel-page[data-workflow="draft"]`).waitFor();
    const live = page.getByTestId('live-area');
    await live.waitFor();
    expect(Number(await live.getAttribute('data-m2'))).toBeCloseTo(3600, 0);

    // Someone else saves the parcel meanwhile (another tab): this save must not overwrite it.
    await page.getByTestId('edit-name').fill('端到端测试新地块甲（改）');
    await page.evaluate(async (code) => {
      const { csrfToken } = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const etag = (await fetch(`/api/parcels/${code}`, { cache: 'no-store' })).headers.get('ETag') ?? '';
      const res = await fetch(`/api/parcels/${code}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken, 'If-Match': etag },
        body: JSON.stringify({ location: '测试路以东 88 号' }),
      });
      if (!res.ok) throw new Error(`concurrent edit failed: ${res.status}`);
    }, draftCode);
    await page.getByTestId('save-parcel').click();
    await page.locator('[data-testid="save-problem"][data-code="VERSION_MISMATCH"]').waitFor();
    await page.getByRole('button', { name: '重新加载' }).click();
    await page.locator('.parcel-page[data-version="2"]').waitFor();
    await expect(page.getByTestId('edit-name').inputValue()).resolves.toBe('端到端测试新地块甲');
    const before = await staffGet(draftCode);
    expect(before.location).toBe('测试路以东 88 号');

    await page.getByTestId('add-required').click();
    for (const [key, [value, max]] of Object.entries(INDICATOR_VALUES)) {
      await page.getByTestId(`indicator-${key}-value`).fill(value);
      if (max) await page.getByTestId(`indicator-${key}-max`).fill(max);
    }
    await expect(page.getByTestId('indicator-investmentIntensity-unit').textContent()).resolves.toBe('万元/亩');
    // The form refuses what the API would: a green ratio of 150 %.
    await page.getByTestId('indicator-greenRatio-value').fill('150');
    await page.locator('li[data-indicator="greenRatio"] .field-problem').waitFor();
    await expect(page.getByTestId('save-parcel').isDisabled()).resolves.toBe(true);
    await page.getByTestId('indicator-greenRatio-value').fill('15');
    await expect(page.getByTestId('missing-indicators').count()).resolves.toBe(0);

    // Drag the north-west corner outwards (away from the other new parcel).
    await mapReady();
    const ring = (before.geometry.type === 'MultiPolygon' ? before.geometry.coordinates[0]?.[0] : before.geometry.coordinates[0]) ?? [];
    // The north-west corner: farthest north and west (metres per degree weigh the two axes).
    const [west = 0, north = 0] = ring.reduce((best, p) => ((p[1] ?? 0) * 111 - (p[0] ?? 0) * 88 > (best[1] ?? 0) * 111 - (best[0] ?? 0) * 88 ? p : best));
    const [x, y] = await pixelOf(page, west, north);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 12, y - 6, { steps: 4 });
    await page.mouse.move(x - 24, y - 12, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Number(await live.getAttribute('data-m2'))).toBeGreaterThan(before.area.m2 + 50);
    const shown = Number(await live.getAttribute('data-m2'));
    await shot('staff-editor');

    await page.getByTestId('save-parcel').click();
    await page.getByTestId('saved-note').waitFor();
    const after = await staffGet(draftCode);
    expect(after.version).toBe(before.version + 1);
    expect(after.indicators.map((i) => i.key).sort()).toEqual(Object.keys(INDICATOR_VALUES).sort());
    // What the browser measured while dragging (proj4 + shoelace on the GK plane) is what PostGIS stored.
    expect(after.area.m2).toBeCloseTo(shown, 1);
  });

  it('submits the draft for review', async () => {
    await page.getByTestId('action-submit').click();
    await page.locator('[data-testid="action-done"][data-action="submit"]').waitFor();
    await page.locator('.parcel-page[data-workflow="submitted"]').waitFor();
  });

  it('lets a reviewer see the queue, the parcel, its indicators and history, and approve it', async () => {
    await signInToStaffArea(page, 'reviewer');
    await page.getByTestId('staff-tab-review').click();
    await page.locator(`[data-testid="list-review"] tr[data-code="${draftCode}"]`).waitFor();
    await page.getByTestId(`open-${draftCode}`).click();
    await page.locator('.parcel-page[data-workflow="submitted"]').waitFor();
    await expect(page.locator('tr[data-indicator="investmentIntensity"] .bound').textContent()).resolves.toBe('≥ 300 万元/亩');
    await expect(page.getByTestId('action-submit').count()).resolves.toBe(0);
    await mapReady();
    await shot('staff-review');
    await page.getByTestId('workflow-comment').fill('指标齐全，边界已核对');
    await page.getByTestId('action-approve').click();
    await page.locator('[data-testid="action-done"][data-action="approve"]').waitFor();
    await page.locator('.parcel-page[data-workflow="approved"]').waitFor();
  });

  it('lets the publisher publish it, and the public API then serves it', async () => {
    expect((await publicGet(`/api/parcels/${draftCode}`)).status).toBe(404);
    await signInToStaffArea(page, 'publisher');
    await page.getByTestId('staff-tab-approved').click();
    await page.getByTestId(`open-${draftCode}`).click();
    await page.locator('.parcel-page[data-workflow="approved"]').waitFor();
    await expect(page.getByTestId('workflow-note').textContent()).resolves.toContain('指标齐全');
    await page.getByTestId('action-publish').click();
    await page.locator('[data-testid="action-done"][data-action="publish"]').waitFor();
    await page.locator('.parcel-page[data-workflow="published"]').waitFor();
    const res = await publicGet(`/api/parcels/${draftCode}`);
    expect(res.status).toBe(200);
    const published = (await res.json()) as StaffParcelDetail;
    expect(published).toMatchObject({ code: draftCode, status: 'published', workflow: { state: 'published' } });
    expect(published.indicators).toHaveLength(6);
    await shot('staff-published');
    // On the public map, with the way back to the workspace in the header for staff.
    await page.getByRole('link', { name: '在地图中查看' }).click();
    await expect(page.getByTestId('detail-panel').locator('h2').textContent()).resolves.toBe(published.name);
    await expect(page.getByTestId('open-staff').isVisible()).resolves.toBe(true);
    await mapReady();
    await shot('staff-published-on-map');
  });

  it('shows the history: who did what, field by field', async () => {
    await page.getByTestId('open-staff').click();
    await page.locator('.staff-tabs').waitFor();
    await page.goto(`${server.url}/staff/parcels/${draftCode}`);
    await page.getByTestId('view-history').click();
    const entries = page.getByTestId('history-entry');
    await entries.first().waitFor();
    await expect(entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).resolves.toEqual([
      'parcel.publish',
      'parcel.approve',
      'parcel.submit',
      'parcel.edited',
      'parcel.edited',
    ]);
    const edited = page.locator('[data-testid="history-entry"][data-action="parcel.edited"]').first();
    await expect(edited.locator('tr[data-field="indicators.investmentIntensity"] .diff-after').textContent()).resolves.toBe('≥ 300 万元/亩');
    await expect(edited.locator('tr[data-field="geometrySha256"]').count()).resolves.toBe(1);
    const approved = page.locator('[data-testid="history-entry"][data-action="parcel.approve"]');
    await expect(approved.locator('tr[data-field="workflow.state"] .diff-after').textContent()).resolves.toBe('已审核');
    await expect(approved.locator('.timeline-head').textContent()).resolves.toContain('审核员');
    await shot('staff-history');
    expect(pageErrors).toEqual([]);
  });
});
