import { ServiceName, topicsConsumedBy } from '@ssp/contracts';
import { Role } from '@ssp/platform';
import { KafkaProbe, newTopicNamespace, serviceTestEnvironment, startTestService, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';
import { countIncidents, day, EVENTS, inYear, MONTHS_WITH_DATA, YEAR } from './fixtures/reporting-busy-year.fixture';
import { publish } from './fixtures/reporting-events.fixture';

/*
 * The dashboard in a real browser (Debian's chromium driven by playwright-core) over a
 * reporting service fed through Kafka: it shows what was published, its filter form
 * changes what is shown, the Lokalråd sees small counts hidden, a network group sees its
 * own area only, and the page loads nothing from anywhere and breaks no CSP rule. A
 * full-page screenshot per audience is kept in test-results/dashboard/.
 */

const ARTIFACTS = path.resolve(__dirname, '../test-results/dashboard');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The text of a table's cells by row heading: `{ Tyveri: ['12', '15', …, 'I alt'] }`. */
async function tableOf(page: Page, section: string): Promise<Record<string, string[]>> {
  return page.$$eval(`#${section} table tbody tr`, (rows) =>
    Object.fromEntries(rows.map((row) => [row.querySelector('th')?.textContent ?? '', [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')])),
  );
}

async function columnHeadings(page: Page, section: string): Promise<string[]> {
  return page.$$eval(`#${section} table thead th`, (cells) => cells.slice(1).map((cell) => cell.textContent ?? ''));
}

const tile = (page: Page, measure: string) => page.locator(`.tile[data-measure="${measure}"] .tile-value`).textContent();
const danish = (value: number) => value.toLocaleString('da-DK');

describe('the reporting dashboard in a browser', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environment: ServiceTestEnvironment;
  let reporting: RunningService;
  let browser: Browser;
  const tokens = { coordination: '', council: '', langaa: '', operator: '' };
  /** Whatever went wrong in any page: console errors (CSP violations among them), failed requests, requests elsewhere. */
  const problems: string[] = [];
  let pagesOpened = 0;

  async function open(who: keyof typeof tokens, route: string): Promise<{ page: Page; status: number | undefined }> {
    const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${tokens[who]}` }, viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${who} ${route}: console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${who} ${route}: page error ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`${who} ${route}: request failed ${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(`${reporting.url}/dashboard`)) problems.push(`${who} ${route}: request outside the dashboard ${request.url()}`);
    });
    const response = await page.goto(`${reporting.url}${route}`);
    pagesOpened += 1;
    return { page, status: response?.status() };
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    environment = await serviceTestEnvironment('reporting', namespace);
    reporting = await startTestService(REPORTING, environment.env);
    tokens.coordination = await testToken({ roles: [Role.sspConsultant], groups: ['koordinationsteam'] });
    tokens.council = await testToken({ roles: [Role.localCouncilMember] });
    tokens.langaa = await testToken({ roles: [Role.networkGroupMember], groups: ['netvaerk-langaa'], areas: ['langaa'] });
    tokens.operator = await testToken({ roles: [Role.operator] });
    await publish(probe, namespace, EVENTS);
    for (const topic of topicsConsumedBy(ServiceName.reporting)) await probe.waitForGroupToCatchUp(`${namespace}${ServiceName.reporting}`, `${namespace}${topic.name}`);
    // The browser keeps the real clock under `npm run test:clocks` (it hangs under libfaketime); the page's days are the service's.
    const { LD_PRELOAD: _preload, FAKETIME: _faketime, ...browserEnv } = process.env;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, env: browserEnv });
  });

  afterAll(async () => {
    await browser?.close();
    await reporting?.close();
    await environment?.database.drop();
  });

  it('sends each caller from /dashboard to the widest dashboard they may see', async () => {
    const location = async (who: keyof typeof tokens, query = `year=${YEAR}`) => {
      const response = await fetch(`${reporting.url}/dashboard?${query}`, { headers: { authorization: `Bearer ${tokens[who]}` }, redirect: 'manual' });
      return [response.status, response.headers.get('location')];
    };
    expect(await location('coordination')).toEqual([302, `dashboard/fuld?year=${YEAR}`]);
    // The Lokalråd's page has its own period kind, so a period asked for does not go along.
    expect(await location('council', `year=${YEAR - 1}&period=quarter`)).toEqual([302, `dashboard/kommune?year=${YEAR - 1}`]);
    expect(await location('langaa')).toEqual([302, `dashboard/omraader/langaa?year=${YEAR}`]);
    expect(await location('operator')).toEqual([403, null]);
    expect(await location('council', 'period=week')).toEqual([400, null]);
  });

  it('shows the coordination team every count, as published, under its own CSP', async () => {
    const { page, status } = await open('coordination', '/dashboard');
    expect([status, new URL(page.url()).pathname]).toEqual([200, '/dashboard/fuld']);
    const csp = (await page.request.get(page.url())).headers()['content-security-policy'];
    expect(csp).toMatch(/default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]{24}'/);
    // The stylesheet ran under the nonce: the masthead has its colour.
    expect(await page.evaluate("getComputedStyle(document.querySelector('.masthead')).backgroundColor")).toBe('rgb(18, 53, 91)');

    expect(await page.locator('h1').textContent()).toBe(`Randers Kommune ${YEAR}`);
    expect(await tile(page, 'incidents')).toBe(danish(countIncidents(inYear(YEAR))));
    expect([await tile(page, 'interventions-started'), await tile(page, 'interventions-overdue'), await tile(page, 'meetings-held')]).toEqual(['8', '2', String(MONTHS_WITH_DATA + 12)]);

    // The trend table has every month so far of the year and every category, each cell as published.
    const months = await columnHeadings(page, 'trend');
    expect(months).toEqual(['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'I alt']);
    const trend = await tableOf(page, 'trend');
    const labels: Record<string, string> = { theft: 'Tyveri', violence: 'Vold', vandalism: 'Hærværk', drugs: 'Narkotika', burglary: 'Indbrud', threats: 'Trusler', weapons: 'Våben og knive' };
    for (const [category, label] of Object.entries(labels)) {
      const published = Array.from({ length: MONTHS_WITH_DATA }, (_, m) => countIncidents((i) => i.offenceCategory === category && i.incidentDate.startsWith(day(YEAR, m + 1, 1).slice(0, 8))));
      const total = countIncidents((i) => i.offenceCategory === category && inYear(YEAR)(i));
      expect([label, trend[label]]).toEqual([label, [...published.map(danish), danish(total)]]);
    }
    expect(trend['Våben og knive'][2]).toBe('3');
    // The chart draws the categories with most incidents, each named at its line's end.
    const lines = await page.locator('#chart-trend .series').evaluateAll((groups) => groups.map((group) => group.getAttribute('data-series')));
    expect(lines).toEqual(expect.arrayContaining(['Tyveri', 'Vold', 'Hærværk']));
    expect(lines).not.toContain('Våben og knive');
    expect(await page.locator('#chart-trend title').first().textContent()).toMatch(/^Hændelser pr. måned efter kategori/);

    // The areas side by side, as published, Langå among them.
    const areas = await tableOf(page, 'areas');
    expect(areas['Langå'].at(-1)).toBe(danish(countIncidents((i) => i.areaId === 'langaa' && inYear(YEAR)(i))));
    expect(await page.locator('#chart-areas .bar').count()).toBe(9);
    expect(await page.locator('#chart-areas').textContent()).toContain('Langå');

    await page.screenshot({ path: path.join(ARTIFACTS, 'full.png'), fullPage: true });
    await page.context().close();
  });

  it('changes what is shown with the filter form: year, quarters and one area', async () => {
    const { page } = await open('coordination', '/dashboard/fuld');
    await page.selectOption('select[name="year"]', String(YEAR - 1));
    await Promise.all([page.waitForURL(/year=2025/), page.click('button[type="submit"]')]);
    expect(await page.locator('h1').textContent()).toBe(`Randers Kommune ${YEAR - 1}`);
    const before = await tableOf(page, 'trend');
    expect([before['Narkotika'].at(-1), before['Tyveri'].at(-1), before['Vold'].at(-1)]).toEqual(['7', '4', '0']);
    expect(await tile(page, 'incidents')).toBe('11');

    await page.selectOption('select[name="year"]', String(YEAR));
    await page.selectOption('select[name="period"]', 'quarter');
    await page.selectOption('select[name="areaId"]', 'langaa');
    await Promise.all([page.waitForURL(/areaId=langaa/), page.click('button[type="submit"]')]);
    expect(await page.locator('h1').textContent()).toBe(`Langå ${YEAR}`);
    expect(await columnHeadings(page, 'trend')).toEqual(['1. kvt.', '2. kvt.', '3. kvt.', '4. kvt.', 'I alt']);
    const langaa = (from: number, to: number) => countIncidents((i) => i.areaId === 'langaa' && i.incidentDate >= day(YEAR, from, 1) && i.incidentDate <= day(YEAR, to, 31));
    expect(await tile(page, 'incidents')).toBe(danish(langaa(1, 12)));
    const quarters = await tableOf(page, 'trend');
    const theft = (q: number) => countIncidents((i) => i.areaId === 'langaa' && i.offenceCategory === 'theft' && i.incidentDate >= day(YEAR, q * 3 - 2, 1) && i.incidentDate <= day(YEAR, q * 3, 31));
    expect(quarters['Tyveri']).toEqual([theft(1), theft(2), theft(3), theft(4), theft(1) + theft(2) + theft(3) + theft(4)].map(danish));
    // One area: no areas side by side, and meetings (not counted per area) are left out.
    expect(await page.locator('#areas').count()).toBe(0);
    expect(await page.locator('#meetings').count()).toBe(0);
    await page.context().close();
  });

  it("shows the Lokalråd the municipality with small counts hidden, never the number", async () => {
    const { page, status } = await open('council', '/dashboard');
    expect([status, new URL(page.url()).pathname]).toEqual([200, '/dashboard/kommune']);
    expect(await page.locator('.badge').textContent()).toContain('små tal skjult');
    const trend = await tableOf(page, 'trend');
    // Three weapons cases in March: hidden in the month and in the year.
    expect([trend['Våben og knive'][2], trend['Våben og knive'].at(-1)]).toEqual(['skjult', 'skjult']);
    expect(await page.locator('#trend td.hidden-value').count()).toBeGreaterThan(0);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/Våben og knive[^<]{0,12}\b3\b/);
    // Two overdue interventions: hidden; eight started are shown. Meetings count no one and are shown.
    expect([await tile(page, 'interventions-overdue'), await tile(page, 'interventions-started'), await tile(page, 'meetings-held')]).toEqual(['skjult', '8', String(MONTHS_WITH_DATA + 12)]);
    const interventions = await tableOf(page, 'interventions');
    expect(interventions['Indsatser overskredet']).not.toContain('2');
    // A headline repeats the table's total, so it is hidden exactly where the table hides it.
    expect([interventions['Indsatser aftalt'].at(-1), interventions['Indsatser overskredet'].at(-1)]).toEqual(['8', 'skjult']);
    // Every shown number is the published one; large counts are not hidden.
    const published = countIncidents((i) => i.offenceCategory === 'theft' && i.incidentDate.startsWith(`${YEAR}-06`));
    expect(trend['Tyveri'][5]).toBe(danish(published));
    expect(await page.locator('select[name="areaId"]').count()).toBe(0);
    expect(await tableOf(page, 'areas')).toHaveProperty('Langå');
    await page.screenshot({ path: path.join(ARTIFACTS, 'municipality.png'), fullPage: true });
    // As printed on A4 for a Lokalråd meeting: no form, no links, charts one below the other.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, 'municipality-a4.png'), fullPage: true });
    await page.context().close();
  });

  it('keeps a network group to its own area: another area is neither offered nor shown', async () => {
    const { page, status } = await open('langaa', '/dashboard');
    expect([status, new URL(page.url()).pathname]).toEqual([200, '/dashboard/omraader/langaa']);
    expect(await page.locator('h1').textContent()).toBe(`Langå ${YEAR}`);
    expect(await page.locator('select[name="areaId"] option').evaluateAll((options) => options.map((option) => option.getAttribute('value')))).toEqual(['langaa']);
    const own = countIncidents((i) => i.areaId === 'langaa' && inYear(YEAR)(i));
    expect(await tile(page, 'incidents')).toBe(danish(own));
    expect(await page.locator('#areas').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('Randers C');
    await page.screenshot({ path: path.join(ARTIFACTS, 'area.png'), fullPage: true });

    await page.context().close();

    // Refused pages make the browser log errors of its own, so they get a context without the listeners.
    const refusals = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${tokens.langaa}` } });
    const refused = await refusals.newPage();
    for (const route of ['/dashboard/omraader/randers-c', `/dashboard/omraader/langaa?areaId=randers-c&year=${YEAR}`, '/dashboard/kommune', '/dashboard/fuld']) {
      const response = await refused.goto(`${reporting.url}${route}`);
      expect([route, response?.status()]).toEqual([route, 403]);
      expect(await refused.locator('body').textContent()).not.toContain('Randers C');
    }
    await refusals.close();
  });

  it('loaded nothing from anywhere else and broke no CSP rule on any page', () => {
    expect(pagesOpened).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });
});
