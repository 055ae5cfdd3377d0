// Commitment letters in a real browser (Debian chromium through playwright-core) against the real
// server on a fresh copy of the demo database (~100 letters in force): a letter's page with its
// timeline, indicators and a QR code that opens the public verification page (真实有效); the demo
// enterprise signs its waiting letter and the publisher countersigns it; an agent writes a letter from
// a transferred parcel through the wizard (USCC check digit, credit look-up, a weaker indicator
// refused inline); a failed completion verification asks for a rectification date and shows the
// per-indicator report; the staff reminders and letter list; the enterprise page; the hall's link.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentView, ReminderList } from '../../client/src/features/commitments/commitment-api';
import type { ParcelDetail } from '../../client/src/lib/api-types';
import type { Role } from '../../server/src/users/roles';
import { type AtlasServer, startAtlasServer } from './atlas-server';
import { ARTIFACTS, collectPageErrors, decodeQr, HAS_CHROMIUM, launchChromium, signInContext } from './browser';
import { squareAround } from './staff-fixtures';
const DEMO_USCC = '91140100MA0K3C7A04';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

describe.skipIf(!HAS_CHROMIUM)('commitment letters in chromium', () => {
  let server: AtlasServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let csrf = '';
  /** Two letters in force (one to look at, one to verify), and the demo enterprise's waiting one. */
  let shown = '';
  let verified = '';
  let waiting = '';
  const pageErrors: string[] = [];

  const shot = (name: string, fullPage = true) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage });
  /** The server as the browser's current session sees it. */
  const api = async <T>(path: string): Promise<T> => {
    const res = await context.request.get(`${server.url}${path}`, { headers: { Accept: 'application/json' } });
    expect(res.status(), path).toBe(200);
    return (await res.json()) as T;
  };

  async function signIn(role: Role): Promise<void> {
    csrf = await signInContext(context, server.url, role);
  }

  async function letterShown(id: string, status: string): Promise<void> {
    await page.locator(`[data-testid="letter-page"][data-status="${status}"]`).waitFor({ timeout: 20_000 });
    await expect(page.locator('#letter-title').count()).resolves.toBe(1);
    expect(new URL(page.url()).pathname).toBe(`/commitments/${id}`);
  }

  beforeAll(async () => {
    server = await startAtlasServer();
    const { rows: inForce } = await server.db.query<{ id: string }>(
      `SELECT c.id FROM commitments c JOIN parcels p ON p.code = c.parcel_code
       WHERE c.status = 'in_force' AND p.status = 'transferred' ORDER BY c.id LIMIT 2`,
    );
    [shown, verified] = inForce.map((r) => r.id) as [string, string];
    const { rows: drafts } = await server.db.query<{ id: string }>(`SELECT id FROM commitments WHERE uscc = $1 AND status = 'draft' ORDER BY id LIMIT 1`, [DEMO_USCC]);
    waiting = drafts[0]?.id ?? '';
    if (!shown || !verified || !waiting) throw new Error('the demo database has no letters: was the template built with a signing key?');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    collectPageErrors(page, pageErrors);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a letter in force to the public: timeline, committed indicators, deadlines and a QR code of its verify page', async () => {
    const view = await api<CommitmentView>(`/api/commitments/${shown}`);
    await page.goto(`${server.url}/commitments/${shown}`);
    await letterShown(shown, 'in_force');
    await expect(page.locator('.letter-head .letter-status').textContent()).resolves.toBe('● 生效中');
    await expect(page.locator('[data-testid="letter-timeline"] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')))).resolves.toEqual([
      'created', 'signed', 'in_force',
    ]);
    await expect(page.locator('[data-testid="letter-timeline"] li[data-kind="in_force"] strong').textContent()).resolves.toBe('管委会签章，承诺生效');
    const rows = page.locator('[data-testid="letter-indicators"] tbody tr');
    await expect(rows.count()).resolves.toBe(view.indicators.length);
    const investment = view.indicators.find((i) => i.key === 'investmentIntensity');
    if (investment) {
      await expect(page.locator('[data-testid="letter-indicators"] tr[data-indicator="investmentIntensity"] th').textContent()).resolves.toBe('固定资产投资强度');
      await expect(page.locator('[data-testid="letter-indicators"] tr[data-indicator="investmentIntensity"] td').nth(0).textContent()).resolves.toBe(`≥ ${investment.parcelValue} 万元/亩`);
    }
    await expect(page.locator('[data-testid="letter-deadlines"] tr[data-milestone="output"] td').first().textContent()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    // The public sees neither the legal representative nor the PDF.
    const { rows: people } = await server.db.query<{ name: string }>('SELECT e.legal_representative AS name FROM commitments c JOIN enterprises e ON e.uscc = c.uscc WHERE c.id = $1', [shown]);
    await expect(page.getByTestId('party-enterprise').textContent()).resolves.not.toContain(people[0]?.name);
    await expect(page.getByTestId('letter-pdf').count()).resolves.toBe(0);
    await expect(page.getByTestId('signature-panel').textContent()).resolves.toContain('不等同于依法设立的电子签章');
    const qr = page.getByTestId('letter-qr');
    await qr.waitFor();
    await qr.evaluate((img: HTMLImageElement) => img.decode());
    expect(decodeQr(await qr.screenshot())).toBe(`${server.url}/verify/${shown}`);
    await shot('commitment-letter');
  });

  it('opens the public verification page from the letter and reads 真实有效', async () => {
    await page.getByTestId('open-verify').click();
    await page.waitForURL(`${server.url}/verify/${shown}`);
    const verdict = page.locator('[data-verdict]');
    await expect(verdict.getAttribute('data-verdict')).resolves.toBe('authentic');
    await expect(verdict.textContent()).resolves.toContain('真实有效');
    await shot('commitment-verify-page');
  });

  it('lets the demo enterprise sign its waiting letter and the publisher countersign it', async () => {
    await signIn('enterprise');
    await page.goto(`${server.url}/commitments/${waiting}`);
    await letterShown(waiting, 'draft');
    await expect(page.locator('[data-testid="letter-timeline"] li[data-kind="next"]').textContent()).resolves.toContain('等待企业签署');
    const pdf = await context.request.get(`${server.url}${await page.getByTestId('letter-pdf').getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await page.getByTestId('letter-sign').click();
    await letterShown(waiting, 'signed');
    await expect(page.locator('.signature-list li').evaluateAll((items) => items.map((li) => li.getAttribute('data-role')))).resolves.toEqual(['enterprise']);
    await expect(page.getByTestId('letter-countersign').count()).resolves.toBe(0);
    await shot('commitment-signed-by-enterprise');

    await signIn('publisher');
    await page.goto(`${server.url}/commitments/${waiting}`);
    await letterShown(waiting, 'signed');
    await page.getByTestId('letter-countersign').click();
    await letterShown(waiting, 'in_force');
    await expect(page.locator('[data-testid="letter-timeline"] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')))).resolves.toEqual([
      'created', 'signed', 'in_force',
    ]);
    const verify = await api<{ verdict: string }>(`/verify/${waiting}`);
    expect(verify.verdict).toBe('authentic');
  });

  it('terminates a letter with a reason, after which its verification page says revoked', async () => {
    await page.getByTestId('letter-terminate').click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog.getByTestId('terminate-confirm').isDisabled()).resolves.toBe(true);
    await dialog.getByTestId('terminate-reason').fill('经双方协商一致解除');
    await dialog.getByTestId('terminate-confirm').click();
    await letterShown(waiting, 'terminated');
    await expect(page.locator('[data-testid="letter-timeline"] li[data-kind="terminated"]').textContent()).resolves.toContain('经双方协商一致解除');
    await expect(page.getByTestId('letter-terminate').count()).resolves.toBe(0);
    await page.goto(`${server.url}/verify/${waiting}`);
    await expect(page.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('revoked');
  });

  it('reads in English with ?lang=en', async () => {
    await page.goto(`${server.url}/commitments/${shown}?lang=en`);
    await letterShown(shown, 'in_force');
    await expect(page.locator('.letter-head .letter-status').textContent()).resolves.toBe('● In force');
    await expect(page.locator('[data-testid="letter-timeline"] li[data-kind="in_force"] strong').textContent()).resolves.toBe('Countersigned; in force');
    await expect(page.locator('[data-testid="letter-indicators"] tr[data-indicator="investmentIntensity"] th').textContent()).resolves.toBe('Fixed-asset investment intensity');
    await shot('commitment-letter-en');
  });

  it('writes a letter from a newly transferred parcel through the wizard, refusing a weaker indicator inline', async () => {
    const { rows } = await server.db.query<{ code: string }>(
      `SELECT p.code FROM parcels p WHERE p.status = 'listed' AND p.workflow_state = 'published'
       AND EXISTS (SELECT 1 FROM parcel_indicators i WHERE i.parcel_id = p.id AND i.key = 'investmentIntensity' AND i.comparator = 'min')
       ORDER BY p.code LIMIT 1`,
    );
    const code = rows[0]?.code;
    if (!code) throw new Error('no listed demo parcel with an investment-intensity floor');
    await signIn('publisher');
    const moved = await context.request.post(`${server.url}/api/parcels/${code}/lifecycle`, { data: { to: 'transferred' }, headers: { 'X-CSRF-Token': csrf } });
    expect(moved.status()).toBe(200);
    const parcel = await api<ParcelDetail>(`/api/parcels/${code}`);
    const floor = parcel.indicators.find((i) => i.key === 'investmentIntensity')?.value as number;

    await signIn('agent');
    await page.goto(`${server.url}/?parcel=${code}`);
    const panel = page.getByTestId('detail-panel');
    await panel.getByTestId('linked-records').waitFor();
    await expect(panel.locator('.linked-letter .state-empty').textContent()).resolves.toBe('尚无承诺书。');
    await page.screenshot({ path: `${ARTIFACTS}commitment-parcel-linked.png` });
    await panel.getByTestId('draft-letter').click();

    await page.getByTestId('wizard-enterprise').waitFor();
    await page.getByTestId('wizard-uscc').fill('91140100MA0K3C7A05');
    await expect(page.locator('#uscc-feedback').getAttribute('data-uscc-state')).resolves.toBe('invalid');
    await expect(page.locator('#uscc-feedback').textContent()).resolves.toBe('校验码不符，请核对是否输错');
    await expect(page.getByTestId('wizard-next').isDisabled()).resolves.toBe(true);
    await page.getByTestId('wizard-uscc').fill(DEMO_USCC);
    await page.getByTestId('wizard-enterprise-found').waitFor();
    await expect(page.getByTestId('wizard-enterprise-found').textContent()).resolves.toContain('山西示范制造有限公司');
    // The credit look-up answers before the wizard may go on.
    await page.locator('[data-testid="wizard-credit"] [data-testid="credit-standing"]').waitFor();
    await shot('commitment-wizard-enterprise');
    await page.getByTestId('wizard-next').click();

    await page.getByTestId('wizard-project-code').fill('2026-140702-39-03-000999');
    await page.getByTestId('wizard-project-name').fill('示范精密部件生产线项目');
    await page.getByTestId('wizard-next').click();

    const row = page.locator('[data-testid="wizard-indicators"] tr[data-indicator="investmentIntensity"]');
    await page.getByTestId('commit-investmentIntensity-value').fill(String(floor - 10));
    await expect(row.getAttribute('data-invalid')).resolves.toBe('true');
    await expect(row.locator('.field-problem').textContent()).resolves.toBe('承诺值不得低于地块出让要求');
    await expect(page.getByTestId('wizard-next').isDisabled()).resolves.toBe(true);
    await shot('commitment-wizard-indicators');
    await page.getByTestId('commit-investmentIntensity-value').fill(String(floor + 20));
    await expect(row.getAttribute('data-invalid')).resolves.toBe('false');
    await page.getByTestId('wizard-next').click();

    await page.getByTestId('wizard-deadlines').waitFor();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-review').waitFor();
    await page.getByTestId('wizard-create').click();
    await page.waitForURL(/\/commitments\/CL\d{10}$/);
    const id = new URL(page.url()).pathname.split('/').pop() as string;
    await letterShown(id, 'draft');
    const committed = page.locator('[data-testid="letter-indicators"] tr[data-indicator="investmentIntensity"] td').nth(1);
    await expect(committed.textContent()).resolves.toBe(`≥ ${floor + 20} 万元/亩严于地块要求`);
    const view = await api<CommitmentView>(`/api/commitments/${id}`);
    expect(view).toMatchObject({ status: 'draft', parcel: { code }, enterprise: { uscc: DEMO_USCC }, project: { code: '2026-140702-39-03-000999' } });
    await shot('commitment-wizard-created');
  });

  it('runs a completion verification that fails: missing figures named, a rectification date asked for, the report shown', async () => {
    const { rows } = await server.db.query<{ lon: number; lat: number; mu: number }>(
      `SELECT ST_X(ST_PointOnSurface(p.geom)) AS lon, ST_Y(ST_PointOnSurface(p.geom)) AS lat, p.area_m2 / (10000.0 / 15) AS mu
       FROM commitments c JOIN parcels p ON p.code = c.parcel_code WHERE c.id = $1`,
      [verified],
    );
    const spot = rows[0];
    if (!spot) throw new Error(`no parcel for ${verified}`);
    // One small one-storey building: inside the parcel, far too little floor area for its FAR floor.
    const plan = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'B1', properties: { kind: 'building', floors: 1, height_m: 6 }, geometry: squareAround(Number(spot.lon), Number(spot.lat), 20) }],
    };
    await page.goto(`${server.url}/commitments/${verified}`);
    await letterShown(verified, 'in_force');
    const form = page.getByTestId('verify-form');
    await form.waitFor();
    await page.getByTestId('verify-plan').setInputFiles({ name: 'as-built.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(plan)) });
    await expect(page.getByTestId('verify-plan-read').textContent()).resolves.toBe('已读取 1 个要素（EPSG:4490）');
    await page.getByTestId('verify-submit').click();
    await expect(page.getByTestId('verify-incomplete').textContent()).resolves.toContain('固定资产投资强度');

    await page.getByTestId('figure-fixedAssetInvestmentWanYuan').fill(String(Math.ceil(Number(spot.mu) * 10_000)));
    await page.getByTestId('verify-submit').click();
    const failed = page.getByTestId('verify-needs-rectify');
    await failed.waitFor();
    await expect(failed.locator('tr[data-check="floorAreaRatio"]').getAttribute('data-status')).resolves.toBe('fail');
    await expect(failed.locator('tr[data-check="investmentIntensity"]').getAttribute('data-status')).resolves.toBe('pass');
    await shot('commitment-verify-needs-rectification');

    const rectifyBy = inDays(30);
    await page.getByTestId('verify-rectify-by').fill(rectifyBy);
    await page.getByTestId('verify-submit').click();
    const outcome = page.getByTestId('verify-outcome');
    await outcome.waitFor();
    await expect(outcome.getAttribute('data-passed')).resolves.toBe('false');
    await expect(outcome.textContent()).resolves.toBe(`✗ 核验未通过，已进入整改，整改期限 ${rectifyBy}。`);
    const latest = page.locator('[data-testid="verification-history"] > li').first();
    await expect(latest.getAttribute('data-passed')).resolves.toBe('false');
    await expect(latest.locator('tr[data-check="floorAreaRatio"] .result-badge').textContent()).resolves.toBe('✗ 不通过');
    await expect(page.locator('[data-testid="letter-deadlines"] tr[data-milestone="rectification"] .reminder').getAttribute('data-level')).resolves.toBe('within30');
    await expect(page.getByTestId('verify-breach-warning').textContent()).resolves.toContain('再次未通过将认定为违约');
    await shot('commitment-verify-failed');
  });

  it('lists deadline reminders in the staff area, missed first, and letters filtered by status', async () => {
    await signIn('publisher');
    const expected = await api<ReminderList>('/api/commitments/reminders?within=30');
    await page.goto(`${server.url}/staff/commitments/reminders`);
    const screen = page.getByTestId('reminders-screen');
    await screen.waitFor();
    await expect(page.getByTestId('reminders-total').getAttribute('data-total')).resolves.toBe(String(expected.total));
    expect(expected.total).toBeGreaterThan(0);
    const levels = await screen.locator('section[data-level]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-level')));
    expect(levels).toEqual(['missed', 'within7', 'within30'].filter((l) => expected.items.some((r) => r.level === l)));
    const days = await screen.locator('tr[data-days-left]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-days-left'))));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    await expect(screen.locator(`tr[data-letter="${verified}"]`).first().getAttribute('data-level')).resolves.toBeTruthy();
    await shot('commitment-staff-reminders');

    const first = expected.items[0]!;
    await screen.getByTestId(`reminder-open-${first.commitmentId}`).first().click();
    await page.waitForURL(`${server.url}/commitments/${first.commitmentId}`);
    await page.getByTestId('letter-page').waitFor();

    const inForce = await api<{ total: number }>('/api/commitments?status=in_force&limit=1');
    await page.goto(`${server.url}/staff/commitments`);
    await page.getByTestId('letters-screen').waitFor();
    await page.getByTestId('letters-status').selectOption('in_force');
    await page.locator(`[data-testid="letters-total"][data-total="${inForce.total}"]`).waitFor();
    await expect(page.locator('[data-testid="letters-table"] tbody tr').evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-status')))])).resolves.toEqual(['in_force']);
    await shot('commitment-staff-letters');
  });

  it('shows the enterprise its letters and its credit history', async () => {
    await signIn('enterprise');
    const credit = await api<{ records: unknown[] }>(`/api/enterprises/${DEMO_USCC}/credit`);
    const enterprise = await api<{ commitments: unknown[] }>(`/api/enterprises/${DEMO_USCC}`);
    // From the map: the account menu leads an enterprise to its own letters and cases.
    await page.goto(`${server.url}/`);
    await page.getByTestId('account-menu').click();
    await expect(page.getByTestId('account-cases').getAttribute('href')).resolves.toBe('/cases');
    await page.getByTestId('account-letters').click();
    await page.waitForURL(`${server.url}/enterprises/${DEMO_USCC}`);
    await page.getByTestId('enterprise-page').waitFor();
    await expect(page.locator('#enterprise-title').textContent()).resolves.toBe('山西示范制造有限公司');
    await expect(page.locator('[data-testid="enterprise-letters"] tbody tr').count()).resolves.toBe(enterprise.commitments.length);
    await page.getByTestId('credit-standing').waitFor();
    if (credit.records.length === 0) await expect(page.locator('.letter-main .state-empty').last().textContent()).resolves.toBe('暂无信用记录。');
    else await expect(page.locator('[data-testid="credit-records"] tbody tr').count()).resolves.toBe(credit.records.length);
    await shot('commitment-enterprise');
  });

  it('shows the linked letter with its reminders on the hall consultation screen', async () => {
    await signIn('agent');
    const view = await api<CommitmentView>(`/api/commitments/${verified}`);
    await page.goto(`${server.url}/hall?parcel=${view.parcel.code}`);
    const linked = page.locator('[data-testid="hall-panel"] [data-testid="linked-records"]');
    const card = linked.locator(`.linked-card[data-letter="${verified}"]`);
    await card.waitFor();
    await expect(card.locator('.letter-status').textContent()).resolves.toBe('● 生效中');
    await expect(card.locator('[data-testid="linked-reminders"] [data-milestone="rectification"]').count()).resolves.toBe(1);
    await expect(card.getByTestId('linked-verify').getAttribute('href')).resolves.toBe(`${server.url}/verify/${verified}`);
    await linked.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}commitment-hall-linked.png` });
  });

  it('logged no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
