import { holdInRegistryCopy, newTopicNamespace, policeListCsv, serviceTestEnvironment, startTestService, waitFor, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';
import { WebBrowser } from './fixtures/web-browser';

/*
 * The secretariat's pages in Debian's chromium: police-list ingestion trusting the local
 * provider exactly as it would trust Entra ID, with a small upload limit so a too-large file
 * is refused. Lars Bækgaard (secretariat, coordination team) signs in on the provider's page,
 * uploads a list with bad rows through the web app (streamed on to ingestion), reads the
 * summary and the rejected rows (line, column as in the file, reason) a page at a time,
 * downloads them as one CSV for Excel, uploads the fixed rows, is refused a file over the
 * limit, and changes the area table, a bad change showing the Danish reason with his input
 * kept. The upload page's script shows a large list's progress (the upload throttled through
 * the DevTools protocol), says so when the connection fails, and the form works as well
 * without script. The school's SSP contact is refused. Every page passes axe-core (WCAG 2.1
 * AA); screenshots in test-results/web/secretariat/.
 */

const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Postnr'];
type Row = Record<(typeof HEADER)[number], string>;
const row = (journal: string, cpr: string, name: string, role = 'sigtet'): Row => ({
  Journalnr: journal,
  Gerningsdato: '05-11-2026',
  Forhold: 'Butikstyveri',
  Rolle: role,
  'CPR-nummer': cpr,
  Navn: name,
  Postnr: '8900',
});
const ANTON = row('J-1', '010312-4011', 'Anton Aagaard');
const BELLA = row('J-2', '020312-4012', 'Bella Bech');
/** Lines 4, 5 and 6 of the file: a CPR number with no such day, a role the police do not use, no name. */
const BAD = [row('J-3', '310211-4321', 'Carl Dahl'), row('J-4', '040312-4014', 'Dina Eskildsen', 'gerningsmand'), row('J-5', '050312-4015', '')];
const FIXED = [row('J-3', '280211-4321', 'Carl Dahl'), row('J-4', '040312-4014', 'Dina Eskildsen', 'mistænkt'), row('J-5', '050312-4015', 'Emil Frost')];
/** Lines 7 to 206: rows without CPR number, so the rejected rows run over several pages. */
const WITHOUT_CPR = Array.from({ length: 200 }, (_, index) => row(`J-${100 + index}`, '', `Person ${index}`));
const MAX_UPLOAD_BYTES = 512 * 1024;
/** A large list for the progress bar, under the limit: two new persons and 1,200 rows without CPR number, each with a long summary in a column ingestion skips. */
const SUMMARY = 'Sagsresumé';
const LARGE_LIST = policeListCsv(
  [...HEADER, SUMMARY],
  [row('J-30', '070312-4017', 'Gustav Holm'), row('J-31', '080312-4018', 'Hanna Iversen'), ...Array.from({ length: 1200 }, (_, index) => row(`J-${7000 + index}`, '', `Person ${index}`))].map((cells) => ({
    ...cells,
    [SUMMARY]: 'Anmeldt af butikkens personale; varer for under 500 kr.; ingen skader. '.repeat(3),
  })),
);
/** What the upload page's progress bar, its text and its status line showed at one moment. */
interface ProgressState {
  value: number;
  max: number;
  text: string;
  status: string;
}

describe('the secretariat in a browser', () => {
  const namespace = newTopicNamespace();
  let environment: ServiceTestEnvironment;
  let ingestion: RunningService;
  let web: WebBrowser;

  beforeAll(async () => {
    ({ browser: web } = await WebBrowser.start('secretariat', async (oidc) => {
      environment = await serviceTestEnvironment('police-list-ingestion', namespace);
      ingestion = await startTestService(INGESTION, {
        ...environment.env,
        OIDC_ISSUER: oidc.issuer,
        OIDC_JWKS_URI: oidc.jwksUri,
        MEMBERSHIP_SOURCE: 'registry',
        MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
      });
      // The police-list and reference-table routes ask for the role's permission only; the registry gives Lars his body as it would.
      await holdInRegistryCopy(ingestion.dataSource, 'demo-lars-baekgaard', ['koordinationsteam']);
      return { env: { POLICE_LIST_INGESTION_URL: ingestion.url }, value: undefined };
    }));
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    await ingestion?.close();
    await environment?.database.drop();
  });

  afterEach(() => {
    expect(web.problems).toEqual([]);
  });

  const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
  const choose = (page: Page, fileName: string, content: Buffer) => page.getByLabel('Politiliste').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: content });
  const upload = async (page: Page, fileName: string, content: Buffer) => {
    await choose(page, fileName, content);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Indlæs listen' }).click()]);
  };
  const tooLarge = policeListCsv(HEADER, Array.from({ length: 10_000 }, (_, index) => row(`J-${10_000 + index}`, '', `Person ${index}`)));
  /** The focused element's id and role. */
  const focused = async (page: Page) => {
    const focus = page.locator(':focus');
    return [(await focus.getAttribute('id')) ?? '', (await focus.getAttribute('role')) ?? ''];
  };
  const cellsOf = (page: Page) => page.locator('main table tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
  const summaryOf = async (page: Page) => Object.fromEntries(await cellsOf(page));
  const errorRows = cellsOf;

  it('lets the secretariat upload a list, read and download its rejected rows, upload them fixed, and be refused a file over the limit', async () => {
    const { context, page } = await web.newPage('secretariat');
    await page.goto(`${web.webUrl}/politilister`);
    await web.signInAs(page, 'Lars Bækgaard');
    await expect(heading(page)).resolves.toBe('Politilister');
    await expect(page.locator('main').textContent()).resolves.toContain('Der er ikke indlæst nogen politilister.');
    await web.checkPage(page, 'politilister-tom');

    await page.getByRole('link', { name: 'Indlæs en politiliste' }).click();
    await expect(heading(page)).resolves.toBe('Indlæs en politiliste');
    await web.checkPage(page, 'indlaes');
    await upload(page, 'uge 45.csv', policeListCsv(HEADER, [ANTON, BELLA, ...BAD, ...WITHOUT_CPR]));
    expect(new URL(page.url()).pathname).toMatch(/^\/politilister\/[0-9a-f-]{36}$/);
    await expect(heading(page)).resolves.toBe('Politiliste uge 45.csv');
    expect(await summaryOf(page)).toEqual({ 'Taget med': '2', Afvist: '203', 'Dubletter (allerede indlæst)': '0', Tomme: '0', 'I alt': '205' });
    await web.checkPage(page, 'resultat');

    await page.getByRole('link', { name: 'Se de afviste rækker med linje, kolonne og årsag' }).click();
    await expect(heading(page)).resolves.toBe('Afviste rækker i uge 45.csv');
    const firstPage = await errorRows(page);
    expect(firstPage).toHaveLength(50);
    expect(firstPage.slice(0, 4).map(([line, column]) => [line, column])).toEqual([
      ['4', 'CPR-nummer'],
      ['5', 'Rolle'],
      ['6', 'Navn'],
      ['7', 'CPR-nummer'],
    ]);
    expect(firstPage[1][2]).toMatch(/gerningsmand[\s\S]*Kode: role-unknown/);
    expect(firstPage[2][2]).toMatch(/Kode: name-missing/);
    await web.checkPage(page, 'afviste-side-1');
    await page.getByRole('link', { name: 'Næste side' }).click();
    expect((await errorRows(page))[0][0]).toBe('54');
    await web.checkPage(page, 'afviste-side-2');

    // One file for Excel: ingestion's CSV pages (200 a page) streamed one after another, one header.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent alle de afviste rækker til Excel (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('linje;kolonne;felt;kode;årsag');
    expect(lines.slice(1, 4).map((line) => line.split(';').slice(0, 4).join(';'))).toEqual(['4;CPR-nummer;cpr;cpr-invalid-date', '5;Rolle;role;role-unknown', '6;Navn;name;name-missing']);
    expect(lines.at(-2)?.startsWith('206;CPR-nummer;cpr;cpr-or-birth-date-missing;')).toBe(true);
    expect([lines.length, lines.at(-1), lines.filter((line) => line.startsWith('linje;')).length]).toEqual([1 + 203 + 1, '', 1]);
    expect(download.suggestedFilename()).toMatch(/^fejl-[0-9a-f-]{36}\.csv$/);

    // The rows fixed, with one already taken: three new, one duplicate.
    await page.getByRole('link', { name: 'Indlæs de rettede rækker' }).click();
    await upload(page, 'uge 45 rettet.csv', policeListCsv(HEADER, [ANTON, ...FIXED]));
    await expect(heading(page)).resolves.toBe('Politiliste uge 45 rettet.csv');
    expect(await summaryOf(page)).toMatchObject({ 'Taget med': '3', Afvist: '0', 'Dubletter (allerede indlæst)': '1' });
    await expect(page.locator('main').textContent()).resolves.toContain('Ingen rækker blev afvist.');
    await web.checkPage(page, 'resultat-rettet');

    // A file over ingestion's limit: its Danish refusal on the form (the web app drops the rest of the upload, holding none of it).
    // The page's script sent it and shows the answer page in place of the form, the refusal focused.
    await page.goto(`${web.webUrl}/politilister/ny`);
    expect(tooLarge.length).toBeGreaterThan(MAX_UPLOAD_BYTES);
    await choose(page, 'for stor.csv', tooLarge);
    await page.getByRole('button', { name: 'Indlæs listen' }).click();
    await page.locator('main [role=alert]').waitFor();
    expect([new URL(page.url()).pathname, await page.title()]).toEqual(['/politilister/ny', 'Fejl: Indlæs en politiliste - SSP Randers']);
    const refusal = await page.getByRole('alert').textContent();
    expect(refusal).toContain('Filen er større end de 512 kB, en politiliste må fylde. Del listen op i flere filer.');
    expect(refusal).toContain('file-too-large');
    await expect(focused(page)).resolves.toEqual(['', 'alert']);
    await web.checkPage(page, 'indlaes-for-stor');

    // A multipart form without the page's form token changes nothing.
    const forged = await page.request.post(`${web.webUrl}/politilister/ny?_csrf=not-the-token`, {
      multipart: { file: { name: 'forfalsket.csv', mimeType: 'text/csv', buffer: policeListCsv(HEADER, [row('J-9', '090312-4019', 'Falsk')]) } },
      maxRedirects: 0,
    });
    expect([forged.status(), (await forged.text()).includes('Formularen kunne ikke sendes')]).toEqual([403, true]);

    await page.getByRole('link', { name: 'Politilister', exact: true }).click();
    await expect(page.locator('main tbody th[scope=row]').allTextContents()).resolves.toEqual(['uge 45 rettet.csv', 'uge 45.csv']);
    await web.checkPage(page, 'politilister');
    await context.close();
    // Eleven pages through axe-core and a screenshot each, and three uploads, on a shared two-core machine.
  }, 300_000);

  it("shows a large list's progress while it is sent, says so when the connection fails, and goes on to the summary", async () => {
    const { context, page } = await web.newPage('progress');
    await page.goto(`${web.webUrl}/politilister/ny`);
    await web.signInAs(page, 'Lars Bækgaard');
    await expect(heading(page)).resolves.toBe('Indlæs en politiliste');
    await expect(page.locator('#upload-progress').isHidden()).resolves.toBe(true);
    await expect(page.evaluate('typeof window.sspUploadProgress')).resolves.toBe('boolean');
    const send = page.getByRole('button', { name: 'Indlæs listen' });

    // The connection fails: a Danish message, focused, and the form can be sent again.
    await page.route('**/politilister/ny?_csrf=*', (route) => route.abort('connectionreset'));
    await choose(page, 'uge 46.csv', policeListCsv(HEADER, [ANTON]));
    await send.click();
    await page.locator('#upload-failure').waitFor();
    await expect(page.locator('#upload-failure').textContent()).resolves.toMatch(/^\s*Listen blev ikke sendt\s*Forbindelsen blev afbrudt, før hele listen var sendt og behandlet\. Kontrollér forbindelsen, og prøv igen; filen er stadig valgt\.\s*$/);
    expect([await focused(page), await send.isEnabled(), await page.locator('#upload-progress').isHidden()]).toEqual([['upload-failure', ''], true, true]);
    await web.checkPage(page, 'indlaes-afbrudt');
    await page.unroute('**/politilister/ny?_csrf=*');

    // A large list over a slow upload: what the progress bar, its text and the status line show, recorded as they change.
    const seen: ProgressState[] = [];
    await page.exposeFunction('recordUploadProgress', (state: ProgressState) => void seen.push(state));
    // In the page's own terms (this project's TypeScript has no DOM types); the CSP does not apply to the test's own evaluation.
    await page.evaluate(`(() => {
      const bar = document.getElementById('upload-progress-bar');
      const part = (id) => document.getElementById(id);
      const record = () => window.recordUploadProgress({ value: bar.value, max: bar.max, text: part('upload-progress-text').textContent, status: part('upload-status').textContent });
      for (const id of ['upload-progress', 'upload-status']) new MutationObserver(record).observe(part(id), { attributes: true, childList: true, characterData: true, subtree: true });
    })()`);
    const devTools = await context.newCDPSession(page);
    await devTools.send('Network.enable');
    const throttle = (uploadThroughput: number) => devTools.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput });
    await throttle(16 * 1024);
    await choose(page, 'uge 46.csv', LARGE_LIST);
    expect(LARGE_LIST.length).toBeGreaterThan(300 * 1024);
    const arrived = page.waitForURL(/\/politilister\/[0-9a-f-]{36}$/, { timeout: 120_000 });
    await send.click();
    const midway = await waitFor('a value between none and all', () => seen.find((state) => state.value > 0 && state.value < state.max));
    expect(midway?.text).toMatch(/^Sendt \d+ af \d{3} kB$/);
    expect([await focused(page), await send.isDisabled(), await page.locator('#upload-failure').isHidden()]).toEqual([['upload-progress-bar', ''], true, true]);
    // Checked mid-upload (axe-core takes seconds here); then the rest at full speed (Chromium applies new conditions to a running upload).
    await web.checkPage(page, 'indlaes-sender');
    await throttle(-1);
    await arrived;
    await devTools.detach();

    await expect(heading(page)).resolves.toBe('Politiliste uge 46.csv');
    expect(await summaryOf(page)).toEqual({ 'Taget med': '2', Afvist: '1.200', 'Dubletter (allerede indlæst)': '0', Tomme: '0', 'I alt': '1.202' });
    // Spoken sparingly (a tenth at most once, seconds apart), the last when every byte is sent and ingestion reads the list.
    const spoken = seen.map((state) => state.status).filter((status, index, all) => status !== '' && status !== all[index - 1]);
    expect(spoken.at(-1)).toBe('Hele listen er sendt. Listen behandles …');
    expect(spoken.slice(0, -1).every((status) => /^[1-9]0 % sendt$/.test(status))).toBe(true);
    expect(spoken.length).toBeLessThanOrEqual(10);
    expect(seen.at(-1)).toMatchObject({ text: 'Listen behandles …' });
    expect(seen.at(-1)?.value).toBe(seen.at(-1)?.max);
    await context.close();
  }, 240_000);

  it('uploads a list and shows a refusal without script as well', async () => {
    const { context, page } = await web.newPage('without-script', { javaScriptEnabled: false });
    await page.goto(`${web.webUrl}/politilister/ny`);
    await web.signInAs(page, 'Lars Bækgaard');
    await expect(heading(page)).resolves.toBe('Indlæs en politiliste');
    await expect(page.locator('#upload-progress').isHidden()).resolves.toBe(true);
    await web.checkPage(page, 'indlaes-uden-script');
    // The page's script never ran (the test's own evaluation still can).
    await expect(page.evaluate('typeof window.sspUploadProgress')).resolves.toBe('undefined');
    await upload(page, 'uge 47.csv', policeListCsv(HEADER, [row('J-40', '090312-4019', 'Ida Juhl'), row('J-41', '100312-4010', 'Jens Kjær', 'forurettet')]));
    expect(new URL(page.url()).pathname).toMatch(/^\/politilister\/[0-9a-f-]{36}$/);
    await expect(heading(page)).resolves.toBe('Politiliste uge 47.csv');
    expect(await summaryOf(page)).toEqual({ 'Taget med': '2', Afvist: '0', 'Dubletter (allerede indlæst)': '0', Tomme: '0', 'I alt': '2' });

    await page.goto(`${web.webUrl}/politilister/ny`);
    await upload(page, 'for stor.csv', tooLarge);
    expect(new URL(page.url()).pathname).toBe('/politilister/ny');
    await expect(page.title()).resolves.toBe('Fejl: Indlæs en politiliste - SSP Randers');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('file-too-large');
    await web.checkPage(page, 'indlaes-for-stor-uden-script');
    await expect(page.evaluate('typeof window.sspUploadProgress')).resolves.toBe('undefined');
    await context.close();
  }, 120_000);

  it('lets the secretariat read and change the area table, and shows a refused change with the input kept', async () => {
    const { context, page } = await web.newPage('tables');
    await page.goto(`${web.webUrl}/politilister`);
    await web.signInAs(page, 'Lars Bækgaard');
    await page.getByRole('link', { name: 'Lovovertrædelseskategorier' }).click();
    await expect(heading(page)).resolves.toBe('Lovovertrædelseskategorier');
    await expect(page.locator('main tbody th[scope=row]').first().textContent()).resolves.toBe('Røveri');
    await web.checkPage(page, 'kategorier');
    await page.getByRole('link', { name: 'Ret kategorierne' }).click();
    await web.checkPage(page, 'kategorier-ret');

    await page.goto(`${web.webUrl}/omraader`);
    await expect(page.locator('main tbody th[scope=row]').allTextContents()).resolves.toContain('Randers C');
    await web.checkPage(page, 'omraader');
    await page.getByRole('link', { name: 'Ret områderne' }).click();
    await expect(heading(page)).resolves.toBe('Ret områderne');
    await web.checkPage(page, 'omraader-ret');
    const newArea = page.getByRole('group', { name: 'Nyt område 1' });
    await newArea.getByLabel('Navn').fill('Randers Syd');
    await newArea.getByLabel('Id').fill('randers-syd');
    await newArea.getByLabel('Postnumre').fill('8999');
    await newArea.getByLabel('Skoler').fill('Sydskolen\nSydbyens Friskole');
    await page.getByRole('group', { name: 'Område 6: Langå' }).getByLabel('Fjern denne række').check();
    await Promise.all([page.waitForURL(`${web.webUrl}/omraader?gemt=1`), page.getByRole('button', { name: 'Gem tabellen' }).click()]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Tabellen er gemt.');
    const areas = await page.locator('main tbody tr').allTextContents();
    expect(areas.some((area) => /Randers Syd\s*randers-syd\s*8999\s*SydskolenSydbyens Friskole/.test(area))).toBe(true);
    expect(areas.some((area) => area.includes('Langå'))).toBe(false);
    expect(await ingestion.dataSource.query("SELECT id, postal_codes FROM area WHERE id = 'randers-syd'")).toHaveLength(1);
    await web.checkPage(page, 'omraader-gemt');

    // An id the service refuses: its Danish reason and code, and the table as he typed it.
    await page.getByRole('link', { name: 'Ret områderne' }).click();
    const south = page.getByRole('group', { name: /Randers Syd$/ });
    await south.getByLabel('Id').fill('Randers Syd!');
    await south.getByLabel('Postnumre').fill('8999, 8998');
    await page.getByRole('button', { name: 'Gem tabellen' }).click();
    await expect(page.title()).resolves.toBe('Fejl: Ret områderne - SSP Randers');
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toContain('Tabellen blev ikke gemt');
    expect(alert).toContain('små bogstaver, cifre og bindestreger');
    expect(alert).toContain('area-id-invalid');
    const kept = page.getByRole('group', { name: /Randers Syd$/ });
    expect([await kept.getByLabel('Id').inputValue(), await kept.getByLabel('Postnumre').inputValue(), await kept.getByLabel('Skoler').inputValue()]).toEqual([
      'Randers Syd!',
      '8999, 8998',
      'Sydskolen\nSydbyens Friskole',
    ]);
    await web.checkPage(page, 'omraader-fejl');
    expect(await ingestion.dataSource.query("SELECT id FROM area WHERE id = 'randers-syd'")).toHaveLength(1);
    await context.close();
  }, 240_000);

  it("refuses the school's SSP contact the police lists with a Danish page", async () => {
    const { context, page } = await web.newPage('school');
    await page.goto(`${web.webUrl}/politilister`);
    await web.signInAs(page, 'Mette Skovgaard');
    await expect(heading(page)).resolves.toBe('Du har ikke adgang til denne side');
    const main = await page.locator('main').textContent();
    expect(main).toContain('Din rolle giver ikke adgang til dette.');
    expect(main).toContain('missing-permission');
    await web.checkPage(page, 'adgang-naegtet');
    await context.close();
  });
});
