import { Role } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import { newTopicNamespace, TEST_TODAY, TestClock } from '@ssp/testing';
import type { Page } from 'playwright-core';
import { follow, tabTo, WebBrowser } from './fixtures/web-browser';
import { NetworkGroupsServices } from './fixtures/web-services';

/*
 * The secretariat's registry, the initiatives and the coordination team's overview in Debian's
 * chromium: the provider and the web app in their own processes, network groups trusting only
 * the provider's keys and taking memberships from its own registry (on a TestClock). Lars
 * Bækgaard (secretariat, in the coordination team) and Ali Yilmaz (network group Randers NV)
 * are seated through the API and reach the service's registry copy over Kafka.
 * Lars adds an ad-hoc group (a day that does not exist, then one in the past refused by the
 * service, with what he typed kept), a member with a first and last day (a period running
 * backwards refused on its field), sees the members on another day, links the person's
 * sign-in, ends the membership earlier, registers an organisation; plans a campaign (refused
 * without a body or area), launches it and writes what came of it. Ali proposes a teaching
 * activity (a CPR number in the text refused on its field, input kept) and is refused the
 * overview across the groups. Lars, with the keyboard alone, opens the overview (meetings, proposals,
 * initiatives running, an area's alert) and accepts Ali's proposal. Every page passes
 * axe-core (WCAG 2.1 AA); screenshots in test-results/web/registry/.
 */

const GROUP = { id: 'adhoc-nytaar-2027', name: 'Ad hoc-gruppe om nytår 2027' };
const NINA = { name: 'Nina Nørgaard', email: 'nina.norgaard@randers.dk', organisation: 'Randers Ungdomsskole' };
const CAMPAIGN = 'Kampagne om knive i nattelivet';
const PROPOSAL = 'Forløb om fællesskaber i 6. klasse';
const MEETING = { title: 'Netværksmøde i Randers NV', day: addDays(TEST_TODAY, 3), startTime: '16:00', durationMinutes: 90, location: 'Vorup Skole' };

describe('the registry, the initiatives and the overview in the web app', () => {
  const namespace = newTopicNamespace();
  const clock = new TestClock();
  let groups: NetworkGroupsServices;
  let web: WebBrowser;
  let webUrl: string;
  let lars: Page;

  const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
  const main = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
  const notice = (page: Page) => page.getByRole('status').textContent();
  const errors = async (page: Page) => ((await page.getByRole('alert').textContent()) ?? '').replace(/\s+/g, ' ');
  const path = (page: Page) => new URL(page.url()).pathname;

  beforeAll(async () => {
    ({ browser: web } = await WebBrowser.start('registry', async (oidc) => {
      groups = await NetworkGroupsServices.start(oidc, namespace, clock, [
        { bodyId: 'koordinationsteam', personName: 'Lars Bækgaard', email: 'lars.baekgaard@randers.dk', organisation: 'SSP- og forebyggelsessekretariatet', role: 'SSP-koordinator', subject: 'demo-lars-baekgaard' },
        { bodyId: 'netvaerk-randers-nv', personName: 'Ali Yilmaz', email: 'ali.yilmaz@randers.dk', organisation: 'Randers NV Ungdomsskole', role: 'ungdomsskolelærer', subject: 'demo-ali-yilmaz' },
      ]);
      const setup = await oidc.token({ roles: [Role.secretariat], subject: 'test-setup', name: 'Opsætning' });
      await groups.call(setup, 'POST', '/bodies/netvaerk-randers-nv/meetings', MEETING);
      // The alert rule and its events are network groups' own tests (network-groups-signals); here only what the overview shows of an alert.
      await groups.groups.dataSource.query(
        "INSERT INTO area_alert (id, area_id, offence_category, week_start, incidents, trailing_mean, raised_at) VALUES (gen_random_uuid(), 'randers-nv', 'violence', '2026-11-16', 7, 1, now())",
      );
      return { env: groups.webEnv, value: undefined };
    }));
    webUrl = web.webUrl;
    ({ page: lars } = await web.newPage('lars'));
    await lars.goto(`${webUrl}/`);
    await web.signInAs(lars, 'Lars Bækgaard');
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    await groups?.close();
  });

  afterEach(() => {
    expect(web.problems).toEqual([]);
  });

  it('lets the secretariat add an ad-hoc group, a member for a period with a sign-in, end the membership and register an organisation', async () => {
    await lars.getByRole('link', { name: 'Register', exact: true }).click();
    expect(path(lars)).toBe('/register/personer');
    await expect(heading(lars)).resolves.toBe('Personer i registret');
    await expect(lars.locator('tbody th[scope=row]').allTextContents()).resolves.toEqual(['Ali Yilmaz', 'Lars Bækgaard']);
    await web.checkPage(lars, 'personer');

    await lars.getByRole('link', { name: 'Organer og grupper' }).click();
    await expect(main(lars)).resolves.toContain('SSP-koordinationsteamet');
    await web.checkPage(lars, 'organer');
    await lars.getByRole('link', { name: 'Opret en ad hoc-gruppe' }).click();
    await lars.locator('#name').fill(GROUP.name);
    await lars.locator('#id').fill(GROUP.id);
    await lars.locator('#endsOn').fill('31.02.2027');
    await lars.getByRole('button', { name: 'Opret gruppen' }).click();
    await expect(errors(lars)).resolves.toContain('Datoen findes ikke');
    await expect(lars.locator('#endsOn').inputValue()).resolves.toBe('31.02.2027');
    await expect(lars.locator('#name').inputValue()).resolves.toBe(GROUP.name);
    await web.checkPage(lars, 'ny-gruppe-fejl');
    // A day before network groups' today: the service's refusal, with its code, on the field.
    await lars.locator('#endsOn').fill('1.11.2026');
    await lars.getByRole('button', { name: 'Opret gruppen' }).click();
    await expect(errors(lars)).resolves.toMatch(/endsOn ligger før i dag.*body-ends-on-past/);
    await expect(lars.locator('#endsOn').getAttribute('aria-invalid')).resolves.toBe('true');
    await lars.locator('#endsOn').fill('31.1.2027');
    await lars.getByRole('button', { name: 'Opret gruppen' }).click();
    expect(path(lars)).toBe(`/register/organer/${GROUP.id}`);
    await expect(heading(lars)).resolves.toBe(GROUP.name);
    await expect(notice(lars)).resolves.toContain('Gruppen er oprettet');
    await expect(main(lars)).resolves.toContain('Ad hoc-gruppe');
    await web.checkPage(lars, 'gruppe');

    // A member from 1 December: the last day before the first is refused by the service, on the last day's field.
    await lars.locator('#personName').fill(NINA.name);
    await lars.locator('#email').fill(NINA.email);
    await lars.locator('#organisation').fill(NINA.organisation);
    await lars.locator('#validFrom').fill('1.12.2026');
    await lars.locator('#validTo').fill('30.11.2026');
    await lars.getByRole('button', { name: 'Tilføj medlemmet' }).click();
    await expect(errors(lars)).resolves.toMatch(/validTo må ikke ligge før validFrom.*membership-period-backwards/);
    await expect(lars.locator('#validTo').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(lars.locator('#personName').inputValue()).resolves.toBe(NINA.name);
    await web.checkPage(lars, 'medlem-fejl');
    await lars.locator('#validTo').fill('15.1.2027');
    await lars.getByRole('button', { name: 'Tilføj medlemmet' }).click();
    await expect(notice(lars)).resolves.toContain('Medlemskabet er tilføjet');
    // Network groups' today is 23 November: she is a member from 1 December.
    await expect(main(lars)).resolves.toContain('Organet har ingen medlemmer den dag');
    await lars.locator('#paa').fill('2.12.2026');
    await lars.getByRole('button', { name: 'Vis', exact: true }).click();
    await expect(lars.getByRole('heading', { level: 2, name: 'Medlemmer den 2.12.2026' }).count()).resolves.toBe(1);
    await expect(lars.locator('tbody tr').first().textContent()).resolves.toMatch(/Nina Nørgaard\s*medlem\s*Randers Ungdomsskole\s*1\.12\.2026\s*15\.1\.2027/);

    await lars.getByRole('link', { name: NINA.name }).click();
    await expect(heading(lars)).resolves.toBe(NINA.name);
    await expect(main(lars)).resolves.toContain('Ikke knyttet til et login endnu');
    await web.checkPage(lars, 'person');
    await lars.locator('#subject').fill('nina-oidc');
    await lars.getByRole('button', { name: 'Knyt login' }).click();
    await expect(notice(lars)).resolves.toContain('Login er knyttet til personen');
    await expect(main(lars)).resolves.toContain('Knyttet til login-id nina-oidc');

    await lars.getByRole('link', { name: `Ret eller afslut medlemskabet af ${GROUP.id}` }).click();
    await expect(lars.locator('#validTo').inputValue()).resolves.toBe('15.1.2027');
    await web.checkPage(lars, 'medlemskab');
    await lars.locator('#validTo').fill('10.1.2027');
    await lars.getByRole('button', { name: 'Gem medlemskabet' }).click();
    await expect(notice(lars)).resolves.toBe('Medlemskabet er ændret.');
    await expect(lars.locator('tbody tr').first().textContent()).resolves.toContain('1.12.2026 – 10.1.2027');

    await lars.getByRole('link', { name: 'Organisationer' }).click();
    await lars.locator('#name').fill('Klubben Vorup');
    await lars.getByLabel('Klub', { exact: true }).check();
    await lars.getByLabel('Selvejende institution').check();
    await lars.getByRole('button', { name: 'Registrér organisationen' }).click();
    await expect(notice(lars)).resolves.toBe('Organisationen er registreret.');
    await expect(lars.locator('tbody tr', { hasText: 'Klubben Vorup' }).textContent()).resolves.toMatch(/Klubben Vorup\s*Klub\s*Ja/);
    await web.checkPage(lars, 'organisationer');
  });

  it('lets the secretariat plan a campaign, launch it and write what came of it', async () => {
    await lars.getByRole('link', { name: 'Initiativer', exact: true }).click();
    await expect(heading(lars)).resolves.toBe('Initiativer');
    await web.checkPage(lars, 'initiativer');
    await lars.getByRole('link', { name: 'Opret et initiativ' }).click();
    await lars.getByLabel('Kampagne', { exact: true }).check();
    await lars.locator('#title').fill(CAMPAIGN);
    await lars.getByRole('button', { name: 'Opret initiativet' }).click();
    await expect(errors(lars)).resolves.toContain('Vælg mindst ét organ eller lokalområde');
    await expect(lars.locator('#title').inputValue()).resolves.toBe(CAMPAIGN);
    await expect(lars.getByLabel('Kampagne', { exact: true }).isChecked()).resolves.toBe(true);
    await web.checkPage(lars, 'nyt-initiativ-fejl');
    await lars.getByLabel('Netværksgruppe Randers NV', { exact: true }).check();
    await lars.getByRole('button', { name: 'Opret initiativet' }).click();
    await expect(heading(lars)).resolves.toBe(CAMPAIGN);
    await expect(notice(lars)).resolves.toBe('Initiativet er oprettet som planlagt.');
    await expect(main(lars)).resolves.toMatch(/Slags\s*Kampagne\s*Status\s*Planlagt/);
    await lars.getByRole('button', { name: 'Sæt i gang' }).click();
    await expect(notice(lars)).resolves.toBe('Initiativet er sat i gang.');
    await expect(main(lars)).resolves.toMatch(/Status\s*I gang/);

    await lars.getByRole('link', { name: 'Ret initiativet' }).click();
    await lars.locator('#outcome').fill('Godt modtaget af klubberne; gentages til sommer.');
    await lars.locator('#participants').fill('Klubberne i Randers NV, ca. 120 unge');
    await lars.locator('#materials').fill('Plakat A3\nhttps://randers.dk/ssp/knive.pdf\n');
    await web.checkPage(lars, 'ret-initiativ');
    await lars.getByRole('button', { name: 'Gem initiativet' }).click();
    await expect(notice(lars)).resolves.toBe('Initiativet er gemt.');
    await expect(main(lars)).resolves.toContain('Klubberne i Randers NV, ca. 120 unge');
    await expect(lars.getByRole('link', { name: 'https://randers.dk/ssp/knive.pdf' }).count()).resolves.toBe(1);
    await web.checkPage(lars, 'initiativ');
  });

  it("lets a network group's member propose an initiative, refusing a CPR number on its field, and refuses them the overview", async () => {
    const { context, page: ali } = await web.newPage('ali');
    await ali.goto(`${webUrl}/`);
    await web.signInAs(ali, 'Ali Yilmaz');
    await expect(ali.getByRole('link', { name: 'Register', exact: true }).count()).resolves.toBe(0);
    await ali.getByRole('link', { name: 'Initiativer', exact: true }).click();
    await ali.getByRole('link', { name: 'Foreslå et initiativ' }).click();
    await expect(ali.getByLabel('Netværksgruppe Randers NV').isChecked()).resolves.toBe(true);
    await web.checkPage(ali, 'forslag-ny');
    await ali.getByLabel('Undervisningsforløb').check();
    await ali.locator('#title').fill(PROPOSAL);
    await ali.locator('#description').fill('Især for Mads, 010310-4102, og hans klasse.');
    await ali.locator('#startsOn').fill('11.1.2027');
    await ali.getByRole('button', { name: 'Send forslaget' }).click();
    await expect(errors(ali)).resolves.toMatch(/description indeholder et CPR-nummer.*cpr-number-in-text/);
    await expect(ali.locator('#description').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(ali.locator('#title').inputValue()).resolves.toBe(PROPOSAL);
    await expect(ali.locator('#startsOn').inputValue()).resolves.toBe('11.1.2027');
    await web.checkPage(ali, 'forslag-fejl');
    await ali.locator('#description').fill('Til 6. klasserne i området, efter jul.');
    await ali.getByRole('button', { name: 'Send forslaget' }).click();
    await expect(heading(ali)).resolves.toBe(PROPOSAL);
    await expect(notice(ali)).resolves.toContain('Tak for forslaget');
    await expect(main(ali)).resolves.toMatch(/Slags\s*Undervisningsforløb\s*Status\s*Foreslået/);
    await expect(main(ali)).resolves.toMatch(/Foreslået af\s*Netværksgruppe Randers NV/);
    await expect(ali.getByRole('button', { name: 'Godkend forslaget' }).count()).resolves.toBe(0);
    await web.checkPage(ali, 'forslag');

    // The view across every group is the coordination team's and the secretariat's: network groups refuses it, in Danish.
    const refused = await ali.goto(`${webUrl}/overblik`);
    expect(refused?.status()).toBe(403);
    await expect(heading(ali)).resolves.toBe('Du har ikke adgang til denne side');
    await web.checkPage(ali, 'overblik-afvist');
    await context.close();
  });

  it("gives the coordination team its overview and lets it accept the proposal, with the keyboard alone", async () => {
    await lars.goto(`${webUrl}/`);
    await follow(lars, 'Overblik', (url) => url.pathname === '/overblik');
    await expect(heading(lars)).resolves.toBe('Overblik over netværksgrupperne');
    await expect(lars.locator('table', { hasText: MEETING.title }).locator('tbody tr').first().textContent()).resolves.toMatch(/26\.11\.2026\s*16\.00\s*Netværksgruppe Randers NV\s*Netværksmøde i Randers NV\s*Vorup Skole\s*Planlagt/);
    await expect(lars.getByRole('table', { name: 'Forslag, der venter på sekretariatet' }).textContent()).resolves.toContain(PROPOSAL);
    await expect(lars.getByRole('table', { name: 'Initiativer i gang' }).textContent()).resolves.toContain(CAMPAIGN);
    const alerts = lars.getByRole('table', { name: 'Alarmer efter uge og område' });
    await expect(alerts.locator('tbody tr').first().textContent()).resolves.toMatch(/Uge 47 \(fra 16\.11\.2026\)\s*Randers NV\s*Vold\s*7/);
    await expect(lars.getByRole('link', { name: MEETING.title }).getAttribute('href')).resolves.toMatch(/^\/netvaerksgrupper\/netvaerk-randers-nv\/moeder\/[0-9a-f-]{36}$/);
    await web.checkPage(lars, 'overblik');
    // An alert's area leads to that area's alerts, by the area's id (no network group guessed from it).
    await alerts.getByRole('link', { name: 'Randers NV', exact: true }).first().click();
    await lars.waitForURL((url) => url.pathname === '/omraadealarmer' && url.searchParams.get('omraade') === 'randers-nv');
    await expect(heading(lars)).resolves.toBe('Alarmer i Randers NV');
    await expect(main(lars)).resolves.toMatch(/Uge 47 \(fra 16\.11\.2026\)\s*Vold\s*7/);
    await lars.goto(`${webUrl}/overblik`);

    await follow(lars, PROPOSAL, (url) => url.pathname.startsWith('/initiativer/'));
    await tabTo(lars, 'Godkend forslaget');
    await lars.keyboard.press('Enter');
    await lars.waitForURL((url) => url.searchParams.get('besked') === 'planned');
    await expect(notice(lars)).resolves.toBe('Forslaget er godkendt: initiativet er planlagt.');
    await expect(main(lars)).resolves.toMatch(/Status\s*Planlagt/);
    await web.checkPage(lars, 'forslag-godkendt');
    await follow(lars, 'Overblik', (url) => url.pathname === '/overblik');
    await expect(main(lars)).resolves.toContain('Der er ingen forslag, der venter.');
  });
});
