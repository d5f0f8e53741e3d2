import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { Topics } from '@ssp/contracts';
import { Role } from '@ssp/platform';
import { areaIncidentEvent, KafkaProbe, newTopicNamespace, TestClock, waitFor } from '@ssp/testing';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { APP_LINKS } from '../apps/network-groups/src/notifications/app-links';
import { WEB_CONTROLLERS } from '../apps/web/src/web.module';
import { follow, tabTo, WebBrowser } from './fixtures/web-browser';
import { NetworkGroupsServices } from './fixtures/web-services';

/*
 * The network groups' pages in Debian's chromium: the provider and the web app in their own
 * processes, network groups (trusting only the provider's keys, memberships from its own
 * registry) on a TestClock (Monday 23 November 2026, 10:00). The secretariat registers Ali
 * Yilmaz and Birgitte Lund in Netværksgruppe Randers NV and Mette Skovgaard in Randers C
 * through the API, linked to their sign-ins; last week's police incidents in Randers NV are
 * put on the incident topic as ingestion would (7 of violence, which raises an alert, and 2
 * thefts, suppressed).
 * Ali signs in once and goes through his group: a schedule (refused first without a weekday,
 * his input kept), its meetings, a single meeting held today (attendance, minutes, a decision,
 * an action item refused first with a deadline before the meeting, then its approval), a
 * schedule's meeting given an agenda item and moved (refused first to a day past), another
 * cancelled with a reason (refused first without), the schedule's time changed, members,
 * action items marked done, messages (a message posted with the keyboard alone), the area in
 * numbers (a day that is none refused), calendar subscriptions (his own fetched, then
 * revoked; his group's), his notifications (a meeting Birgitte moved, followed by its link to the meeting)
 * and how he gets them. Mette, of another group, is refused Randers NV's meetings in Danish.
 * axe-core (WCAG 2.1 AA) and a screenshot on every page: test-results/web/netvaerksgrupper/.
 */

const GROUP = 'netvaerk-randers-nv';
const GROUP_NAME = 'Netværksgruppe Randers NV';
const ALI = 'demo-ali-yilmaz';
const BIRGITTE = 'demo-birgitte-lund';
const MEMBERS = [
  { bodyId: GROUP, personName: 'Ali Yilmaz', subject: ALI, email: 'ali.yilmaz@demo.randers.invalid', organisation: 'Randers NV Ungdomsskole', role: 'ungdomsskolelærer' },
  { bodyId: GROUP, personName: 'Birgitte Lund', subject: BIRGITTE, email: 'birgitte.lund@demo.randers.invalid', organisation: 'Sundhedsplejen', role: 'sundhedsplejerske' },
  { bodyId: 'netvaerk-randers-c', personName: 'Mette Skovgaard', subject: 'demo-mette-skovgaard', email: 'mette.skovgaard@demo.randers.invalid', organisation: 'Randers C Skole', role: 'SSP-kontaktlærer' },
];

function incident(journal: string, date: string, category: string): string {
  return JSON.stringify(areaIncidentEvent({ journal, date, category, areaId: 'randers-nv' }));
}

/** The GET routes the web app serves, as patterns: every controller's paths with their parameters. */
function webRoutes(): RegExp[] {
  return WEB_CONTROLLERS.flatMap((controller) => {
    const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    return Object.getOwnPropertyNames(controller.prototype).flatMap((name) => {
      const handler = (controller.prototype as unknown as Record<string, unknown>)[name];
      if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) return [];
      const path = `/${[prefix, String(Reflect.getMetadata(PATH_METADATA, handler))].filter((part) => part && part !== '/').join('/')}`.replace(/\/+/g, '/');
      return [new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`)];
    });
  });
}

describe("the network groups' pages in the web app", () => {
  const namespace = newTopicNamespace();
  const clock = new TestClock();
  const probe = new KafkaProbe();
  let services: NetworkGroupsServices;
  let web: WebBrowser;
  let webUrl: string;
  let page: Page;

  const heading = () => page.getByRole('heading', { level: 1 }).textContent();
  const notice = () => page.getByRole('status').textContent();
  const problems = () => page.getByRole('alert').textContent();
  const path = () => new URL(page.url()).pathname;
  const submit = async (button: string | RegExp, status: number) => {
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.request().resourceType() === 'document');
    await page.getByRole('button', { name: button, exact: typeof button === 'string' }).click();
    expect((await answered).status()).toBe(status);
    await page.waitForLoadState();
  };
  const groupLink = async (name: string) => {
    await page.getByRole('navigation', { name: GROUP_NAME }).getByRole('link', { name, exact: true }).click();
  };

  beforeAll(async () => {
    ({ browser: web } = await WebBrowser.start('netvaerksgrupper', async (oidc) => {
      services = await NetworkGroupsServices.start(oidc, namespace, clock, MEMBERS);
      const events = [
        ...Array.from({ length: 7 }, (_, index) => incident(`NV-VOLD-${index}`, `2026-11-${17 + (index % 5)}`, 'violence')),
        incident('NV-TYV-1', '2026-11-18', 'theft'),
        incident('NV-TYV-2', '2026-11-19', 'theft'),
      ];
      await probe.send(`${namespace}${Topics.incidentRecorded.name}`, events.map((value, index) => ({ key: String(index), value })));
      const counted = async () => ((await services.groups.dataSource.query('SELECT coalesce(sum(incidents), 0)::int AS n FROM area_signal_week')) as { n: number }[])[0].n;
      await waitFor('network groups to count the incidents', counted, (n) => n === events.length, { timeoutMs: 60_000 });
      return { env: services.webEnv, value: undefined };
    }));
    webUrl = web.webUrl;
    ({ page } = await web.newPage('ali'));
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    await services?.close();
  });

  afterEach(() => {
    expect(web.problems).toEqual([]);
  });

  it("links every notification network groups writes to a page the web app serves", () => {
    const routes = webRoutes();
    const id = randomUUID();
    const links = [APP_LINKS.meetings(GROUP), APP_LINKS.meeting(GROUP, id), APP_LINKS.messages(GROUP), APP_LINKS.intervention(id), APP_LINKS.referral(id)];
    expect(links.filter((link) => !routes.some((route) => route.test(link)))).toEqual([]);
    // The check can fail: a path the app does not serve matches no route.
    expect(routes.some((route) => route.test(`/bodies/${GROUP}/meetings/${id}`))).toBe(false);
  });

  it('lets Ali, a member, find his group and lay a recurring schedule, refusing in Danish what is missing', async () => {
    await page.goto(`${webUrl}/`);
    await web.signInAs(page, 'Ali Yilmaz');
    await page.getByRole('link', { name: 'Netværksgrupper', exact: true }).click();
    expect(path()).toBe('/netvaerksgrupper');
    await expect(heading()).resolves.toBe('Mine netværksgrupper');
    await expect(page.locator('tbody tr').allTextContents()).resolves.toEqual([expect.stringMatching(/Netværksgruppe Randers NV\s*ungdomsskolelærer\s*Randers NV Ungdomsskole\s*1\.1\.2026/)]);
    await web.checkPage(page, 'mine-grupper');

    await page.getByRole('link', { name: GROUP_NAME }).click();
    await expect(heading()).resolves.toBe(GROUP_NAME);
    await web.checkPage(page, 'gruppe');

    await groupLink('Mødeplaner');
    await expect(page.getByText('Gruppen har ingen mødeplaner.').count()).resolves.toBe(1);
    await page.getByLabel('Mødernes titel').fill('Netværksmøde');
    await page.getByLabel('Antal uger mellem møderne (ved hver N. uge)').fill('2');
    await page.getByLabel('Klokkeslæt', { exact: true }).fill('16.00');
    await page.getByLabel('Første dag').fill('26.11.2026');
    await submit('Læg mødeplanen', 400);
    await expect(problems()).resolves.toContain('Vælg ugedagen.');
    await expect(page.getByLabel('Første dag').inputValue()).resolves.toBe('26.11.2026');
    await web.checkPage(page, 'moedeplan-fejl');
    await page.getByLabel('Torsdag').check();
    await submit('Læg mødeplanen', 303);
    await expect(notice()).resolves.toBe('Mødeplanen er lagt, og dens møder står i kalenderen.');
    await expect(page.locator('tbody tr').first().textContent()).resolves.toMatch(/Netværksmøde.*hver 2\. uge om torsdagen\s*16\.00\s*90\s*26\.11\.2026\s*Uden slutdato/s);
    await web.checkPage(page, 'moedeplaner');

    await groupLink('Møder');
    await expect(page.locator('tbody tr td:first-child').allTextContents()).resolves.toEqual(
      ['26.11.2026', '10.12.2026', '24.12.2026', '7.1.2027', '21.1.2027', '4.2.2027'].map((day) => `${day} kl. 16.00`),
    );
    await web.checkPage(page, 'moeder');
  });

  it("holds today's meeting: attendance, minutes, a decision and an action item (a deadline before the meeting refused), then approves it", async () => {
    await page.getByLabel('Titel', { exact: true }).fill('Ekstraordinært netværksmøde');
    await page.getByLabel('Dag', { exact: true }).fill('31.11.2026');
    await page.getByLabel('Klokkeslæt', { exact: true }).fill('08.00');
    await page.getByLabel('Varighed i minutter').fill('60');
    await submit('Sæt mødet i kalenderen', 400);
    await expect(problems()).resolves.toContain('Skriv mødets dag som en dato, fx 30.11.2026.');
    await expect(page.getByLabel('Titel', { exact: true }).inputValue()).resolves.toBe('Ekstraordinært netværksmøde');
    await web.checkPage(page, 'nyt-moede-fejl');
    await page.getByLabel('Dag', { exact: true }).fill('23.11.2026');
    await submit('Sæt mødet i kalenderen', 303);
    await expect(heading()).resolves.toBe('Ekstraordinært netværksmøde, 23.11.2026 kl. 08.00');
    await expect(notice()).resolves.toContain('Mødet er sat i kalenderen.');
    await web.checkPage(page, 'moede-nyt');

    await page.getByRole('group', { name: 'Ali Yilmaz' }).getByLabel('Mødt').check();
    await page.getByRole('group', { name: 'Birgitte Lund' }).getByLabel('Afbud').check();
    await submit('Gem fremmøde', 303);
    await expect(notice()).resolves.toBe('Fremmødet er gemt.');
    await expect(page.getByRole('table', { name: 'Fremmøde' }).locator('tbody tr').allTextContents()).resolves.toEqual([expect.stringMatching(/Ali Yilmaz\s*Mødt/), expect.stringMatching(/Birgitte Lund\s*Afbud/)]);
    await page.getByLabel('Skriv referatet').fill('Skolernes trivselsmåling gennemgået. Klubben holder åbent i juleferien.');
    await submit('Gem referatet', 303);
    await page.getByLabel('Ny beslutning').fill('Vi laver en fælles plakat om klubbens åbningstider.');
    await submit('Gem beslutningen', 303);
    await expect(notice()).resolves.toBe('Beslutningen er gemt.');
    await page.getByLabel('Ny opgave').fill('Plakater til klubben');
    await page.getByLabel('Birgitte Lund, Sundhedsplejen').check();
    await page.getByLabel('Frist').fill('20.11.2026');
    await submit('Gem opgaven', 400);
    await expect(problems()).resolves.toMatch(/deadline må ikke ligge før mødedagen[\s\S]*action-item-deadline-before-meeting/);
    await expect(page.locator('#opgave-frist').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Ny opgave').inputValue()).resolves.toBe('Plakater til klubben');
    await web.checkPage(page, 'moede-opgave-fejl');
    await page.getByLabel('Frist').fill('30.11.2026');
    await submit('Gem opgaven', 303);
    await expect(notice()).resolves.toContain('Opgaven er gemt.');
    await web.checkPage(page, 'moede-optegnelser');

    await submit('Godkend referatet', 303);
    await expect(notice()).resolves.toContain('Referatet er godkendt.');
    await expect(page.locator('.meeting-facts').textContent()).resolves.toMatch(/Status\s*Holdt/);
    await expect(page.getByRole('button', { name: 'Gem referatet' }).count()).resolves.toBe(0);
    await web.checkPage(page, 'moede-holdt');
  });

  it("moves a schedule's meeting (a day past refused), cancels another with a reason (refused without), and changes the schedule's time", async () => {
    await groupLink('Møder');
    await page.getByRole('link', { name: 'Netværksmøde 26.11.2026 kl. 16.00' }).click();
    await expect(heading()).resolves.toBe('Netværksmøde, 26.11.2026 kl. 16.00');
    await page.getByLabel('Nyt punkt').fill('Tryghedsvandring i Nordbyen');
    await submit('Sæt på dagsordenen', 303);
    await expect(notice()).resolves.toContain('Punktet er sat på dagsordenen.');
    await page.getByLabel('Ny dag').fill('20.11.2026');
    await page.getByLabel('Nyt klokkeslæt').fill('15.00');
    await submit('Flyt mødet', 400);
    await expect(problems()).resolves.toContain('meeting-moved-to-past');
    await expect(page.getByLabel('Ny dag').inputValue()).resolves.toBe('20.11.2026');
    await web.checkPage(page, 'flyt-fejl');
    await page.getByLabel('Ny dag').fill('27.11.2026');
    await page.getByLabel('Nyt sted (valgfrit)').fill('Nordbyens bibliotek');
    await submit('Flyt mødet', 303);
    await expect(heading()).resolves.toBe('Netværksmøde, 27.11.2026 kl. 15.00');
    await expect(notice()).resolves.toBe('Mødet er flyttet. Gruppens medlemmer får besked.');
    await expect(page.locator('.meeting-facts').textContent()).resolves.toMatch(/Nordbyens bibliotek[\s\S]*Planlagt \(flyttet/);
    await web.checkPage(page, 'moede-flyttet');

    await page.getByRole('link', { name: 'Gruppens møder' }).click();
    await page.getByRole('link', { name: 'Netværksmøde 10.12.2026 kl. 16.00' }).click();
    await submit('Aflys mødet', 400);
    await expect(problems()).resolves.toContain('Skriv, hvorfor mødet aflyses.');
    await page.getByLabel('Begrundelse').fill('Juleafslutning på skolerne.');
    await submit('Aflys mødet', 303);
    await expect(notice()).resolves.toContain('Mødet er aflyst.');
    await expect(page.locator('.meeting-facts').textContent()).resolves.toMatch(/Status\s*Aflyst[\s\S]*Juleafslutning på skolerne\./);
    await web.checkPage(page, 'moede-aflyst');

    // Birgitte is told of both, with links to the pages.
    const told = (await services.groups.dataSource.query('SELECT kind, link FROM notification WHERE person_id = $1 AND kind LIKE $2 ORDER BY created_at', [
      services.people[BIRGITTE].personId,
      'meeting-%',
    ])) as { kind: string; link: string }[];
    expect(told.map((notification) => notification.kind)).toEqual(['meeting-moved', 'meeting-cancelled']);
    expect(told.every((notification) => notification.link.startsWith(`/netvaerksgrupper/${GROUP}/moeder/`))).toBe(true);

    await groupLink('Mødeplaner');
    await page.getByRole('link', { name: 'Netværksmøde (ret mødeplanen)' }).click();
    await expect(heading()).resolves.toBe('Ret mødeplanen: Netværksmøde');
    await expect(page.getByLabel('Klokkeslæt', { exact: true }).inputValue()).resolves.toBe('16.00');
    await web.checkPage(page, 'ret-moedeplan');
    await page.getByLabel('Klokkeslæt', { exact: true }).fill('17.00');
    await submit('Gem ændringen', 303);
    await expect(notice()).resolves.toContain('Mødeplanen er ændret.');
    await groupLink('Møder');
    const rows = await page.locator('tbody tr').allTextContents();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^23\.11\.2026 kl\. 08\.00 Ekstraordinært netværksmøde.*Holdt$/),
      expect.stringMatching(/^27\.11\.2026 kl\. 15\.00 Netværksmøde.*Nordbyens bibliotek Planlagt \(flyttet\)$/),
      expect.stringMatching(/^10\.12\.2026 kl\. 16\.00 Netværksmøde.*Aflyst$/),
      expect.stringMatching(/^24\.12\.2026 kl\. 17\.00 Netværksmøde.*Planlagt$/),
      expect.stringMatching(/^7\.1\.2027 kl\. 17\.00/),
      expect.stringMatching(/^21\.1\.2027 kl\. 17\.00/),
      expect.stringMatching(/^4\.2\.2027 kl\. 17\.00/),
    ]);
    await web.checkPage(page, 'moeder-efter-aendring');
  });

  it('shows the members, and the action items to mark done', async () => {
    await groupLink('Medlemmer');
    await expect(page.locator('tbody tr').allTextContents()).resolves.toEqual([
      expect.stringMatching(/Ali Yilmaz\s*Randers NV Ungdomsskole\s*ungdomsskolelærer\s*ali\.yilmaz@demo\.randers\.invalid/),
      expect.stringMatching(/Birgitte Lund\s*Sundhedsplejen\s*sundhedsplejerske/),
    ]);
    await web.checkPage(page, 'medlemmer');

    await groupLink('Opgaver');
    await expect(page.locator('tbody tr').allTextContents()).resolves.toEqual([expect.stringMatching(/Plakater til klubben\s*Birgitte Lund\s*30\.11\.2026\s*Åben/)]);
    await web.checkPage(page, 'opgaver');
    await submit('Meld udført (Plakater til klubben)', 303);
    await expect(notice()).resolves.toBe('Opgaven er meldt udført.');
    await expect(page.getByText('Der er ingen åbne opgaver.').count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Udførte' }).click();
    await expect(page.locator('tbody tr').allTextContents()).resolves.toEqual([expect.stringMatching(/Plakater til klubben[\s\S]*Udført/)]);
  });

  it('posts a message with the keyboard alone (an empty one refused first)', async () => {
    await groupLink('Beskeder');
    await submit('Send besked', 400);
    await expect(problems()).resolves.toContain('Skriv beskeden.');
    await web.checkPage(page, 'besked-fejl');

    await page.goto(`${webUrl}/netvaerksgrupper/${GROUP}`);
    await follow(page, 'Beskeder', (url) => url.pathname === `/netvaerksgrupper/${GROUP}/beskeder`);
    await tabTo(page, { id: 'besked-tekst' });
    await page.keyboard.type('Husk tryghedsvandringen fredag kl. 15.');
    await follow(page, 'Send besked', (url) => url.searchParams.get('besked') === 'sendt');
    await expect(notice()).resolves.toContain('Beskeden er sendt.');
    await expect(page.locator('.message-text').allTextContents()).resolves.toEqual(['Husk tryghedsvandringen fredag kl. 15.']);
    await web.checkPage(page, 'beskeder');
  });

  it("shows the area's anonymised counts and alerts as tables, refusing a day that is none", async () => {
    await groupLink('Området i tal');
    await expect(heading()).resolves.toBe('Randers NV i tal');
    const counts = page.getByRole('table', { name: /Hændelser pr\. uge og kategori/ });
    await expect(counts.locator('tbody tr').allTextContents()).resolves.toEqual([
      expect.stringMatching(/Uge 47 \(fra 16\.11\.2026\)\s*Tyveri\s*Færre end 5/),
      expect.stringMatching(/Uge 47 \(fra 16\.11\.2026\)\s*Vold\s*7/),
    ]);
    // The alert keeps the week's count when it was raised: the fifth incident crossed the threshold (trailing weeks of none).
    await expect(page.getByRole('table', { name: /Områdets alarmer/ }).locator('tbody tr').allTextContents()).resolves.toEqual([
      expect.stringMatching(/Uge 47 \(fra 16\.11\.2026\)\s*Vold\s*5\s*23\. november 2026 kl\. 10\.00/),
    ]);
    await web.checkPage(page, 'omraade');
    await page.getByLabel('Fra').fill('32.11.2026');
    await page.getByRole('button', { name: 'Vis perioden' }).click();
    await expect(problems()).resolves.toContain('Skriv datoen som fx 30.11.2026.');
    await expect(page.getByLabel('Fra').inputValue()).resolves.toBe('32.11.2026');
    await web.checkPage(page, 'omraade-fejl');
  });

  it("makes a calendar subscription whose address serves his meetings, revokes it, and subscribes to his group's meetings", async () => {
    await page.goto(`${webUrl}/netvaerksgrupper`);
    await page.getByRole('link', { name: 'Kalenderabonnementer' }).click();
    await submit('Opret abonnement', 400);
    await expect(problems()).resolves.toContain('Vælg, hvilke møder abonnementet skal vise.');
    await page.getByLabel('Alle mine møder').check();
    await submit('Opret abonnement', 200);
    const address = await page.getByLabel('Abonnementsadresse').inputValue();
    const feed = await fetch(`${services.groups.url}${new URL(address).pathname}`);
    const calendar = await feed.text();
    expect([feed.status, calendar.startsWith('BEGIN:VCALENDAR')]).toEqual([200, true]);
    // His group's meetings ahead; the cancelled one is not in it.
    expect(calendar).toMatch(/SUMMARY:Netværksmøde[^\r\n]*Randers NV/);
    expect(calendar).toContain('DTSTART;TZID=Europe/Copenhagen:20261127T150000');
    expect(calendar).not.toContain('DTSTART;TZID=Europe/Copenhagen:20261210T160000');
    await web.checkPage(page, 'kalender-oprettet');
    await page.goto(`${webUrl}/kalenderabonnementer`);
    await expect(page.locator('tbody tr').allTextContents()).resolves.toEqual([expect.stringContaining('Alle mine møder')]);
    await expect(page.locator('#abonnement-adresse').count()).resolves.toBe(0);
    await web.checkPage(page, 'kalender');
    await submit(/^Tilbagekald \(Alle mine møder, oprettet/, 303);
    await expect(notice()).resolves.toContain('Abonnementet er tilbagekaldt.');
    expect((await fetch(`${services.groups.url}${new URL(address).pathname}`)).status).toBe(404);

    // The group's own meetings: a feed of one body, named by it in the list.
    await page.getByLabel(GROUP_NAME).check();
    await submit('Opret abonnement', 200);
    const groupAddress = await page.getByLabel('Abonnementsadresse').inputValue();
    expect(groupAddress).not.toBe(address);
    expect((await fetch(`${services.groups.url}${new URL(groupAddress).pathname}`)).status).toBe(200);
    await page.goto(`${webUrl}/kalenderabonnementer`);
    await expect(page.locator('tbody tr th').allTextContents()).resolves.toEqual([GROUP_NAME]);
  });

  it("follows the link of a notification of a meeting Birgitte moved, marks it read, and chooses a daily e-mail", async () => {
    const birgitte = await web.provider.token({ roles: [Role.networkGroupMember], subject: BIRGITTE, name: 'Birgitte Lund' });
    const meetings = await services.call<{ id: string; day: string }[]>(birgitte, 'GET', `/bodies/${GROUP}/meetings?from=2026-12-24&to=2026-12-24`);
    await services.call(birgitte, 'PATCH', `/bodies/${GROUP}/meetings/${meetings[0].id}`, { day: '2026-12-22', startTime: '10:00' });

    await page.goto(`${webUrl}/notifikationer`);
    await expect(heading()).resolves.toBe('Notifikationer');
    await expect(page.locator('main h2').allTextContents()).resolves.toEqual([
      expect.stringMatching(/Ny\s+Møde flyttet i Netværksgruppe Randers NV/),
      expect.stringMatching(/Ny\s+Områdealarm i Netværksgruppe Randers NV: Vold: 5 hændelser i ugen fra 2026-11-16/),
    ]);
    await web.checkPage(page, 'notifikationer');
    await page.getByRole('link', { name: 'Åbn (Møde flyttet i Netværksgruppe Randers NV)' }).click();
    expect(path()).toBe(`/netvaerksgrupper/${GROUP}/moeder/${meetings[0].id}`);
    await expect(heading()).resolves.toBe('Netværksmøde, 22.12.2026 kl. 10.00');

    await page.goto(`${webUrl}/notifikationer`);
    await submit('Markér som læst (Møde flyttet i Netværksgruppe Randers NV)', 303);
    await expect(notice()).resolves.toBe('Notifikationen er markeret som læst.');
    await expect(page.locator('main h2').allTextContents()).resolves.toEqual([expect.stringContaining('Områdealarm')]);

    await page.getByRole('link', { name: 'Vælg, hvordan du får dem' }).click();
    await page.getByLabel('Én samlet e-mail om dagen').check();
    await submit('Gem', 303);
    await expect(notice()).resolves.toContain('Dit valg er gemt.');
    await expect(page.getByLabel('Én samlet e-mail om dagen').isChecked()).resolves.toBe(true);
    await web.checkPage(page, 'notifikationer-indstillinger');
  });

  it("refuses Mette, of another group, Randers NV's meetings in Danish", async () => {
    const { context, page: mette } = await web.newPage('mette');
    await mette.goto(`${webUrl}/netvaerksgrupper/${GROUP}/moeder`);
    await web.signInAs(mette, 'Mette Skovgaard');
    expect(new URL(mette.url()).pathname).toBe(`/netvaerksgrupper/${GROUP}/moeder`);
    await expect(mette.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Du har ikke adgang til denne side');
    await web.checkPage(mette, 'ingen-adgang');
    await context.close();
  });
});
