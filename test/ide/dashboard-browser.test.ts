import fs from 'node:fs';
import { Page } from 'playwright-core';
import { ApiRow, apiFigure, reportQuery } from './dispatch-report-api';
import { describeInBrowser, offHostRequests, OpenBrowser, openBrowser, requireChromium, startBuiltServer, StartedServer } from './browser-harness';

/**
 * The dispatch dashboard in a real browser, on a freshly started server with
 * the scale-1 demo data (see browser-harness.ts): every figure it shows, in
 * the table, the charts and the CSV, must be the one the public API gives
 * the same viewer, with a withheld figure marked where (and only where) the
 * API lists it in `suppressed`. Without Chromium the test is skipped, unless
 * REQUIRE_BROWSER=1 (CI), which makes that a failure.
 */
const SCREENSHOT = '/tmp/dashboard.png';
/** A quarter the demo data fills (trainings run from 2022 to late 2026). */
const PERIOD = { kind: 'QUARTER', year: 2025, number: 2 };
const PAGE = `/dashboard?kind=QUARTER&year=2025&number=2`;
const PROVINCE = '370000';
const WEIFANG = '370700';
const TARGET_GROUPS = ['ruralTransferLaborers', 'registeredUnemployed', 'povertyAlleviated', 'noTargetGroup'];
const COUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

interface ShownCell {
  kind: string;
  region: string;
  field: string;
  value: string | null;
  suppressed: boolean;
  text: string;
}

interface Plotted {
  categories: Array<{ key: string; label: string }>;
  series: Array<{ field: string; name: string; values: Array<number | null> }>;
}

describeInBrowser('dashboard browser test')('The dispatch dashboard in headless Chromium, on a freshly started server', () => {
  let server: StartedServer;
  let browser: OpenBrowser;
  let page: Page;
  let analystKey: string;
  let partnerKey: string;

  beforeAll(async () => {
    requireChromium();
    server = await startBuiltServer('dashboard-browser');
    analystKey = server.createKey(['--name', 'dashboard analyst', '--role', 'ANALYST']);
    partnerKey = server.createKey(['--name', 'Weifang partner', '--role', 'PARTNER', '--region', WEIFANG]);
    browser = await openBrowser({ width: 1400, height: 1000 });
    page = browser.page;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  async function api(query: string, variables: Record<string, unknown>, key?: string): Promise<any> {
    const response = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `ApiKey ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data.dispatchReport;
  }

  const keyBar = () => page.getByRole('status', { name: 'Viewer' });

  async function waitForReport(region: string, minCell: number | 'none'): Promise<void> {
    await page.locator(`main[data-report-state="ready"][data-region="${region}"] table[data-region="${region}"][data-min-cell="${minCell}"]`).waitFor({ timeout: 60_000 });
  }

  async function shownFields(): Promise<string[]> {
    return page.locator('thead th[data-field]').evaluateAll((cells: Array<{ getAttribute(name: string): string | null }>) => cells.map((c) => c.getAttribute('data-field')!));
  }

  async function shownCells(): Promise<ShownCell[]> {
    return page.locator('tbody td[data-field]').evaluateAll((cells: Array<{ getAttribute(name: string): string | null; textContent: string | null }>) =>
      cells.map((c) => ({
        kind: c.getAttribute('data-row-kind')!,
        region: c.getAttribute('data-region')!,
        field: c.getAttribute('data-field')!,
        value: c.getAttribute('data-value'),
        suppressed: c.getAttribute('data-suppressed') === 'true',
        text: (c.textContent ?? '').trim(),
      })),
    );
  }

  /** What the chart plots, once it is drawn. */
  async function plotted(chart: string): Promise<Plotted> {
    await page.locator(`[data-chart="${chart}"][data-drawn="true"]`).waitFor({ timeout: 30_000 });
    return JSON.parse((await page.locator(`[data-chart="${chart}"]`).getAttribute('data-plotted'))!) as Plotted;
  }

  async function svgTexts(chart: string): Promise<string[]> {
    await page.locator(`[data-chart="${chart}"][data-drawn="true"]`).waitFor({ timeout: 30_000 });
    const texts = await page.locator(`[data-chart="${chart}"] svg text`).allTextContents();
    return texts.map((t) => t.trim());
  }

  /**
   * Every figure of the table against the API's answer for the same viewer:
   * equal where shown, the mark exactly where the API lists the field as
   * suppressed. Returns the API's answer and how many cells were withheld.
   */
  async function expectTableEqualsApi(region: string, key?: string): Promise<{ report: { minCell: number | null; rows: ApiRow[] }; withheld: number }> {
    const fields = await shownFields();
    expect(fields.length).toBeGreaterThanOrEqual(20);
    const report = await api(reportQuery(fields), { period: PERIOD, regionCode: region }, key);
    const cells = await shownCells();
    expect(cells.length).toBe(report.rows.length * fields.length);
    const shown = new Map(cells.map((c) => [`${c.kind}:${c.region}:${c.field}`, c]));
    let withheld = 0;
    for (const row of report.rows as ApiRow[]) {
      for (const field of fields) {
        const cell = shown.get(`${row.kind}:${row.region.code}:${field}`);
        const { value, suppressed } = apiFigure(row, field);
        const where = { row: row.label, field };
        if (value === null) {
          expect({ ...where, listedAsSuppressed: suppressed }).toEqual({ ...where, listedAsSuppressed: true });
          expect({ ...where, suppressed: cell?.suppressed, text: cell?.text, value: cell?.value }).toEqual({ ...where, suppressed: true, text: '*', value: null });
          withheld += 1;
        } else {
          expect({ ...where, suppressed: cell?.suppressed, value: cell?.value, text: cell?.text.replace(/,/g, '') }).toEqual({ ...where, suppressed: false, value: String(value), text: String(value) });
        }
      }
    }
    return { report, withheld };
  }

  /** The per-region chart plots the API's figure of the indicator for every row but 合计, null where withheld, and draws the shown ones as labels. */
  async function expectRegionChartEqualsApi(rows: ApiRow[], field: string): Promise<void> {
    const chart = await plotted('regions');
    const rowsButTotal = rows.filter((r) => r.kind !== 'TOTAL');
    expect(chart.categories.map((c) => c.key)).toEqual(rowsButTotal.map((r) => `${r.kind}:${r.region.code}`));
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0].field).toBe(field);
    expect(chart.series[0].values).toEqual(rowsButTotal.map((r) => (apiFigure(r, field).value === null ? null : Number(apiFigure(r, field).value))));
    const texts = await svgTexts('regions');
    rowsButTotal.forEach((row, i) => {
      const value = chart.series[0].values[i];
      if (value === null) expect(texts).toContain(`${row.label} *`);
      else {
        expect(texts).toContain(row.label);
        expect(texts).toContain(COUNT.format(value));
      }
    });
  }

  it('shows the province report to PUBLIC with the API figures, withheld ones marked and explained', async () => {
    await page.goto(`${server.base}${PAGE}`, { waitUntil: 'load' });
    await keyBar().filter({ hasText: 'You are: PUBLIC' }).waitFor({ timeout: 30_000 });
    await waitForReport(PROVINCE, 5);
    const { report, withheld } = await expectTableEqualsApi(PROVINCE);
    expect(report.minCell).toBe(5);
    expect(report.rows.filter((r: ApiRow) => r.kind === 'REGION')).toHaveLength(16);
    expect(withheld).toBeGreaterThan(0);
    const legend = page.getByRole('note', { name: 'Suppression legend' });
    await expect(legend.innerText()).resolves.toMatch(/少于 5 人[\s\S]*fewer than 5 persons/);
  });

  it('draws the charts from the same figures, leaving withheld ones out (never as 0)', async () => {
    // The trend chart draws after its own queries: wait for the third drawing before counting.
    await page.locator('[data-chart] svg').nth(2).waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-chart] svg').count()).resolves.toBe(3);
    const fields = await shownFields();
    const byGroup = TARGET_GROUPS.flatMap((g) => [`traineesEnrolled.${g}`, `traineesCompleted.${g}`]);
    const { rows } = await api(reportQuery([...fields, ...byGroup]), { period: PERIOD, regionCode: PROVINCE });
    await expectRegionChartEqualsApi(rows, 'traineesEnrolled.total');
    // An indicator with withheld cities: no bar, a marked name.
    await page.getByLabel('Indicator').selectOption('certificatesIssued.total');
    await page.locator('[data-chart="regions"] figcaption', { hasText: '技能证书发放' }).waitFor();
    await expectRegionChartEqualsApi(rows, 'certificatesIssued.total');
    expect((await plotted('regions')).series[0].values).toContain(null);

    const total = rows.find((r: ApiRow) => r.kind === 'TOTAL') as ApiRow;
    const groups = await plotted('target-groups');
    expect(groups.categories.map((c) => c.key)).toEqual(TARGET_GROUPS);
    expect(groups.series.map((s) => s.field)).toEqual(['traineesEnrolled', 'traineesCompleted']);
    for (const series of groups.series) {
      expect(series.values).toEqual(TARGET_GROUPS.map((g) => apiFigure(total, `${series.field}.${g}`).value as number | null));
    }

    // Over periods: the eight quarters up to the chosen one, each as the API answers for it alone.
    await page.locator('[data-chart="trend"]').waitFor({ timeout: 60_000 });
    const trend = await plotted('trend');
    expect(trend.categories.map((c) => c.key)).toEqual(['2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    const trendFields = trend.series.map((s) => s.field);
    expect(trendFields).toEqual(['traineesEnrolled.total', 'traineesCompleted.total', 'certificatesIssued.total']);
    for (const [i, category] of trend.categories.entries()) {
      const [year, quarter] = category.key.split('-Q').map(Number);
      const answer = await api(reportQuery(trendFields, false), { period: { kind: 'QUARTER', year, number: quarter }, regionCode: PROVINCE });
      for (const series of trend.series) {
        const { value } = apiFigure(answer.total, series.field);
        expect({ period: category.key, field: series.field, value: series.values[i] }).toEqual({ period: category.key, field: series.field, value });
      }
    }
    await page.getByLabel('Indicator').selectOption('traineesEnrolled.total');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('drills from a city to its counties by its row, its bar or its name on the chart, and back up by the breadcrumb', async () => {
    await page.locator(`tbody tr[data-row-kind="REGION"][data-region="${WEIFANG}"]`).click();
    await waitForReport(WEIFANG, 5);
    expect(new URL(page.url()).searchParams.get('region')).toBe(WEIFANG);
    const { report } = await expectTableEqualsApi(WEIFANG);
    expect(report.rows.filter((r: ApiRow) => r.kind === 'REGION').map((r: ApiRow) => r.region.code.slice(0, 4))).toEqual(expect.arrayContaining(['3707']));
    expect(report.rows.every((r: ApiRow) => r.region.code.startsWith('3707'))).toBe(true);
    await expectRegionChartEqualsApi(report.rows, 'traineesEnrolled.total');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.locator('li').allInnerTexts()).resolves.toEqual(['山东省', '潍坊市']);
    await expect(crumbs.locator('[aria-current="page"]').innerText()).resolves.toBe('潍坊市');

    await crumbs.getByRole('button', { name: '山东省' }).click();
    await waitForReport(PROVINCE, 5);
    // Its bar opens it too: click the bar just before its value label (a value no other label shows).
    const chart = await plotted('regions');
    const texts = await svgTexts('regions');
    const values = chart.series[0].values;
    const index = chart.categories.findIndex((c, i) => c.key.startsWith('REGION:') && (values[i] ?? 0) > 20 && texts.filter((t) => t === COUNT.format(values[i]!)).length === 1);
    expect(index).toBeGreaterThanOrEqual(0);
    const valueLabel = page.locator('[data-chart="regions"] svg text', { hasText: new RegExp(`^${COUNT.format(values[index]!)}$`) });
    await valueLabel.scrollIntoViewIfNeeded();
    const box = (await valueLabel.boundingBox())!;
    await page.mouse.click(box.x - 10, box.y + box.height / 2);
    await waitForReport(chart.categories[index].key.split(':')[1], 5);
    await page.goBack();
    await waitForReport(PROVINCE, 5);
    // And its name on the chart's axis.
    await page.locator('[data-chart="regions"] svg text', { hasText: /^淄博市$/ }).click();
    await waitForReport('370300', 5);
    await page.goBack();
    await waitForReport(PROVINCE, 5);
  });

  it('downloads exactly the table as CSV, withheld figures as the mark', async () => {
    await page.locator(`tbody tr[data-region="${WEIFANG}"]`).first().click();
    await waitForReport(WEIFANG, 5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe(`dispatch-report_${WEIFANG}_2025-Q2.csv`);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    const csv = lines.map((line) => line.split(','));

    const headings = await page.locator('thead tr').nth(1).locator('th').allInnerTexts();
    const firstHeadings = await page.locator('thead tr').first().locator('th[rowspan]').allInnerTexts();
    const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(csv[0]).toEqual([...firstHeadings, ...headings].map(oneLine));

    const rows = await page.locator('tbody tr').evaluateAll((trs: Array<{ querySelectorAll(s: string): ArrayLike<{ textContent: string | null; getAttribute(n: string): string | null }> }>) =>
      Array.from(trs, (tr) => {
        const [name] = Array.from(tr.querySelectorAll('th'));
        const code = tr.querySelectorAll('td.dash-code')[0];
        const figures = Array.from(tr.querySelectorAll('td[data-field]'), (td) => td.getAttribute('data-value') ?? (td.getAttribute('data-suppressed') === 'true' ? '*' : ''));
        return [(name.textContent ?? '').replace('›', '').trim(), (code.textContent ?? '').trim(), ...figures];
      }),
    );
    expect(csv.slice(1)).toEqual(rows);
    expect(csv.slice(1).some((row) => row.includes('*'))).toBe(true);
  });

  it('shows an ANALYST, entered in the key bar, the exact figures: nothing withheld', async () => {
    await page.getByLabel('API key').fill(analystKey);
    await page.getByRole('button', { name: 'Use key' }).click();
    await keyBar().filter({ hasText: 'You are: ANALYST' }).waitFor({ timeout: 30_000 });
    await waitForReport(WEIFANG, 'none');
    const weifang = await expectTableEqualsApi(WEIFANG, analystKey);
    expect(weifang.withheld).toBe(0);
    expect(weifang.report.minCell).toBeNull();

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: '山东省' }).click();
    await waitForReport(PROVINCE, 'none');
    const province = await expectTableEqualsApi(PROVINCE, analystKey);
    expect(province.withheld).toBe(0);
    await expectRegionChartEqualsApi(province.report.rows, 'traineesEnrolled.total');
    await expect(page.getByRole('note', { name: 'Suppression legend' }).innerText()).resolves.toMatch(/Exact figures/);
  });

  it('starts a partner limited to a city at its own city', async () => {
    await page.getByRole('button', { name: 'Forget key' }).click();
    await page.getByLabel('API key').fill(partnerKey);
    await page.getByRole('button', { name: 'Use key' }).click();
    await keyBar().filter({ hasText: 'You are: PARTNER' }).waitFor({ timeout: 30_000 });
    await page.goto(`${server.base}${PAGE}`, { waitUntil: 'load' });
    await waitForReport(WEIFANG, 'none');
    const { withheld } = await expectTableEqualsApi(WEIFANG, partnerKey);
    expect(withheld).toBe(0);
    await page.getByRole('button', { name: 'Forget key' }).click();
    await keyBar().filter({ hasText: 'You are: PUBLIC' }).waitFor({ timeout: 30_000 });
  });

  it('renders Chinese with the bundled font, talked to this server only, and logged no error', async () => {
    const fonts = await page.evaluate(async () => {
      // Runs in the page (the test itself is type-checked without the DOM library).
      const { fonts } = (globalThis as unknown as { document: { fonts: { ready: Promise<unknown>; check(font: string, text: string): boolean } } }).document;
      await fonts.ready;
      return fonts.check('16px "Noto Sans SC Variable"', '调度报表');
    });
    expect(fonts).toBe(true);
    expect(browser.requests.some((url) => /\/dashboard\/assets\/noto-sans-sc-\d+-wght-normal-\w+\.woff2$/.test(url))).toBe(true);
    expect(browser.requests.filter((url) => url.endsWith('/graphql')).length).toBeGreaterThan(10);
    expect(offHostRequests(browser.requests)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
