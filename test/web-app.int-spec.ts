import { Role } from '@ssp/platform';
import { newTopicNamespace, policeListCsv, queryDatabase, waitFor } from '@ssp/testing';
import { follow, tabTo, WebBrowser } from './fixtures/web-browser';
import { MondayGroupServices } from './fixtures/web-services';

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
  let services: MondayGroupServices;
  let web: WebBrowser;
  let webUrl: string;

  beforeAll(async () => {
    ({ browser: web } = await WebBrowser.start('sign-in-and-agenda', async (oidc) => {
      services = await MondayGroupServices.start(oidc, namespace, {
        caseCoordinationSeats: { 'demo-karen-kjaer': ['mandagsgruppen'], 'demo-mette-skovgaard': ['netvaerk-randers-c'] },
        // Ingestion trusts the provider too (the concern is raised from the browser). A school's SSP contact who sits in the
        // Monday group may bring a worry to it (the demo registry has Mette in a network group only).
        ingestionSeats: { 'demo-lars-baekgaard': ['koordinationsteam'], 'demo-mette-skovgaard': ['netvaerk-randers-c', 'mandagsgruppen'] },
      });
      // The upload is the test's own call: a token signed as the provider signs them (as `npm run token` after npm start).
      const secretariat = await oidc.token({ roles: [Role.secretariat], subject: 'demo-lars-baekgaard', name: 'Lars Bækgaard' });
      await services.uploadPoliceList(secretariat, policeListCsv(HEADER, LIST), 'uge45.csv', CHILDREN.length);
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
    await follow(page, 'Mandagsgruppens dagsorden', (url) => url.pathname === '/dagsorden');
    await expect(page.locator('tbody th[scope=row]').count()).resolves.toBe(20);
    await follow(page, 'Næste side', (url) => url.pathname === '/dagsorden' && url.search.startsWith('?efter='));
    await expect(page.locator('tbody th[scope=row]').count()).resolves.toBe(5);
    await web.checkPage(page, 'dagsorden-tastatur');
    await context.close();
  });

  it('narrows the agenda: a priority the service refuses is shown on the form in Danish with what was typed, and the pager keeps the filter', async () => {
    const { context, page } = await web.newPage('agenda-filter');
    await page.goto(`${webUrl}/dagsorden`);
    await web.signInAs(page, 'Karen Kjær');
    // Karen may read ingestion's area table, so she may narrow by area.
    await expect(page.getByLabel('Område').locator('option').first().textContent()).resolves.toBe('Alle områder');
    await page.getByLabel('Mindst prioritet').fill('høj');
    await page.getByRole('button', { name: 'Vis dagsordenen' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Mindst prioritet: Skriv et helt tal fra 0 til 100[\s\S]*agenda-priority-invalid/);
    await expect(page.getByLabel('Mindst prioritet').inputValue()).resolves.toBe('høj');
    await expect(page.locator('tbody tr').count()).resolves.toBe(0);
    await web.checkPage(page, 'dagsorden-filter-fejl');
    await page.getByLabel('Mindst prioritet').fill('100');
    await page.getByRole('button', { name: 'Vis dagsordenen' }).click();
    await expect(page.locator('main').textContent()).resolves.toContain('Der er ingen personer på dagsordenen med denne afgrænsning.');
    await page.getByLabel('Mindst prioritet').fill('');
    await page.getByLabel('Det nyeste først').check();
    await page.getByLabel('Kun personer med nyt siden sidste møde').check();
    await page.getByRole('button', { name: 'Vis dagsordenen' }).click();
    expect(new URL(page.url()).search).toBe('?nye=ja&prioritet=&omraade=&sortering=nyeste');
    await expect(page.locator('tbody th[scope=row]').count()).resolves.toBe(20);
    await expect(page.getByRole('link', { name: 'Næste side' }).getAttribute('href')).resolves.toMatch(/^\/dagsorden\?nye=ja&sortering=nyeste&efter=/);
    await web.checkPage(page, 'dagsorden-filter');
    await page.getByRole('link', { name: 'Vis hele dagsordenen' }).click();
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  // The tests below come after those that count the agenda's 25 rows: the concern adds a child.

  it("opens a person from the agenda: identity, incidents and every list, and the person's access log shows the read", async () => {
    const { context, page } = await web.newPage('person');
    await page.goto(`${webUrl}/dagsorden`);
    await web.signInAs(page, 'Karen Kjær');
    const anton = page.locator('tbody th[scope=row] a', { hasText: 'Anton Aagaard' });
    if ((await anton.count()) === 0) await page.getByRole('link', { name: 'Næste side' }).click();
    await page.locator('tbody th[scope=row] a', { hasText: 'Anton Aagaard' }).click();
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get('formaal')]).toEqual([expect.stringMatching(/^\/personer\/[0-9a-f]{64}$/), 'monday-group-meeting']);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Anton Aagaard');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Formål med opslaget: Mandagsgruppens møde');
    expect(main).toContain('010312-4000');
    for (const heading of ['Identitet', 'Hændelser', 'Bekymringer', 'Noter', 'Beslutninger', 'Indsatser', 'Henvisninger', 'Historik: sammenlægninger', 'Hvem har læst oplysningerne']) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true }).count()).resolves.toBe(1);
    }
    const incidents = page.locator('table', { has: page.locator('caption', { hasText: 'Hændelser fra politiets lister' }) });
    await expect(incidents.locator('tbody tr').count()).resolves.toBe(1);
    expect(await incidents.locator('tbody').textContent()).toMatch(/5\.11\.2026[\s\S]*Butikstyveri[\s\S]*sigtet[\s\S]*J-1/);
    expect(main).toContain('Der er ingen noter om personen.');
    // The access log, read last, already holds this very read with who, what and why.
    const log = page.locator('table', { has: page.locator('caption', { hasText: 'Hvem har læst oplysningerne' }) });
    const reads = await log.locator('tbody tr').allTextContents();
    expect(reads.some((read) => read.includes('demo-karen-kjaer') && read.includes('Personens side') && read.includes('Mandagsgruppens møde'))).toBe(true);
    expect(reads.some((read) => read.includes('demo-karen-kjaer') && read.includes('Noter'))).toBe(true);
    await web.checkPage(page, 'person');

    // Another purpose: nothing is read before the person has chosen one.
    await page.getByRole('link', { name: 'Skift formål' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Hvorfor slår du personen op?');
    await web.checkPage(page, 'person-formaal');
    await page.getByLabel('Opfølgning på sagen').check();
    await page.getByRole('button', { name: 'Vis personen' }).click();
    expect(new URL(page.url()).searchParams.get('formaal')).toBe('case-follow-up');
    await expect(page.locator('main').textContent()).resolves.toContain('Formål med opslaget: Opfølgning på sagen');
    const pseudonym = url.pathname.split('/')[2];
    await page.goto(`${webUrl}/personer/${pseudonym}/adgangslog?formaal=case-follow-up`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Hvem har læst oplysningerne');
    expect((await page.locator('tbody tr').allTextContents()).filter((read) => read.includes('Opfølgning på sagen')).length).toBeGreaterThan(0);
    await web.checkPage(page, 'person-adgangslog');
    expect((await page.goto(`${webUrl}/personer/not-a-pseudonym?formaal=case-follow-up`))?.status()).toBe(404);
    await context.close();
  });

  it('finds a child by a spelling of the name without Danish letters, with a purpose, and every hit is logged', async () => {
    const { context, page } = await web.newPage('search');
    await page.goto(`${webUrl}/soeg`);
    await web.signInAs(page, 'Karen Kjær');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Søg efter et barn');
    await expect(page.locator('main').textContent()).resolves.toContain('Hver søgning bliver logget med formålet');
    await web.checkPage(page, 'soeg');
    // Without a purpose: the form again in Danish, with the name kept.
    await page.getByLabel('Navn', { exact: true }).fill('Anton Ågård');
    await page.getByRole('button', { name: 'Søg' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Formål: Vælg formålet med søgningen');
    await expect(page.getByLabel('Navn', { exact: true }).inputValue()).resolves.toBe('Anton Ågård');
    await web.checkPage(page, 'soeg-fejl');
    await page.getByLabel('Opfølgning på sagen').check();
    await page.getByRole('button', { name: 'Søg' }).click();
    await expect(page.locator('caption').textContent()).resolves.toBe('Én person fundet');
    await expect(page.locator('tbody th[scope=row]').allTextContents()).resolves.toEqual(['Anton Aagaard']);
    expect(new URL(page.url()).search).toBe('');
    await web.checkPage(page, 'soeg-resultat');
    await page.getByRole('link', { name: 'Anton Aagaard' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Anton Aagaard');
    const reads = await page.locator('table', { has: page.locator('caption', { hasText: 'Hvem har læst oplysningerne' }) }).locator('tbody tr').allTextContents();
    expect(reads.some((read) => read.includes('Søgning efter personer') && read.includes('Opfølgning på sagen'))).toBe(true);
    await context.close();
  });

  it('refuses a search to someone outside the Monday group and the coordination team with a Danish page', async () => {
    const { context, page } = await web.newPage('police');
    await page.goto(`${webUrl}/soeg`);
    await web.signInAs(page, 'Sara Holm');
    await page.getByLabel('CPR-nummer').fill('010312-4000');
    await page.getByLabel('Mandagsgruppens møde').check();
    await page.getByRole('button', { name: 'Søg' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Du har ikke adgang til denne side');
    const main = await page.locator('main').textContent();
    expect(main).toContain('kun for medlemmer af Mandagsgruppen og SSP-koordinationsteamet');
    expect(main).toContain('not-in-person-data-group');
    await web.checkPage(page, 'soeg-adgang-naegtet');
    await context.close();
  });

  it("lets the school's SSP contact raise a concern about a child on no list, which puts the child on the Monday group's agenda", async () => {
    const school = await web.newPage('concern');
    const { page } = school;
    await page.goto(`${webUrl}/`);
    await web.signInAs(page, 'Mette Skovgaard');
    await page.getByRole('link', { name: 'Rejs en bekymring', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Rejs en bekymring for et barn');
    await web.checkPage(page, 'bekymring');
    const worry = 'Sofie er ofte ikke i skole og siger, at hun er bange for nogle ældre drenge.';
    await page.getByLabel('Barnets navn').fill('Sofie Nørgaard');
    await page.getByLabel('CPR-nummer').fill('321312-4321');
    await page.getByLabel('Hvad er du bekymret for?').fill(worry);
    await page.getByLabel(/^SSP: /).check();
    await page.getByRole('button', { name: 'Send bekymringen' }).click();
    // The service refuses the CPR number: its reason in Danish on the field, with everything typed kept.
    await expect(page.getByRole('alert').textContent()).resolves.toContain('CPR-nummer: CPR-nummeret begynder ikke med en dato, der findes');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('concern-cpr-date-invalid');
    expect([
      await page.getByLabel('Barnets navn').inputValue(),
      await page.getByLabel('CPR-nummer').inputValue(),
      await page.getByLabel('Hvad er du bekymret for?').inputValue(),
      await page.getByLabel(/^SSP: /).isChecked(),
    ]).toEqual(['Sofie Nørgaard', '321312-4321', worry, true]);
    await web.checkPage(page, 'bekymring-fejl');
    await page.getByLabel('CPR-nummer').fill('150611-4321');
    await page.getByRole('button', { name: 'Send bekymringen' }).click();
    await page.waitForURL((url) => url.pathname === '/bekymringer/kvittering');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bekymringen er modtaget');
    await expect(page.locator('main').textContent()).resolves.toContain("Barnet kommer på Mandagsgruppens næste dagsorden.");
    await web.checkPage(page, 'bekymring-kvittering');
    await school.context.close();

    await waitFor(
      'case coordination to hold the concern and the child',
      async () => (await services.cases.dataSource.query('SELECT (SELECT count(*) FROM person_concern)::int AS concerns, (SELECT count(*) FROM person_identity)::int AS identities')) as { concerns: number; identities: number }[],
      ([held]) => held.concerns === 1 && held.identities === CHILDREN.length + 1,
      { timeoutMs: 60_000 },
    );
    const { context, page: monday } = await web.newPage('concern-agenda');
    await monday.goto(`${webUrl}/dagsorden`);
    await web.signInAs(monday, 'Karen Kjær');
    const sofie = monday.locator('tbody tr', { has: monday.locator('th[scope=row] a', { hasText: 'Sofie Nørgaard' }) });
    if ((await sofie.count()) === 0) await monday.getByRole('link', { name: 'Næste side' }).click();
    await expect(sofie.locator('td').nth(1).textContent()).resolves.toContain('Bekymring fra skole');
    await web.checkPage(monday, 'dagsorden-med-bekymring');
    await sofie.locator('th[scope=row] a').click();
    await expect(monday.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sofie Nørgaard');
    const concerns = monday.locator('table', { has: monday.locator('caption', { hasText: 'Bekymringer fra samarbejdets parter' }) });
    await expect(concerns.locator('tbody').textContent()).resolves.toMatch(/skole[\s\S]*Sofie er ofte ikke i skole/);
    await expect(monday.locator('main').textContent()).resolves.toContain('Personen står ikke på nogen politiliste.');
    await web.checkPage(monday, 'person-med-bekymring');
    await context.close();
  });
});
