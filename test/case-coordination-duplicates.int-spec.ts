import { createEnvelope, ServiceName, Topics, type PersonIdentityContent, type PersonIdentityV1 } from '@ssp/contracts';
import { IdentityCipher, PAGE_REFUSALS, Pseudonymiser, Role } from '@ssp/platform';
import {
  KafkaProbe,
  newTopicNamespace,
  queryDatabase,
  serviceTestEnvironment,
  startTestService,
  TEST_IDENTITY_SECRETS,
  TEST_NOW,
  TEST_TODAY,
  testToken,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { IdentityReaderService } from '../apps/case-coordination/src/persons/identity-reader.service';
import { PersonSearchIndex } from '../apps/case-coordination/src/persons/person-search-index.service';

/*
 * Issue 18, finding 6: `GET /persons/duplicates` read every person and decrypted every
 * identity on each request. Pairs are now found when an identity arrives on the identity topic
 * (or is indexed at start-up), comparing it only with the persons of its birth date, and the
 * route pages through the pairs found (docs/paging.md) without decrypting anything.
 *
 * Negative controls: without the birth-date condition in the candidates' query
 * (PersonSearchRepository.identitiesWithTerm) the decryption test saw every indexed identity
 * decrypted, not the 1 + 3 of the birth date; `>=` instead of `>` in the page's keyset
 * condition answered the same pair again and again with limit=1 (stopped after 20 pages);
 * without the person joins' `merged_into IS NULL` the merged person's pair stayed listed.
 */

interface Pair {
  pseudonyms: string[];
  reason: string;
  explanation: string;
}
interface PairPage {
  items: Pair[];
  next: string | null;
}
type Identity = Omit<PersonIdentityContent, 'protectedAddress'>;

const pseudonymiser = new Pseudonymiser(Buffer.from(TEST_IDENTITY_SECRETS.PSEUDONYM_KEY, 'base64'));
const cipher = IdentityCipher.fromConfig(TEST_IDENTITY_SECRETS.IDENTITY_KEYS, TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID);
const pseudonymOf = (identity: Identity) => pseudonymiser.ofPerson(identity).pseudonym;

const PEOPLE = {
  // Similar names on one birth date: a typo, and the words swapped (the last with CPR).
  mikkel: { name: 'Mikkel Hansen', birthDate: '2011-05-06' },
  mikel: { name: 'Mikel Hansen', birthDate: '2011-05-06' },
  hansen: { name: 'Hansen Mikkel', birthDate: '2011-05-06', cpr: '0605114011' },
  // The same girl, reported without CPR and later with it.
  dina: { name: 'Dina Dahl', birthDate: '2010-03-03', cpr: '0303104004' },
  dinaUden: { name: 'Dina Dahl', birthDate: '2010-03-03' },
  // Two CPR numbers are two children; another birth date is another child.
  ida: { name: 'Ida Holm', birthDate: '2010-01-01', cpr: '0101104001' },
  idaTo: { name: 'Ida Holm', birthDate: '2010-01-01', cpr: '0101104002' },
  idaAnden: { name: 'Ida Holm', birthDate: '2010-01-02' },
} satisfies Record<string, Identity>;
type Who = keyof typeof PEOPLE;
const P = Object.fromEntries(Object.entries(PEOPLE).map(([who, identity]) => [who, pseudonymOf(identity)])) as Record<Who, string>;
const pair = (a: Who, b: Who, reason: string) => ({ pseudonyms: [P[a], P[b]].sort(), reason });

/** Persons of other birth dates, each their own: 120 days from 2008-01-01. */
const OTHERS = Array.from({ length: 120 }, (_, index): Identity => ({ name: 'Anden Person', birthDate: new Date(Date.UTC(2008, 0, 1 + index)).toISOString().slice(0, 10) }));

describe('likely duplicates, found when identities arrive and listed a page at a time', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  let environment: ServiceTestEnvironment;
  let cases: RunningService;
  let consultant: string;
  let sent = 0;

  const startCases = () => startTestService(CASE_COORDINATION, { ...environment.env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
  const count = async (sql: string, parameters: unknown[] = []) => Number(((await cases.dataSource.query(sql, parameters)) as { count: string }[])[0].count);
  const get = (path: string) => fetch(`${cases.url}${path}`, { headers: { authorization: `Bearer ${consultant}` } });
  const post = (path: string, body?: unknown) =>
    fetch(`${cases.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${consultant}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

  /** Puts the identities on the identity topic as ingestion does and waits until case coordination has handled them. */
  async function arrive(identities: readonly Identity[]): Promise<void> {
    await probe.send(
      `${namespace}${Topics.personIdentity.name}`,
      identities.map((identity) => {
        const personPseudonym = pseudonymOf(identity);
        const payload: PersonIdentityV1 = { personPseudonym, identity: cipher.encrypt(JSON.stringify({ ...identity, protectedAddress: false }), personPseudonym) };
        return { key: personPseudonym, value: JSON.stringify(createEnvelope(Topics.personIdentity, payload, { producer: ServiceName.policeListIngestion, occurredAt: new Date(TEST_NOW) })) };
      }),
    );
    sent += identities.length;
    await waitFor('case coordination to handle the identities', () => count('SELECT count(*) FROM inbox_event WHERE topic = $1', [Topics.personIdentity.name]), (handled) => handled === sent);
  }

  /** Every page from the first, `limit` pairs at a time. */
  async function allPages(limit: number): Promise<{ pairs: Pair[]; pages: number }> {
    const pairs: Pair[] = [];
    let pages = 0;
    for (let after: string | null | undefined; after !== null; ) {
      const response = await get(`/persons/duplicates?limit=${limit}${after ? `&after=${after}` : ''}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as PairPage;
      expect(page.items.length).toBeLessThanOrEqual(limit);
      pairs.push(...page.items);
      pages += 1;
      // A cursor that does not move on would page for ever; fail instead.
      expect(pages).toBeLessThanOrEqual(20);
      after = page.next;
    }
    return { pairs, pages };
  }
  const listed = async () => (await allPages(200)).pairs.map(({ pseudonyms, reason }) => ({ pseudonyms, reason }));

  // In the route's order: by the pair's pseudonyms (hexadecimal, the same in any collation).
  const EXPECTED = [pair('dina', 'dinaUden', 'identified-later'), pair('mikkel', 'mikel', 'similar-name'), pair('hansen', 'mikkel', 'similar-name'), pair('hansen', 'mikel', 'similar-name')].sort((a, b) =>
    a.pseudonyms.join() < b.pseudonyms.join() ? -1 : 1,
  );

  beforeAll(async () => {
    environment = await serviceTestEnvironment('case-coordination', namespace);
    cases = await startCases();
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-dubletter' });
    // The persons as their incidents made them; the identities come on their own topic.
    await cases.dataSource.query(
      `INSERT INTO person (pseudonym, pseudonym_strength, last_incident_date) SELECT pseudonym, strength, $3::date FROM unnest($1::text[], $2::text[]) AS p(pseudonym, strength)`,
      [Object.values(PEOPLE).map(pseudonymOf), Object.values(PEOPLE).map((identity) => pseudonymiser.ofPerson(identity).strength), TEST_TODAY],
    );
    await arrive(OTHERS);
    await arrive(Object.values(PEOPLE));
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await cases?.close();
    await environment?.database.drop();
  });

  it('pairs the girl identified later and similar names on one birth date, never two CPR numbers or two birth dates, with the Danish explanation', async () => {
    expect(await listed()).toEqual(EXPECTED);
    const { pairs } = await allPages(50);
    expect(pairs.find((found) => found.reason === 'identified-later')?.explanation).toBe('Samme navn og fødselsdato; den ene er senere registreret med CPR-nummer.');
  });

  it('visits every pair once with limit=1, in pseudonym order, and logs the persons of each page in the access log', async () => {
    const before = await count("SELECT count(*) FROM access_log WHERE action = 'duplicate check'");
    const { pairs, pages } = await allPages(1);
    expect(pairs.map(({ pseudonyms, reason }) => ({ pseudonyms, reason }))).toEqual(EXPECTED);
    expect(pages).toBe(EXPECTED.length);
    const logged = (await cases.dataSource.query("SELECT person_pseudonym, purpose FROM access_log WHERE action = 'duplicate check' ORDER BY id OFFSET $1", [before])) as {
      person_pseudonym: string;
      purpose: string;
    }[];
    expect(logged.map((row) => row.person_pseudonym)).toEqual(pairs.flatMap((found) => found.pseudonyms));
    expect(new Set(logged.map((row) => row.purpose))).toEqual(new Set(['case-follow-up']));
  });

  it('refuses a limit out of range and a cursor from elsewhere: 400 with a code and Danish text', async () => {
    for (const [query, refusal] of [
      ['limit=0', PAGE_REFUSALS.limit],
      ['limit=201', PAGE_REFUSALS.limit],
      [`after=${Buffer.from('[1]').toString('base64url')}`, PAGE_REFUSALS.cursor],
    ] as const) {
      const response = await get(`/persons/duplicates?${query}`);
      expect([query, response.status, await response.json()]).toEqual([query, 400, expect.objectContaining({ code: refusal.code, message: refusal.message })]);
    }
  });

  it('decrypts, for an arriving identity, only the persons of its birth date, whatever else the database holds', async () => {
    const newcomer = { name: 'Mikkel Hansen', birthDate: '2011-05-06', cpr: '0605114029' };
    const decrypt = jest.spyOn(IdentityReaderService.prototype, 'decrypt');
    try {
      await arrive([newcomer]);
      const decrypted = decrypt.mock.calls.map(([rows]) => rows.map((row) => row.person_pseudonym.trim()));
      // The identity itself, then its three persons of 2011-05-06; none of the 120 others, nor the other birth dates above.
      expect(decrypted).toEqual([[pseudonymOf(newcomer)], [P.hansen, P.mikkel, P.mikel].sort()]);
      // Two CPR numbers are two children; the newcomer pairs only with the two reported without CPR.
      expect(await count('SELECT count(*) FROM likely_duplicate WHERE first_pseudonym = $1 OR second_pseudonym = $1', [pseudonymOf(newcomer)])).toBe(2);
    } finally {
      decrypt.mockRestore();
      // Gone again (with its terms and pairs), so that the tests after this one see the persons above only.
      await cases.dataSource.query('DELETE FROM person_identity WHERE person_pseudonym = $1', [pseudonymOf(newcomer)]);
    }
  });

  it('replaces the pairs of a person whose identity changed', async () => {
    await arrive([{ ...PEOPLE.hansen, name: 'Peter Olsen' }]);
    expect(await listed()).toEqual(EXPECTED.filter((found) => !found.pseudonyms.includes(P.hansen)));
    await arrive([PEOPLE.hansen]);
    expect(await listed()).toEqual(EXPECTED);
  });

  it('leaves out a person merged into another until the merge is taken back, and an erased person', async () => {
    expect((await post(`/persons/${P.dinaUden}/merge`, { into: P.dina })).status).toBe(204);
    expect(await listed()).toEqual(EXPECTED.filter((found) => !found.pseudonyms.includes(P.dinaUden)));
    expect((await post(`/persons/${P.dinaUden}/unmerge`)).status).toBe(204);
    expect(await listed()).toEqual(EXPECTED);
    await cases.dataSource.query('UPDATE person SET erased_at = $2 WHERE pseudonym = $1', [P.mikel, TEST_NOW]);
    expect(await listed()).toEqual(EXPECTED.filter((found) => !found.pseudonyms.includes(P.mikel)));
    await cases.dataSource.query('UPDATE person SET erased_at = NULL WHERE pseudonym = $1', [P.mikel]);
  });

  it('drops the pairs of a person whose identity is tombstoned', async () => {
    await probe.send(`${namespace}${Topics.personIdentity.name}`, [{ key: P.idaAnden, value: null }]);
    await waitFor('the tombstone to be applied', () => count('SELECT count(*) FROM person_identity WHERE person_pseudonym = $1', [P.idaAnden]), (left) => left === 0);
    await probe.send(`${namespace}${Topics.personIdentity.name}`, [{ key: P.mikkel, value: null }]);
    await waitFor('the tombstone to be applied', () => count('SELECT count(*) FROM person_identity WHERE person_pseudonym = $1', [P.mikkel]), (left) => left === 0);
    expect(await listed()).toEqual(EXPECTED.filter((found) => !found.pseudonyms.includes(P.mikkel)));
    await arrive([PEOPLE.mikkel, PEOPLE.idaAnden]);
    expect(await listed()).toEqual(EXPECTED);
  });

  it('finds the pairs of identities held before duplicates were found at arrival, from start-up', async () => {
    await cases.close();
    // A database as the migration leaves one from before: identities, no index, no pairs.
    await queryDatabase(environment.database.url, 'DELETE FROM likely_duplicate');
    await queryDatabase(environment.database.url, 'DELETE FROM person_search_term');
    cases = await startCases();
    // The indexer works behind the started service.
    const indexed = () => count('SELECT count(DISTINCT person_pseudonym) FROM person_search_term');
    await waitFor('the start-up indexer to index every identity', indexed, (found) => found === OTHERS.length + Object.keys(PEOPLE).length);
    await waitFor('the index to be complete', () => cases.app.get(PersonSearchIndex).complete, (complete) => complete);
    expect(await listed()).toEqual(EXPECTED);
  });
});
