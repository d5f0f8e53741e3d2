import type { Reporting } from '@ssp/api-client';
import { Role } from '@ssp/platform';
import { newTopicNamespace } from '@ssp/testing';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { countIncidents, EVENTS, inYear, YEAR } from './fixtures/reporting-busy-year.fixture';
import { follow, tabTo, WebBrowser } from './fixtures/web-browser';
import { ReportingService } from './fixtures/web-services';

/*
 * The Lokalråd's statistics in Debian's chromium: the provider and the web app in their own
 * processes, reporting (trusting only the provider, on a TestClock in 2026) fed the busy year
 * of reporting's dashboard test through Kafka. Hanne Mørch (Lokalrådet, statistics:suppressed)
 * opens Statistik from the menu and lands on the municipality's page with small counts hidden
 * («skjult»), reads the year-by-year chart's table against the published incidents, compares
 * interventions over three years with the form, is shown a year the form does not offer as a
 * Danish error with her choice kept, is refused every count (reporting's 403 as the Danish
 * page), and downloads the CSV for Danish Excel (its bytes: BOM, semicolons, Danish headings,
 * `..` for a hidden count). Karen Kjær (SSP consultant, statistics:full) sees every count,
 * the small ones too. Ali Yilmaz (network group Randers NV, statistics:area) sees his area by
 * quarter and is refused another. Then Hanne with the keyboard alone, CSV included. Every page
 * passes axe-core (WCAG 2.1 AA) with no CSP violation; screenshots in test-results/web/statistics/.
 */

type StatisticTable = Reporting.components['schemas']['StatisticTableDto'];

const danish = (value: number) => value.toLocaleString('da-DK');
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** A table's cells by row heading: `{ Tyveri: ['skjult', '212'] }`. */
function tableOf(page: Page, id: string): Promise<Record<string, string[]>> {
  return page.$$eval(`#${id} tbody tr`, (rows) => Object.fromEntries(rows.map((row) => [row.querySelector('th')?.textContent ?? '', [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')])));
}

const headingsOf = (page: Page, id: string) => page.locator(`#${id} thead th`).allTextContents();

describe('statistics in the web app', () => {
  const namespace = newTopicNamespace();
  let reporting: ReportingService;
  let web: WebBrowser;
  let webUrl: string;

  beforeAll(async () => {
    ({ browser: web, services: reporting } = await WebBrowser.start('statistics', async (oidc) => {
      const service = await ReportingService.start(oidc, namespace, EVENTS);
      await service.seatInNetworkGroup('demo-ali-yilmaz', 'netvaerk-randers-nv', 'randers-nv');
      return { env: service.webEnv, value: service };
    }));
    webUrl = web.webUrl;
  });

  afterAll(async () => {
    await web?.close();
    await reporting?.close();
  });

  afterEach(() => {
    expect(web.problems).toEqual([]);
  });

  it('shows the Lokalråd the municipality with small counts hidden, compares years, refuses what it may not see and downloads the CSV', async () => {
    const { context, page } = await web.newPage('hanne');
    await page.goto(`${webUrl}/`);
    await web.signInAs(page, 'Hanne Mørch');
    await Promise.all([page.waitForURL((url) => url.pathname === '/statistik/kommune'), page.getByRole('link', { name: 'Statistik', exact: true }).click()]);
    await expect(h1(page)).resolves.toBe('Statistik: Randers Kommune');
    expect(await page.locator('main').textContent()).toContain('små tal skjult');

    // This year against last year, by category: the table under the chart, each number as published or hidden.
    expect(await headingsOf(page, 'table-years')).toEqual(['Kategori', String(YEAR - 1), String(YEAR)]);
    const years = await tableOf(page, 'table-years');
    const published = (category: string, year: number) => countIncidents((incident) => incident.offenceCategory === category && inYear(year)(incident));
    expect([published('weapons', YEAR), years['Våben og knive'][1]]).toEqual([3, 'skjult']);
    expect([published('theft', YEAR - 1), years['Tyveri'][0]]).toEqual([4, 'skjult']);
    // Last year had only the four thefts and seven drug cases: either of the other numbers would give the four away, so all three are hidden.
    expect([countIncidents(inYear(YEAR - 1)), years['Narkotika'][0], years['I alt'][0]]).toEqual([11, 'skjult', 'skjult']);
    for (const [category, label] of [['theft', 'Tyveri'], ['violence', 'Vold'], ['vandalism', 'Hærværk']]) expect([label, years[label][1]]).toEqual([label, danish(published(category, YEAR))]);
    expect(await page.locator('#table-years td.statistics-hidden').count()).toBeGreaterThanOrEqual(2);
    // The chart is one image named by its title, its description naming the numbers; a hidden one as hidden.
    const chart = page.getByRole('img', { name: `Hændelser efter kategori pr. år, Randers Kommune` });
    await expect(chart.count()).resolves.toBe(1);
    expect(await page.locator('#chart-years-desc').textContent()).toContain(`Våben og knive: ${YEAR - 1} 0, ${YEAR} skjult`);
    // Month by month: last year's August had the four thefts (hidden), its January nothing; this year's months as published.
    const months = await tableOf(page, 'table-periods');
    expect([months['aug.'][0], months['jan.'][0]]).toEqual(['skjult', '0']);
    const monthly = (month: number) => countIncidents((incident) => incident.incidentDate.startsWith(`${YEAR}-${String(month).padStart(2, '0')}`));
    expect(months['jun.'][1]).toBe(danish(monthly(6)));
    await web.checkPage(page, 'kommune');

    // Interventions this year beside the two years before, chosen with the form.
    await page.getByLabel('Indsatser: aftalt, gennemført og overskredet').check();
    await page.getByLabel(String(YEAR - 1), { exact: true }).check();
    await page.getByLabel(String(YEAR - 2), { exact: true }).check();
    await Promise.all([page.waitForURL((url) => url.searchParams.get('tal') === 'indsatser'), page.getByRole('button', { name: 'Vis tallene' }).click()]);
    expect(new URL(page.url()).searchParams.getAll('sammenlign')).toEqual([String(YEAR - 1), String(YEAR - 2)]);
    expect(await headingsOf(page, 'table-years')).toEqual(['Mål', String(YEAR - 2), String(YEAR - 1), String(YEAR)]);
    const interventions = await tableOf(page, 'table-years');
    // Eight agreed this year, none before; the two overdue ones are a small count.
    expect(interventions['Indsatser aftalt']).toEqual(['0', '0', '8']);
    expect(interventions['Indsatser overskredet'][2]).toBe('skjult');
    await web.checkPage(page, 'kommune-indsatser-3-aar');

    // A year the form does not offer: the Danish reason on the field, the choices kept, no numbers.
    const refused = await page.goto(`${webUrl}/statistik/kommune?tal=indsatser&sammenlign=${YEAR - 1}&sammenlign=1999`);
    expect(refused?.status()).toBe(400);
    await expect(page.getByRole('link', { name: `Sammenlign med: Vælg år at sammenligne med mellem ${YEAR - 5} og ${YEAR - 1}.` }).count()).resolves.toBe(1);
    expect(await page.getByLabel('Indsatser: aftalt, gennemført og overskredet').isChecked()).toBe(true);
    expect(await page.getByLabel(String(YEAR - 1), { exact: true }).isChecked()).toBe(true);
    expect(await page.locator('svg').count()).toBe(0);
    await web.checkPage(page, 'kommune-fejl-i-formularen');

    // Every count is the coordination team's: reporting refuses her token, and the page says so in Danish.
    const full = await page.goto(`${webUrl}/statistik/alle`);
    expect(full?.status()).toBe(403);
    await expect(h1(page)).resolves.toBe('Du har ikke adgang til denne side');
    await web.checkPage(page, 'alle-tal-naegtet');

    // The CSV for Danish Excel, of what the page shows.
    await page.goto(`${webUrl}/statistik/kommune`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent tallene som CSV (til Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe(`statistik-haendelser-kategori-${YEAR - 1}-${YEAR}.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(`Kategori;${YEAR - 1};${YEAR}`);
    expect(lines).toContain(`Våben og knive;0;..`);
    expect(lines).toContain(`Tyveri;..;${published('theft', YEAR)}`);
    expect(lines).toContain(`Måned;${YEAR - 1};${YEAR}`);
    await context.close();
  }, 240_000);

  it('shows the coordination team every count, the small ones too', async () => {
    const { context, page } = await web.newPage('karen');
    await page.goto(`${webUrl}/statistik`);
    await web.signInAs(page, 'Karen Kjær');
    expect(new URL(page.url()).pathname).toBe('/statistik/alle');
    expect(await page.locator('main').textContent()).toContain('Koordinationsteamet: alle tal');
    const years = await tableOf(page, 'table-years');
    expect([years['Våben og knive'][1], years['Tyveri'][0], years['Narkotika'][0], years['I alt'][0]]).toEqual(['3', '4', '7', '11']);
    expect(await page.locator('td.statistics-hidden').count()).toBe(0);
    await web.checkPage(page, 'alle-tal');
    await context.close();
  });

  it("shows a network group's member their own area by quarter, small counts hidden, and refuses another area", async () => {
    const { context, page } = await web.newPage('ali');
    await page.goto(`${webUrl}/statistik/omraader/randers-nv`);
    await web.signInAs(page, 'Ali Yilmaz');
    await expect(h1(page)).resolves.toBe('Statistik: området randers-nv');
    // No view by area, and no meetings (not counted per area).
    expect(await page.locator('input[name=tal]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('value')))).toEqual(['haendelser-kategori', 'unge-alder', 'indsatser', 'beslutninger']);
    expect(await headingsOf(page, 'table-periods')).toEqual(['Kvartal', String(YEAR - 1), String(YEAR)]);
    // Last year Randers NV had only the seven drug cases, in May: the second quarter.
    const quarters = await tableOf(page, 'table-periods');
    expect(quarters['2. kvt.'][0]).toBe('7');
    const years = await tableOf(page, 'table-years');
    const own = (category: string) => countIncidents((incident) => incident.areaId === 'randers-nv' && incident.offenceCategory === category && inYear(YEAR)(incident));
    expect(years['Narkotika'][0]).toBe('7');
    // This year, cell by cell as reporting answers Ali's own token (it hides complements in an area's table too), each shown number the published one.
    const token = await web.provider.token({ roles: [Role.networkGroupMember], subject: 'demo-ali-yilmaz', name: 'Ali Yilmaz' });
    const answer = (await (await fetch(`${reporting.reporting.url}/statistics/areas/randers-nv/incidents?groupBy=offenceCategory`, { headers: { authorization: `Bearer ${token}` } })).json()) as StatisticTable;
    expect(answer.rows.length).toBe(Object.keys(years).length - 1);
    for (const row of answer.rows) {
      const label = row.labels.offenceCategory;
      expect([label, years[label][1]]).toEqual([label, row.totalSuppressed ? 'skjult' : danish(own(row.keys.offenceCategory))]);
    }
    expect(answer.rows.some((row) => !row.totalSuppressed && (row.total ?? 0) > 0)).toBe(true);
    await web.checkPage(page, 'omraade');
    const other = await page.goto(`${webUrl}/statistik/omraader/randers-c`);
    expect(other?.status()).toBe(403);
    await expect(h1(page)).resolves.toBe('Du har ikke adgang til denne side');
    await context.close();
  });

  it('lets the Lokalråd compare years and download the CSV with the keyboard alone', async () => {
    const { context, page } = await web.newPage('keyboard');
    await page.goto(`${webUrl}/statistik`);
    // The provider's people are one radio group, one Tab stop (its first person): the arrow keys move to Hanne and choose her.
    await tabTo(page, 'demo-karen-kjaer');
    const chosen = () => page.locator('input[name=subject]:checked').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('value'))[0] ?? null);
    for (let presses = 0; presses < 10 && (await chosen()) !== 'demo-hanne-moerch'; presses += 1) await page.keyboard.press('ArrowDown');
    expect(await chosen()).toBe('demo-hanne-moerch');
    await tabTo(page, 'Log ind');
    await Promise.all([page.waitForURL((url) => url.pathname === '/statistik/kommune'), page.keyboard.press('Enter')]);
    // The view: young people by age, two down from the first (the group is one Tab stop; the arrow keys choose).
    await tabTo(page, { id: 'tal' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name=tal]:checked').getAttribute('value')).toBe('unge-alder');
    await tabTo(page, { id: `sammenlign-${YEAR - 3}` });
    await page.keyboard.press('Space');
    await follow(page, 'Vis tallene', (url) => url.searchParams.get('tal') === 'unge-alder');
    expect(new URL(page.url()).searchParams.getAll('sammenlign')).toEqual([String(YEAR - 1), String(YEAR - 3)]);
    expect(await headingsOf(page, 'table-years')).toEqual(['Aldersgruppe', String(YEAR - 3), String(YEAR - 1), String(YEAR)]);
    await web.checkPage(page, 'tastatur-unge-alder');
    await tabTo(page, 'Hent tallene som CSV');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const text = (await readFile((await download.path())!)).toString('utf8');
    expect(text.startsWith(`\uFEFFAldersgruppe;${YEAR - 3};${YEAR - 1};${YEAR}\r\n`)).toBe(true);
    await context.close();
  }, 180_000);
});
