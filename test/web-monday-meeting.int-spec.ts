import { Role } from '@ssp/platform';
import { KafkaProbe, newTopicNamespace, policeListCsv, readPdf, TestClock, testToken, waitFor } from '@ssp/testing';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { meetingScheduled, publish } from './fixtures/reporting-events.fixture';
import { follow, tabTo, WebBrowser } from './fixtures/web-browser';
import { MondayGroupServices } from './fixtures/web-services';

/*
 * Meeting mode in Debian's chromium, as the Monday group uses it: ingestion takes the police's
 * list, case coordination trusts the local OpenID provider and takes memberships from its copy
 * of the registry, on a clock at the meeting's day; the calendar's two meetings arrive on
 * ssp.meeting.scheduled.v1 as network groups would put them there. Karen Kjær opens the
 * meeting, records a note, a decision and an intervention for a registry person (a refused one
 * first, shown in Danish with her input kept), defers an item, closes the meeting, approves
 * the minutes (a second approval is refused in Danish), reads them and downloads the PDF. The
 * next meeting is done with the keyboard alone. The school's SSP contact is refused in Danish.
 * Every page passes axe-core (WCAG 2.1 AA); screenshots in test-results/web/moede/.
 */

const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Postnr'];
const row = (journal: string, date: string, offence: string, role: string, cpr: string, name: string) => ({
  Journalnr: journal,
  Gerningsdato: date,
  Forhold: offence,
  Rolle: role,
  'CPR-nummer': cpr,
  Navn: name,
  Postnr: '8900',
});
const LIST = [
  row('M-1', '16-11-2026', 'Strfl. § 244 vold', 'mistænkt', '150512-4101', 'Anton Aagaard'),
  row('M-2', '17-11-2026', 'Tyveri fra bil', 'sigtet', '030310-4104', 'Dina Dahl'),
  row('M-3', '18-11-2026', 'Hærværk', 'mistænkt', '040310-4105', 'Emil Eriksen'),
];
const FIRST_MEETING = '4a4b7e1c-2d0f-4c43-9a57-0f6d1e2a0001';
const NEXT_MEETING = '4a4b7e1c-2d0f-4c43-9a57-0f6d1e2a0002';
const NOTE_TEXT = 'Anton har ikke været i skole i tre uger.';
const INTERVENTION_TITLE = 'Samtale med Anton og forældrene';
const REFERRAL_REASON = 'Dina vil gerne have hjælp til at komme i gang med en uddannelse.';

describe('meeting mode in a browser', () => {
  const namespace = newTopicNamespace();
  const clock = new TestClock('2026-11-23T08:00:00.000Z');
  let services: MondayGroupServices;
  let web: WebBrowser;
  let webUrl: string;

  beforeAll(async () => {
    ({ browser: web } = await WebBrowser.start('moede', async (oidc) => {
      services = await MondayGroupServices.start(oidc, namespace, {
        clock,
        caseCoordinationSeats: { 'demo-karen-kjaer': ['mandagsgruppen'], 'demo-peter-dahl': ['familieafdelingen'], 'demo-mette-skovgaard': ['netvaerk-randers-c'] },
      });
      // The calendar's two meetings, as network groups puts them on the topic.
      await publish(new KafkaProbe(), namespace, [
        meetingScheduled('mandagsgruppen', '2026-11-23T15:00:00.000Z', FIRST_MEETING),
        meetingScheduled('mandagsgruppen', '2026-12-07T15:00:00.000Z', NEXT_MEETING),
      ]);
      await services.uploadPoliceList(await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] }), policeListCsv(HEADER, LIST), 'uge47.csv', LIST.length);
      await waitFor('case coordination to hold the meetings', async () => ((await services.cases.dataSource.query('SELECT count(*)::int AS count FROM monday_meeting')) as { count: number }[])[0].count, (meetings) => meetings === 2, {
        timeoutMs: 60_000,
      });
      return { env: services.webEnv, value: undefined };
    }));
    webUrl = web.webUrl;
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    await services?.close();
  });

  afterEach(() => {
    expect(web.problems).toEqual([]);
  });

  const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
  const main = (page: Page) => page.locator('main').textContent();

  it('lets the Monday group open its meeting, record at the items, defer one, close, approve once, and read and download the minutes', async () => {
    const { context, page } = await web.newPage('karen');
    await page.goto(`${webUrl}/moeder`);
    await web.signInAs(page, 'Karen Kjær');
    await expect(h1(page)).resolves.toBe('Mandagsgruppens møder');
    expect(await page.locator('tbody th[scope=row]').allTextContents()).toEqual(['mandag den 7. december 2026', 'mandag den 23. november 2026']);
    await web.checkPage(page, 'moeder');

    // The next meeting cannot open before its day: the service's Danish reason on the page.
    await page.getByRole('link', { name: 'mandag den 7. december 2026' }).click();
    await page.getByRole('button', { name: 'Åbn mødet' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Mødet kan først åbnes på mødedagen.');
    await web.checkPage(page, 'moede-ikke-endnu');

    await page.getByRole('link', { name: 'Alle møder' }).click();
    await page.getByRole('link', { name: 'mandag den 23. november 2026' }).click();
    await expect(main(page)).resolves.toContain('Planlagt');
    await web.checkPage(page, 'moede-planlagt');
    await page.getByRole('button', { name: 'Åbn mødet' }).click();
    await expect(main(page)).resolves.toContain('Mødet er åbnet, og dagsordenen er låst.');
    expect((await page.locator('tbody th[scope=row]').allTextContents()).sort()).toEqual(['Anton Aagaard', 'Dina Dahl', 'Emil Eriksen']);
    await web.checkPage(page, 'moede-i-gang');

    // Anton: the item with the person, the reasons and the new incident; a note.
    await page.getByRole('link', { name: 'Anton Aagaard' }).click();
    await expect(h1(page)).resolves.toMatch(/^Punkt \d af 3: Anton Aagaard$/);
    expect(await page.getByRole('link', { name: 'Anton Aagaard' }).getAttribute('href')).toMatch(/^\/personer\/[0-9a-f]{64}$/);
    await expect(page.locator('table').textContent()).resolves.toContain('M-1');
    await web.checkPage(page, 'punkt');
    await page.getByLabel('Organ, oplysningen kommer fra').fill('skole');
    await page.getByLabel('SSP', { exact: true }).check();
    await page.getByLabel('Hvorfor er det nødvendigt at dele oplysningen?').fill('Nødvendigt for en samlet indsats.');
    await page.getByLabel('Oplysningen', { exact: true }).fill(NOTE_TEXT);
    await page.getByRole('button', { name: 'Gem notatet' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Notatet er gemt.');
    await expect(main(page)).resolves.toContain(NOTE_TEXT);

    // A decision marks the item handled.
    await page.getByLabel('Bekymringssamtale').check();
    await page.getByRole('button', { name: 'Registrér beslutningen' }).click();
    await expect(main(page)).resolves.toContain('Beslutningen er registreret, og punktet er markeret behandlet.');
    await expect(page.locator('dl').textContent()).resolves.toContain('Behandlet');

    // An intervention for someone outside the owning body is refused in Danish; what she typed stays.
    await page.getByLabel('Hvad er indsatsen?').fill(INTERVENTION_TITLE);
    await page.getByLabel('Organ, der ejer indsatsen').fill('familieafdelingen');
    await page.getByLabel('Den ansvarliges brugernavn').fill('demo-mette-skovgaard');
    await page.getByLabel('Frist').fill('2026-12-18');
    await page.getByRole('button', { name: 'Aftal indsatsen' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Den ansvarlige skal i dag være medlem af det organ, der ejer indsatsen');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('intervention-owner-not-member');
    expect(await page.getByLabel('Hvad er indsatsen?').inputValue()).toBe(INTERVENTION_TITLE);
    expect(await page.getByLabel('Frist').inputValue()).toBe('2026-12-18');
    expect(await page.locator('#intervention-ownerSubject').getAttribute('aria-invalid')).toBe('true');
    await web.checkPage(page, 'punkt-fejl');
    await page.getByRole('link', { name: /Den ansvarlige skal i dag/ }).click();
    await expect(page.locator(':focus').getAttribute('id')).resolves.toBe('intervention-ownerSubject');
    await page.getByLabel('Den ansvarliges brugernavn').fill('demo-peter-dahl');
    await page.getByRole('button', { name: 'Aftal indsatsen' }).click();
    await expect(main(page)).resolves.toContain('Indsatsen er aftalt.');
    await expect(main(page)).resolves.toContain(INTERVENTION_TITLE);
    await web.checkPage(page, 'punkt-registreret');

    // Dina is deferred; "handled" without a decision is refused in Danish.
    await page.getByRole('link', { name: 'Tilbage til mødet' }).click();
    await page.getByRole('link', { name: 'Dina Dahl' }).click();
    await page.getByRole('button', { name: 'Markér behandlet' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Et punkt er behandlet, når Mandagsgruppen har truffet en beslutning');
    await web.checkPage(page, 'punkt-ikke-behandlet');
    await page.getByRole('button', { name: 'Udsæt til næste møde' }).click();
    await expect(main(page)).resolves.toContain('Punktet er udsat til næste møde.');

    // Close; then two members approve at once: the second is refused in Danish.
    await page.getByRole('link', { name: 'Tilbage til mødet' }).click();
    await page.getByRole('button', { name: 'Afslut mødet' }).click();
    await expect(main(page)).resolves.toMatch(/Behandlet: 1[\s\S]*Udsat: 1[\s\S]*Ikke nået: 1/);
    await web.checkPage(page, 'moede-afsluttet');
    const other = await context.newPage();
    await other.goto(page.url());
    await page.getByRole('button', { name: 'Godkend referatet' }).click();
    await expect(main(page)).resolves.toContain('Referatet er godkendt. Nu kan intet på mødet ændres.');
    await web.checkPage(page, 'moede-godkendt');
    await other.getByRole('button', { name: 'Godkend referatet' }).click();
    await expect(other.getByRole('alert').textContent()).resolves.toContain('Referatet er allerede godkendt og kan ikke ændres.');
    await web.checkPage(other, 'moede-godkendt-igen');
    await other.close();

    // The minutes, in Danish on the web app's own page, and as a PDF.
    await page.getByRole('link', { name: 'Læs referatet' }).click();
    await expect(h1(page)).resolves.toBe('Referat af Mandagsgruppens møde mandag den 23. november 2026');
    const minutes = await main(page);
    for (const text of [NOTE_TEXT, 'Bekymringssamtale', INTERVENTION_TITLE, 'Udsat til næste møde', 'Ikke nået', 'Referatet er godkendt']) expect(minutes).toContain(text);
    await web.checkPage(page, 'referat');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent referatet som PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('referat-mandagsgruppen-2026-11-23.pdf');
    const pdf = await readPdf(await readFile((await download.path())!));
    for (const text of ['Anton Aagaard', 'Dina Dahl', 'Emil Eriksen', INTERVENTION_TITLE]) expect(pdf.text).toContain(text);
    await context.close();
  }, 240_000);

  it('lets the Monday group hold the next meeting with the keyboard alone', async () => {
    clock.set('2026-12-07T08:00:00.000Z');
    const { context, page } = await web.newPage('keyboard');
    await page.goto(`${webUrl}/`);
    await tabTo(page, 'demo-karen-kjaer');
    await page.keyboard.press('Space');
    await tabTo(page, 'Log ind');
    await Promise.all([page.waitForURL((url) => url.href.startsWith(webUrl)), page.keyboard.press('Enter')]);
    await follow(page, 'Møder', (url) => url.pathname === '/moeder');
    await follow(page, '7. december 2026', (url) => url.pathname === `/moeder/${NEXT_MEETING}`);
    await follow(page, 'Åbn mødet', (url) => url.search === '?gemt=open');
    // Dina (deferred) and Emil (not reached) are on the next meeting's agenda; Anton, handled, is not.
    expect((await page.locator('tbody th[scope=row]').allTextContents()).sort()).toEqual(['Dina Dahl', 'Emil Eriksen']);
    await web.checkPage(page, 'tastatur-moede-i-gang');
    await follow(page, 'Gå til første punkt', (url) => url.pathname.includes('/punkter/'));
    const first = (await h1(page))!.replace(/^Punkt 1 af 2: /, '');

    // A referral to SSP-U: the first receiver chosen with Space, the reason typed.
    await tabTo(page, { id: 'referral-referralBody' });
    await page.keyboard.press('Space');
    await tabTo(page, { id: 'referral-referralReason' }, 5);
    await page.keyboard.type(REFERRAL_REASON);
    await follow(page, 'Registrér henvisningen', (url) => url.search === '?gemt=referral');
    await expect(main(page)).resolves.toContain('Henvisningen er registreret');
    await web.checkPage(page, 'tastatur-henvisning');

    // The next item is deferred.
    await follow(page, 'Næste punkt', (url) => url.search === '');
    await follow(page, 'deferred', (url) => url.search === '?gemt=deferred');
    await follow(page, 'Tilbage til mødet', (url) => url.pathname === `/moeder/${NEXT_MEETING}`);
    await follow(page, 'Afslut mødet', (url) => url.search === '?gemt=close');
    await follow(page, 'Godkend referatet', (url) => url.search === '?gemt=approve');
    await follow(page, 'Læs referatet', (url) => url.pathname.endsWith('/referat'));
    const minutes = await main(page);
    expect(minutes).toContain(`Punkt 1: ${first}`);
    for (const text of ['Henvisning til SSP-U (ungdomsuddannelserne)', 'Udsat til næste møde', 'Referatet er godkendt']) expect(minutes).toContain(text);
    await web.checkPage(page, 'tastatur-referat');
    await context.close();
  }, 180_000);

  it("refuses the school's SSP contact the meetings with a Danish page", async () => {
    const { context, page } = await web.newPage('school');
    await page.goto(`${webUrl}/moeder/${FIRST_MEETING}/referat`);
    await web.signInAs(page, 'Mette Skovgaard');
    await expect(h1(page)).resolves.toBe('Du har ikke adgang til denne side');
    await expect(main(page)).resolves.toContain('kontakt SSP-sekretariatet');
    await web.checkPage(page, 'moeder-adgang-naegtet');
    await context.close();
  });
});
