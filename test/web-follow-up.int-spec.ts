import { Role } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import { newTopicNamespace, policeListCsv, TEST_TODAY, TestClock, testToken } from '@ssp/testing';
import type { Page } from 'playwright-core';
import { WebBrowser } from './fixtures/web-browser';
import { MondayGroupServices } from './fixtures/web-services';

/*
 * Follow-up in Debian's chromium: the provider and the web app in their own processes, case
 * coordination (trusting only the provider's keys, memberships from its registry copy) and
 * police-list ingestion on one TestClock. The set-up is done through the services' APIs: the
 * secretariat uploads a police list to ingestion (which trusts the development issuer here),
 * and the SSP consultant makes the Monday group's decisions and agrees two interventions
 * through case coordination's API with a token signed with the provider's key at its issuer
 * (OidcProviderProcess.token, as `npm run token` after npm start; the meeting pages are
 * another feature's).
 * Then Karen starts and completes a task (refused without an outcome, in Danish, her choice
 * kept), cannot hand one to a non-member (her input kept), and sees the overdue list once the
 * clock passes a deadline; Peter of the family department records the assessment of a running
 * notification clock (it leaves the list) and answers a referral to the family department,
 * a second answer refused in Danish with his note kept; the school's SSP contact sees the
 * Danish refusal page. Every page passes axe-core (WCAG 2.1 AA); screenshots in
 * test-results/web/follow-up/.
 */

const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Fødselsdato', 'Navn', 'Postnr', 'Skole'];
const CHILDREN = { anton: { name: 'Anton Aagaard', cpr: '010312-4000' }, bella: { name: 'Bella Bech', cpr: '020312-4001' }, carl: { name: 'Carl Dahl', cpr: '030312-4002' } };
const LIST = Object.values(CHILDREN).map((child, index) => ({
  Journalnr: `F-${index + 1}`,
  Gerningsdato: '05-11-2026',
  Forhold: 'Butikstyveri',
  Rolle: 'sigtet',
  'CPR-nummer': child.cpr,
  Fødselsdato: '',
  Navn: child.name,
  Postnr: '8900',
  Skole: '',
}));
const FIRST_TASK = 'Samtale med Anton og forældrene';
const SECOND_TASK = 'Følg op med skolen om fravær';
const SECOND_DEADLINE = addDays(TEST_TODAY, 7);
const REFERRAL_REASON = 'Carl har brug for støtte i familien efter flere episoder.';

describe('follow-up in the web app', () => {
  const namespace = newTopicNamespace();
  const clock = new TestClock();
  let services: MondayGroupServices;
  let web: WebBrowser;
  let webUrl: string;
  const pseudonyms: Record<string, string> = {};

  async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${services.cases.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
  const main = (page: Page) => page.locator('main').textContent();

  beforeAll(async () => {
    ({ browser: web } = await WebBrowser.start('follow-up', async (oidc) => {
      services = await MondayGroupServices.start(oidc, namespace, {
        clock,
        caseCoordinationSeats: { 'demo-karen-kjaer': ['mandagsgruppen'], 'demo-peter-dahl': ['mandagsgruppen', 'familieafdelingen'], 'demo-mette-skovgaard': ['netvaerk-randers-c'] },
      });
      await services.uploadPoliceList(await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] }), policeListCsv(HEADER, LIST), 'uge45.csv', LIST.length);
      // The Monday group's decisions and interventions, made by the SSP consultant through case coordination's API (the
      // meeting pages are another feature's), with a token signed with the provider's key at its issuer, as `npm run token`.
      const karen = await oidc.token({ roles: [Role.sspConsultant], subject: 'demo-karen-kjaer', name: 'Karen Kjær' });
      const agenda = await call<{ items: { personPseudonym: string; person: { name: string | null } }[] }>(karen, 'GET', '/meetings/next/agenda');
      for (const item of agenda.body.items) pseudonyms[item.person.name ?? '?'] = item.personPseudonym;
      expect(Object.keys(pseudonyms).sort()).toEqual(Object.values(CHILDREN).map((child) => child.name).sort());
      const decide = async (name: string, decision: object) => expect((await call(karen, 'POST', `/persons/${pseudonyms[name]}/decisions`, decision)).status).toBe(201);
      await decide(CHILDREN.anton.name, { kind: 'concern-conversation' });
      await decide(CHILDREN.bella.name, { kind: 'notify-family-department' });
      await decide(CHILDREN.carl.name, { kind: 'referral', referralBody: 'familieafdelingen', referralReason: REFERRAL_REASON });
      for (const [title, deadline] of [
        [FIRST_TASK, addDays(TEST_TODAY, 3)],
        [SECOND_TASK, SECOND_DEADLINE],
      ]) {
        const agreed = await call(karen, 'POST', `/persons/${pseudonyms[CHILDREN.anton.name]}/interventions`, { title, ownerBody: 'mandagsgruppen', ownerSubject: 'demo-karen-kjaer', deadline });
        expect(agreed.status).toBe(201);
      }
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

  it('lets the SSP consultant start and complete her task with an outcome, refusing in Danish what the service refuses', async () => {
    const { context, page } = await web.newPage('karen');
    await page.goto(`${webUrl}/`);
    await web.signInAs(page, 'Karen Kjær');
    await page.getByRole('link', { name: 'Opfølgning', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/opfoelgning/mine-opgaver');
    await expect(heading(page)).resolves.toBe('Mine opgaver');
    await expect(page.locator('tbody th[scope=row]').allTextContents()).resolves.toEqual([FIRST_TASK, SECOND_TASK]);
    await expect(page.locator('tbody tr').first().textContent()).resolves.toMatch(/Person [0-9a-f]{8}[\s\S]*26\.11\.2026[\s\S]*Aftalt/);
    expect(await page.locator('tbody a[href^="/personer/"]').first().getAttribute('href')).toBe(`/personer/${pseudonyms[CHILDREN.anton.name]}`);
    await web.checkPage(page, 'mine-opgaver');

    await page.getByRole('link', { name: FIRST_TASK }).click();
    await expect(heading(page)).resolves.toBe(FIRST_TASK);
    await web.checkPage(page, 'opgave');
    await page.getByLabel('Opgaven er gået i gang').check();
    await page.getByRole('button', { name: 'Gem status' }).click();
    expect(new URL(page.url()).pathname).toBe('/opfoelgning/mine-opgaver');
    await expect(page.getByRole('status').textContent()).resolves.toBe('Opgaven er meldt i gang.');
    await expect(page.locator('tbody tr').first().textContent()).resolves.toContain('I gang');
    await web.checkPage(page, 'mine-opgaver-startet');

    // Completing without an outcome: the service's Danish refusal, the choice kept.
    await page.getByRole('link', { name: FIRST_TASK }).click();
    await page.getByLabel('Opgaven er afsluttet').check();
    const refused = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Gem status' }).click();
    expect((await refused).status()).toBe(400);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/En indsats afsluttes med et udfald[\s\S]*intervention-outcome-required/);
    await expect(page.getByLabel('Opgaven er afsluttet').isChecked()).resolves.toBe(true);
    await expect(page.title()).resolves.toMatch(/^Fejl: /);
    await web.checkPage(page, 'opgave-uden-udfald');
    // The error summary leads to the field.
    await page.getByRole('alert').getByRole('link').click();
    expect(new URL(page.url()).hash).toBe('#outcome');

    // Handing it to someone outside the Monday group: refused in Danish, what she typed kept.
    await page.getByLabel('Den nye ansvarliges login-id').fill('demo-mette-skovgaard');
    await page.getByRole('button', { name: 'Giv videre' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('intervention-owner-not-member');
    await expect(page.getByLabel('Den nye ansvarliges login-id').inputValue()).resolves.toBe('demo-mette-skovgaard');
    await web.checkPage(page, 'opgave-ikke-medlem');

    await page.getByLabel('Opgaven er afsluttet').check();
    await page.getByLabel('Udfald').fill('Samtalen er holdt; familien tager imod hjælp fra familieafdelingen.');
    await page.getByRole('button', { name: 'Gem status' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Opgaven er afsluttet med sit udfald');
    await expect(page.locator('tbody th[scope=row]').allTextContents()).resolves.toEqual([SECOND_TASK]);
    await web.checkPage(page, 'mine-opgaver-afsluttet');
    const [completed] = (await services.cases.dataSource.query(`SELECT status, outcome FROM intervention WHERE title = $1`, [FIRST_TASK])) as { status: string; outcome: string }[];
    expect(completed).toEqual({ status: 'completed', outcome: 'Samtalen er holdt; familien tager imod hjælp fra familieafdelingen.' });

    await page.getByRole('link', { name: 'Overskredne indsatser' }).click();
    await expect(main(page)).resolves.toContain('Der er ingen overskredne indsatser.');
    await web.checkPage(page, 'overskredne-ingen');
    await context.close();
  });

  it("lets the family department record its assessment of a running notification clock and answer a referral, once", async () => {
    const { context, page } = await web.newPage('peter');
    await page.goto(`${webUrl}/opfoelgning/underretninger`);
    await web.signInAs(page, 'Peter Dahl');
    await expect(heading(page)).resolves.toBe('Underretninger, der venter på vurdering');
    const rows = page.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toMatch(/23\.11\.2026 kl\. \d\d\.\d\d[\s\S]*24\.11\.2026 kl\. \d\d\.\d\d[\s\S]*Familieafdelingen[\s\S]*Løber/);
    await web.checkPage(page, 'underretninger');

    await page.getByRole('link', { name: /Registrér vurdering/ }).click();
    await expect(heading(page)).resolves.toBe('Registrér Familieafdelingens vurdering');
    await page.getByRole('button', { name: 'Registrér vurdering' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Vælg jeres vurdering');
    await web.checkPage(page, 'vurdering-uden-valg');
    await page.getByLabel('Barnet har ikke behov for akut støtte').check();
    await page.getByRole('button', { name: 'Registrér vurdering' }).click();
    expect(new URL(page.url()).pathname).toBe('/opfoelgning/underretninger');
    await expect(page.getByRole('status').textContent()).resolves.toContain('vurdering er registreret');
    await expect(main(page)).resolves.toContain('Ingen underretninger venter på vurdering.');
    await web.checkPage(page, 'underretninger-vurderet');
    const [assessment] = (await services.cases.dataSource.query(`SELECT assessment_answered_by AS by, assessment_conclusion AS conclusion FROM person_decision WHERE assessment_due_at IS NOT NULL`)) as unknown[];
    expect(assessment).toEqual({ by: 'demo-peter-dahl', conclusion: 'no-acute-support-needed' });

    await page.getByRole('link', { name: 'Henvisninger' }).click();
    await expect(heading(page)).resolves.toBe('Henvisninger');
    await expect(page.locator('tbody tr').first().textContent()).resolves.toMatch(/Familieafdelingen[\s\S]*Venter på svar/);
    await web.checkPage(page, 'henvisninger');
    await page.locator('tbody th a').first().click();
    await expect(heading(page)).resolves.toBe('Henvisning til Familieafdelingen');
    await expect(main(page)).resolves.toContain(REFERRAL_REASON);
    await expect(page.getByRole('link', { name: CHILDREN.carl.name }).getAttribute('href')).resolves.toBe(`/personer/${pseudonyms[CHILDREN.carl.name]}`);
    await web.checkPage(page, 'henvisning');
    // The same referral open in a second tab, as if a colleague had it open too.
    const second = await context.newPage();
    await second.goto(page.url());

    await page.getByLabel('Vi tager imod henvisningen').check();
    await page.getByLabel('Bemærkning til Mandagsgruppen (valgfri)').fill('Vi indkalder familien til samtale.');
    await page.getByRole('button', { name: 'Send svar' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe('Svaret er gemt. Mandagsgruppen kan se det.');
    await expect(main(page)).resolves.toMatch(/Taget imod af demo-peter-dahl[\s\S]*Vi indkalder familien til samtale\./);
    await expect(page.getByRole('button', { name: 'Send svar' }).count()).resolves.toBe(0);
    await web.checkPage(page, 'henvisning-besvaret');

    await second.getByLabel('Vi afviser henvisningen').check();
    await second.getByLabel('Bemærkning til Mandagsgruppen (valgfri)').fill('Ikke vores målgruppe.');
    const refused = second.waitForResponse((response) => response.request().method() === 'POST');
    await second.getByRole('button', { name: 'Send svar' }).click();
    expect((await refused).status()).toBe(409);
    await expect(second.getByRole('alert').textContent()).resolves.toMatch(/Henvisningen er allerede besvaret\. Svaret kan ikke ændres\.[\s\S]*referral-already-answered/);
    await expect(second.getByLabel('Bemærkning til Mandagsgruppen (valgfri)').inputValue()).resolves.toBe('Ikke vores målgruppe.');
    await expect(main(second)).resolves.toContain('Taget imod af demo-peter-dahl');
    await web.checkPage(second, 'henvisning-allerede-besvaret');
    await context.close();
  });

  it('shows the overdue intervention once the clock passes its deadline', async () => {
    clock.set(`${addDays(SECOND_DEADLINE, 1)}T11:00:00.000Z`);
    const { context, page } = await web.newPage('karen-overdue');
    await page.goto(`${webUrl}/opfoelgning/overskredne`);
    await web.signInAs(page, 'Karen Kjær');
    await expect(heading(page)).resolves.toBe('Overskredne indsatser');
    await expect(page.locator('tbody th[scope=row]').allTextContents()).resolves.toEqual([SECOND_TASK]);
    await expect(page.locator('tbody tr').first().textContent()).resolves.toMatch(/30\.11\.2026[\s\S]*Overskredet[\s\S]*Aftalt[\s\S]*mandagsgruppen[\s\S]*Dig/);
    await web.checkPage(page, 'overskredne');
    await page.getByRole('link', { name: 'Mine opgaver' }).click();
    await expect(page.locator('tbody tr').first().textContent()).resolves.toContain('Overskredet');
    await web.checkPage(page, 'mine-opgaver-overskredet');
    await context.close();
  });

  it("refuses the school's SSP contact the follow-up pages with a Danish page that says what to do", async () => {
    const { context, page } = await web.newPage('school');
    await page.goto(`${webUrl}/opfoelgning/mine-opgaver`);
    await web.signInAs(page, 'Mette Skovgaard');
    await expect(heading(page)).resolves.toBe('Du har ikke adgang til denne side');
    await expect(main(page)).resolves.toMatch(/Din rolle giver ikke adgang til dette[\s\S]*missing-permission/);
    await web.checkPage(page, 'opgaver-adgang-naegtet');
    expect((await page.goto(`${webUrl}/henvisninger`))?.status()).toBe(403);
    await expect(main(page)).resolves.toMatch(/Du sidder ikke i nogen af dem[\s\S]*referral-no-receiving-body/);
    await web.checkPage(page, 'henvisninger-adgang-naegtet');
    await context.close();
  });
});
