import { Role } from '@ssp/platform';
import {
  holdInRegistryCopy,
  newTopicNamespace,
  policeListCsv,
  queryDatabase,
  serviceTestEnvironment,
  startTestService,
  testToken,
  uploadPoliceList,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';
import { tabTo, WebBrowser } from './fixtures/web-browser';

/*
 * The web app in Debian's chromium, as people use it: the local OpenID provider in its own
 * process, case coordination trusting that provider's keys exactly as it would trust Entra ID
 * (OIDC_ISSUER and a JWKS URL), and the web app in its own process. The SSP consultant of the
 * Monday group signs in on the provider's Danish page, reads the agenda a page at a time and
 * signs out; the school's SSP contact is refused with a Danish page; every page passes axe-core
 * for WCAG 2.1 AA, breaks no CSP rule and loads nothing from elsewhere; the agenda is read with
 * the keyboard alone. Screenshots of every page are kept in test-results/web/sign-in-and-agenda/.
 */

const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Fødselsdato', 'Navn', 'Postnr', 'Skole'];
const FIRST = ['Anton', 'Bella', 'Carl', 'Dina', 'Emil'];
const LAST = ['Aagaard', 'Bech', 'Dahl', 'Eskildsen', 'Frost'];
/** 25 children charged with a theft each: 20 on the agenda's first page, 5 on the second. */
const CHILDREN = FIRST.flatMap((first, f) => LAST.map((last, l) => ({ name: `${first} ${last}`, cpr: `${String(f * 5 + l + 1).padStart(2, '0')}0312-40${f}${l}` })));
const LIST = CHILDREN.map((child, index) => ({
  Journalnr: `J-${index + 1}`,
  Gerningsdato: '05-11-2026',
  Forhold: 'Butikstyveri',
  Rolle: 'sigtet',
  'CPR-nummer': child.cpr,
  Fødselsdato: '',
  Navn: child.name,
  Postnr: '8900',
  Skole: '',
}));

describe('the web app in a browser', () => {
  const namespace = newTopicNamespace();
  let environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  let web: WebBrowser;
  let webUrl: string;

  beforeAll(async () => {
    ({ browser: web } = await WebBrowser.start('sign-in-and-agenda', async (oidc) => {
      environments = await Promise.all([serviceTestEnvironment('police-list-ingestion', namespace), serviceTestEnvironment('case-coordination', namespace)]);
      ingestion = await startTestService(INGESTION, environments[0].env);
      // Case coordination trusts the provider, and takes memberships from its copy of the registry.
      cases = await startTestService(CASE_COORDINATION, {
        ...environments[1].env,
        MONDAY_GROUP_FIRST_MEETING: '2026-01-05',
        OIDC_ISSUER: oidc.issuer,
        OIDC_JWKS_URI: oidc.jwksUri,
        MEMBERSHIP_SOURCE: 'registry',
      });
      await holdInRegistryCopy(cases.dataSource, 'demo-karen-kjaer', ['mandagsgruppen']);
      await holdInRegistryCopy(cases.dataSource, 'demo-mette-skovgaard', ['netvaerk-randers-c']);
      const secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
      expect((await uploadPoliceList(ingestion.url, secretariat, policeListCsv(HEADER, LIST), 'uge45.csv')).body).toMatchObject({ accepted: CHILDREN.length });
      const held = async () => ((await cases.dataSource.query('SELECT (SELECT count(*) FROM person_incident)::int + (SELECT count(*) FROM person_identity)::int AS count')) as { count: number }[])[0].count;
      await waitFor('case coordination to hold every incident and identity', held, (count) => count === 2 * CHILDREN.length, { timeoutMs: 60_000 });
      return { env: { CASE_COORDINATION_URL: cases.url, POLICE_LIST_INGESTION_URL: ingestion.url }, value: undefined };
    }));
    webUrl = web.webUrl;
    // Two services, the provider and the web app (compiled by ts-node in its own process) on a shared two-core machine.
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    await cases?.close();
    await ingestion?.close();
    for (const environment of environments) await environment.database.drop();
  });

  afterEach(() => {
    expect(web.problems).toEqual([]);
  });

  it('signs the SSP consultant in through the sign-in page, shows the agenda a page at a time, and signs out', async () => {
    const { context, page } = await web.newPage('consultant');
    await page.goto(`${webUrl}/dagsorden`);
    expect(page.url().startsWith(`${web.provider.issuer}/interaction/`)).toBe(true);
    await web.checkPage(page, 'log-ind');
    await web.signInAs(page, 'Karen Kjær');
    expect(new URL(page.url()).pathname).toBe('/dagsorden');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Mandagsgruppens dagsorden');
    await expect(page.locator('main').textContent()).resolves.toContain('mandag den 23. november 2026');
    const firstPage = await page.locator('tbody th[scope=row] strong').allTextContents();
    expect(firstPage).toHaveLength(20);
    await expect(page.locator('tbody').textContent()).resolves.toContain('Mistænkt eller sigtet');
    await web.checkPage(page, 'dagsorden-side-1');
    // On a phone the design system would hide the menu and sign-out in a drawer its script opens; with no script they stay on the page.
    await page.setViewportSize({ width: 390, height: 844 });
    expect([await page.getByRole('link', { name: 'Mandagsgruppens dagsorden' }).isVisible(), await page.getByRole('button', { name: 'Log ud' }).isVisible()]).toEqual([true, true]);
    await web.checkPage(page, 'dagsorden-telefon');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('link', { name: 'Næste side' }).click();
    const secondPage = await page.locator('tbody th[scope=row] strong').allTextContents();
    expect(secondPage).toHaveLength(5);
    expect([...firstPage, ...secondPage].sort()).toEqual(CHILDREN.map((child) => child.name).sort());
    await expect(page.getByRole('link', { name: 'Næste side' }).count()).resolves.toBe(0);
    await web.checkPage(page, 'dagsorden-side-2');

    await page.getByRole('link', { name: 'Forside' }).click();
    await expect(page.locator('main').textContent()).resolves.toMatch(/Du er logget ind som Karen Kjær \(brugernavn demo-karen-kjaer\)[\s\S]*SSP-konsulent/);
    await web.checkPage(page, 'forside');
    await page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tilgængelighedserklæring for SSP Randers');
    await web.checkPage(page, 'tilgaengelighedserklaering');
    expect((await page.goto(`${webUrl}/findes-ikke`))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Siden findes ikke');
    await web.checkPage(page, 'ikke-fundet');

    // A form without the page's form token changes nothing.
    const forged = await page.request.post(`${webUrl}/log-ud`, { form: { _csrf: 'not-the-token' }, maxRedirects: 0 });
    expect([forged.status(), (await forged.text()).includes('Formularen kunne ikke sendes')]).toEqual([403, true]);
    await page.goto(`${webUrl}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Velkommen, Karen Kjær');

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL((url) => url.href.startsWith(web.provider.issuer));
    await web.checkPage(page, 'log-ud-hos-udbyder');
    await page.getByRole('button', { name: 'Ja, log ud her også' }).click();
    await page.waitForURL(`${webUrl}/logget-ud`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Du er logget ud');
    await web.checkPage(page, 'logget-ud');
    expect(await context.cookies(webUrl)).toEqual([]);
    await page.goto(`${webUrl}/dagsorden`);
    expect(page.url().startsWith(`${web.provider.issuer}/interaction/`)).toBe(true);
    expect(await queryDatabase(web.webDatabase.url, 'SELECT count(*)::int AS count FROM web_session')).toEqual([{ count: 0 }]);
    await context.close();
  });

  it("refuses the school's SSP contact the agenda with a Danish page that says what to do", async () => {
    const { context, page } = await web.newPage('school');
    await page.goto(`${webUrl}/dagsorden`);
    await web.signInAs(page, 'Mette Skovgaard');
    expect(new URL(page.url()).pathname).toBe('/dagsorden');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Du har ikke adgang til denne side');
    const main = await page.locator('main').textContent();
    expect(main).toContain('Kontakt SSP-sekretariatet');
    expect(main).toContain('missing-permission');
    await web.checkPage(page, 'adgang-naegtet');
    await context.close();
  });

  it('lets the consultant sign in and read the agenda with the keyboard alone', async () => {
    const { context, page } = await web.newPage('keyboard');
    await page.goto(`${webUrl}/`);
    // The radio group is one Tab stop (its first person, none being chosen); Space chooses.
    await tabTo(page, 'demo-karen-kjaer');
    await page.keyboard.press('Space');
    expect(await page.locator('input[name=subject]:checked').getAttribute('value')).toBe('demo-karen-kjaer');
    await tabTo(page, 'Log ind');
    await Promise.all([page.waitForURL((url) => url.href.startsWith(webUrl)), page.keyboard.press('Enter')]);
    await tabTo(page, 'Mandagsgruppens dagsorden');
    await Promise.all([page.waitForURL(`${webUrl}/dagsorden`), page.keyboard.press('Enter')]);
    await expect(page.locator('tbody th[scope=row]').count()).resolves.toBe(20);
    await tabTo(page, 'Næste side');
    await Promise.all([page.waitForURL((url) => url.pathname === '/dagsorden' && url.search.startsWith('?efter=')), page.keyboard.press('Enter')]);
    await expect(page.locator('tbody th[scope=row]').count()).resolves.toBe(5);
    await web.checkPage(page, 'dagsorden-tastatur');
    await context.close();
  });
});
