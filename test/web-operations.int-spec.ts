import { createEnvelope, ServiceName, Topics, type EventEnvelope, type PersonErasedV1 } from '@ssp/contracts';
import { KafkaProbe, newTopicNamespace, queryDatabase, serviceTestEnvironment, startTestService, TEST_NOW, waitFor, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';
import { follow, tabTo, WebBrowser } from './fixtures/web-browser';

/*
 * The operators' page in Debian's chromium. Police-list ingestion and network groups run
 * against the real broker and database and trust the local provider; case coordination and
 * reporting are not started, so the page shows them as not answering. Network groups has an
 * e-mail the mail server refused for good; the page shows it by Message-ID, without recipient. Case coordination erased a person, and
 * ingestion cannot apply it: its identity vault refuses deletes (a maintenance job left it
 * read-only), so after its attempts the erasure is a dead letter. Ole Bjerre (operator) signs
 * in, sees health, lag, outbox and the dead letter, sends it back too early (it fails again
 * and keeps waiting with the new reason), has the vault fixed, and sends it back with the
 * keyboard alone: it is handled once (one inbox row, one tombstone on the identity topic),
 * leaves the list, and a second submission of the same form does nothing. A message that is
 * not JSON cannot be fixed by sending it back; Ole discards it with the keyboard. Then the audit
 * logs' verification. Every page passes axe-core; screenshots in test-results/web/operations/.
 */

const REFUSE_DELETES = `
  CREATE FUNCTION test_vault_in_maintenance() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN RAISE EXCEPTION 'person_identity is read-only during maintenance'; END $$;
  CREATE TRIGGER test_vault_in_maintenance BEFORE DELETE ON person_identity FOR EACH STATEMENT EXECUTE FUNCTION test_vault_in_maintenance();`;
const TAKE_DELETES_AGAIN = 'DROP TRIGGER test_vault_in_maintenance ON person_identity; DROP FUNCTION test_vault_in_maintenance();';

describe('the operators in a browser', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  const erasure: EventEnvelope<PersonErasedV1> = createEnvelope(
    Topics.personErased,
    { personPseudonym: randomBytes(32).toString('hex'), reason: 'retention', erasedAt: TEST_NOW },
    { producer: ServiceName.caseCoordination },
  );
  const RECIPIENT = 'birthe.bach@randers.example';
  let environment: ServiceTestEnvironment;
  let networkEnvironment: ServiceTestEnvironment;
  let ingestion: RunningService;
  let networkGroups: RunningService;
  let web: WebBrowser;

  beforeAll(async () => {
    ({ browser: web } = await WebBrowser.start('operations', async (oidc) => {
      environment = await serviceTestEnvironment('police-list-ingestion', namespace);
      await queryDatabase(environment.database.url, REFUSE_DELETES);
      networkEnvironment = await serviceTestEnvironment('network-groups', namespace);
      const trustProvider = { OIDC_ISSUER: oidc.issuer, OIDC_JWKS_URI: oidc.jwksUri, MEMBERSHIP_SOURCE: 'registry' };
      [ingestion, networkGroups] = await Promise.all([
        startTestService(INGESTION, { ...environment.env, ...trustProvider }),
        startTestService(NETWORK_GROUPS, { ...networkEnvironment.env, ...trustProvider }),
      ]);
      await networkGroups.dataSource.query(
        `WITH birthe AS (INSERT INTO person (name, email) VALUES ('Birthe Bach', $1) RETURNING id)
         INSERT INTO outgoing_email (id, message_id, person_id, recipient, recipient_name, subject, body, kind, status, attempts, last_error)
         SELECT gen_random_uuid(), '<drift-test@ssp.randers.example>', id, $1, 'Birthe Bach', 'Ny besked', 'Du har en ny besked.', 'notification', 'failed', 5, '550 5.1.1 mailbox unavailable' FROM birthe`,
        [RECIPIENT],
      );
      return { env: { POLICE_LIST_INGESTION_URL: ingestion.url, NETWORK_GROUPS_URL: networkGroups.url }, value: undefined };
    }));
    await probe.send(`${namespace}${Topics.personErased.name}`, [{ key: erasure.payload.personPseudonym, value: JSON.stringify(erasure) }]);
    await waitFor(
      'the erasure to be dead-lettered',
      () => queryDatabase<{ count: number }>(environment.database.url, 'SELECT count(*)::int AS count FROM dead_letter WHERE settled_at IS NULL'),
      (rows) => rows[0]!.count === 1,
    );
  }, 300_000);

  afterAll(async () => {
    await web?.close();
    await ingestion?.close();
    await networkGroups?.close();
    await environment?.database.drop();
    await networkEnvironment?.database.drop();
  });

  afterEach(() => {
    expect(web.problems).toEqual([]);
  });

  const main = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
  const ingestionSection = async (page: Page) => ((await page.locator('#tjeneste-police-list-ingestion').textContent()) ?? '').replace(/\s+/g, ' ');

  it('shows Ole every service, sends the dead letter back once it can be handled, and it is handled once and leaves the list', async () => {
    const { context, page } = await web.newPage('ole');
    await page.goto(`${web.webUrl}/`);
    await web.signInAs(page, 'Ole Bjerre');
    await page.getByRole('link', { name: 'Drift', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Drift');

    // Readiness asks the broker and the database within a time limit, which a busy machine can miss: the page says so
    // ("Nej") until the service is ready again, so the test reads it again until then.
    const section = await waitFor(
      'the Drift page to show ingestion ready',
      async () => {
        const text = await ingestionSection(page);
        if (!text.includes('Klar til brug (/health/ready): Ja')) await page.reload();
        return text;
      },
      (text) => text.includes('Klar til brug (/health/ready): Ja'),
      { timeoutMs: 60_000 },
    );
    expect(section).toContain('Kører (/health/live): Ja');
    expect(section).toContain(Topics.personErased.name);
    expect(section).toContain('Ingen hændelser venter på at blive sendt.');
    expect(section).toContain('failed after 2 attempts: person_identity is read-only during maintenance');
    expect(section).toContain(erasure.id);
    expect(section).not.toContain(erasure.payload.personPseudonym);
    const network = ((await page.locator('#tjeneste-network-groups').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(network).toContain('Klar til brug (/health/ready): Ja');
    expect(network).toContain('Fejlet: 1');
    expect(network).toContain('<drift-test@ssp.randers.example>');
    expect(network).toContain('550 5.1.1 mailbox unavailable');
    expect(network).not.toContain(RECIPIENT);
    for (const silent of ['case-coordination', 'reporting']) {
      expect(await page.locator(`#tjeneste-${silent}`).textContent()).toContain('Tjenesten svarer ikke, så forsinkelse, fejlbeskeder og udbakke kan ikke vises.');
    }
    await web.checkPage(page, 'drift');

    // Sent back before the vault is fixed: it fails again, and keeps waiting with the new reason.
    await Promise.all([page.waitForURL((url) => url.searchParams.get('afvist') === 'dead-letter-still-failing'), page.getByRole('button', { name: /Send tilbage/ }).click()]);
    expect(await main(page)).toContain('Beskeden fejlede igen hos Indlæsning af politilister.');
    expect(await ingestionSection(page)).toContain('sent back by demo-ole-bjerre and failed again');
    await web.checkPage(page, 'drift-fejlede-igen');

    await queryDatabase(environment.database.url, TAKE_DELETES_AGAIN);
    const form = page.locator('#tjeneste-police-list-ingestion form[action$="/send-tilbage"]');
    const action = (await form.getAttribute('action'))!;
    const formToken = (await form.locator('input[name="_csrf"]').getAttribute('value'))!;

    // With the keyboard alone.
    await follow(page, 'Send tilbage', (url) => url.searchParams.get('sendt') === 'handled');
    expect(await main(page)).toContain('Fejlbeskeden er sendt tilbage til Indlæsning af politilister og er nu behandlet. Den er fjernet fra listen.');
    expect(await ingestionSection(page)).toContain('Ingen fejlbeskeder venter.');
    await web.checkPage(page, 'drift-sendt-tilbage');

    // The same form submitted again (a double click, a second tab): nothing is done twice.
    const again = await context.request.post(`${web.webUrl}${action}`, { form: { _csrf: formToken } });
    expect(new URL(again.url()).searchParams.get('sendt')).toBe('already-settled');

    const [inbox] = await queryDatabase<{ count: number }>(environment.database.url, 'SELECT count(*)::int AS count FROM inbox_event WHERE event_id = $1', [erasure.id]);
    expect(inbox!.count).toBe(1);
    const [settled] = await queryDatabase<{ settled_by: string; settled_outcome: string }>(environment.database.url, 'SELECT settled_by, settled_outcome FROM dead_letter');
    expect(settled).toEqual({ settled_by: 'demo-ole-bjerre', settled_outcome: 'handled' });
    const identityTopic = await probe.readUntil(`${namespace}${Topics.personIdentity.name}`, (seen) => seen.some((message) => message.key === erasure.payload.personPseudonym));
    expect(identityTopic.filter((message) => message.key === erasure.payload.personPseudonym && message.value === null)).toHaveLength(1);

    // A message that is not JSON cannot be fixed by sending it back: Ole discards it, with the keyboard alone.
    await probe.send(`${namespace}${Topics.personErased.name}`, [{ key: randomBytes(32).toString('hex'), value: 'this is not { json' }]);
    await waitFor(
      'the invalid message to be dead-lettered',
      () => queryDatabase<{ count: number }>(environment.database.url, 'SELECT count(*)::int AS count FROM dead_letter WHERE settled_at IS NULL'),
      (rows) => rows[0]!.count === 1,
    );
    await page.reload();
    expect(await ingestionSection(page)).toContain('value is not JSON');
    await follow(page, 'Kassér', (url) => url.searchParams.get('kasseret') === 'discarded');
    expect(await main(page)).toContain('Fejlbeskeden hos Indlæsning af politilister er kasseret: dens indhold er slettet, og den er fjernet fra listen.');
    expect(await ingestionSection(page)).toContain('Ingen fejlbeskeder venter.');
    await web.checkPage(page, 'drift-kasseret');
    const discarded = await queryDatabase<{ settled_by: string; message_value: Buffer | null }>(
      environment.database.url,
      "SELECT settled_by, message_value FROM dead_letter WHERE settled_outcome = 'discarded'",
    );
    expect(discarded).toEqual([{ settled_by: 'demo-ole-bjerre', message_value: null }]);

    await tabTo(page, 'Kontrollér tjenesternes revisionsspor');
    await Promise.all([page.waitForURL((url) => url.pathname === '/drift/revisionsspor'), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kontrol af revisionsspor');
    const verification = await main(page);
    expect(verification).toMatch(/Indlæsning af politilister \(police-list-ingestion\) I orden\. \d+ poster er kontrolleret/);
    expect(verification).toMatch(/Netværksgrupper \(network-groups\) I orden\./);
    expect(verification).toContain('Tjenesten svarer ikke, så kontrollen af revisionssporet kan ikke vises.');
    await web.checkPage(page, 'revisionsspor');
    await context.close();
  });
});
