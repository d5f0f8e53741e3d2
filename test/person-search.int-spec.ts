import { Role } from '@ssp/platform';
import {
  policeListCsv,
  queryDatabase,
  newTopicNamespace,
  serviceTestEnvironment,
  startTestService,
  testToken,
  uploadPoliceList,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { PAIRING_LOCK } from '../apps/case-coordination/src/duplicates/likely-duplicate.repository';
import { SEARCH_INDEX_BUILDING } from '../apps/case-coordination/src/persons/person-search.service';
import { searchRefusal } from '../apps/case-coordination/src/persons/search-terms';
import { RetentionService } from '../apps/case-coordination/src/retention/retention.service';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * Issue 19, "Finding a child": persons come into case coordination the real way (a police
 * list through ingestion, identities encrypted on the identity topic), and are found by CPR
 * number, by every Danish spelling of their name and by birth date, through the blind index
 * only; every search is recorded and every hit is in the person's access log; an erased
 * person is not found; no table but the encrypted identities holds a name or CPR number.
 */
const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Fødselsdato', 'Navn', 'Postnr'];
const PEOPLE = {
  soeren: { name: 'Søren Emil Aagaard-Hansen', cpr: '150512-4001', birthDate: '' },
  aase: { name: 'Åse Øberg Bæk', cpr: '010310-4002', birthDate: '' },
  soerenJensen: { name: 'Søren Jensen', cpr: '020310-4003', birthDate: '' },
  // No CPR on the report: found by name and birth date (the same as Søren's).
  mads: { name: 'Mads Aagaard', cpr: '', birthDate: '15-05-2012' },
} as const;
type Who = keyof typeof PEOPLE;
const LIST = Object.values(PEOPLE).map((person, index) => ({
  Journalnr: `J-${index + 1}`,
  Gerningsdato: '02-11-2026',
  Forhold: 'Butikstyveri',
  Rolle: 'sigtet',
  'CPR-nummer': person.cpr,
  Fødselsdato: person.birthDate,
  Navn: person.name,
  Postnr: '8900',
}));

interface SearchAnswer {
  items: { pseudonym: string; pseudonymStrength: string; identity: { name: string; cpr?: string; birthDate: string } | null; caseState: string | null }[];
  more: boolean;
}

describe('finding a child', () => {
  const namespace = newTopicNamespace();
  let environments: ServiceTestEnvironment[] = [];
  let ingestion: RunningService;
  let cases: RunningService;
  let consultant: string;
  const pseudonymOf = {} as Record<Who, string>;

  const startCases = (env: Record<string, string> = {}) => startTestService(CASE_COORDINATION, { ...environments[1].env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05', ...env });
  const query = async <T>(sql: string, parameters: unknown[] = []) => (await cases.dataSource.query(sql, parameters)) as T[];
  const count = async (sql: string, parameters: unknown[] = []) => Number((await query<{ count: string }>(sql, parameters))[0].count);
  const search = async (parameters: Record<string, string>, token = consultant) =>
    fetch(`${cases.url}/persons?${new URLSearchParams(parameters).toString()}`, { headers: { authorization: `Bearer ${token}` } });
  const found = async (parameters: Record<string, string>): Promise<string[]> => {
    const response = await search({ purpose: 'case-follow-up', ...parameters });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as SearchAnswer;
    return answer.items.map((item) => item.identity?.name ?? '(ulæselig)').sort();
  };

  beforeAll(async () => {
    environments = await Promise.all([serviceTestEnvironment('police-list-ingestion', namespace), serviceTestEnvironment('case-coordination', namespace)]);
    ingestion = await startTestService(INGESTION, environments[0].env);
    cases = await startCases();
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-1' });
    const secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
    expect((await uploadPoliceList(ingestion.url, secretariat, policeListCsv(HEADER, LIST), 'uge45.csv')).body).toMatchObject({ accepted: 4 });
    await waitFor(
      'case coordination to hold and index every person',
      () => count('SELECT count(DISTINCT t.person_pseudonym) + (SELECT count(*) FROM person) AS count FROM person_search_term t'),
      (total) => total === 8,
    );
    const identities = await queryDatabase<{ person_pseudonym: string }>(environments[0].database.url, 'SELECT person_pseudonym FROM person_identity');
    expect(identities).toHaveLength(4);
    for (const who of Object.keys(PEOPLE) as Who[]) {
      const [hit] = ((await (await search({ purpose: 'case-follow-up', name: PEOPLE[who].name })).json()) as SearchAnswer).items.filter((item) => item.identity?.name === PEOPLE[who].name);
      pseudonymOf[who] = hit.pseudonym;
    }
  });

  afterAll(async () => {
    await cases?.close();
    await ingestion?.close();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it('finds each spelling variant, a missing middle name and either half of a double name, and only the right persons', async () => {
    const expectations: [string, Who[]][] = [
      ['Søren Emil Aagaard-Hansen', ['soeren']],
      ['Soeren Aagaard Hansen', ['soeren']],
      ['SØREN ÅGÅRD', ['soeren']],
      ['soeren aagård-hansen', ['soeren']],
      ['Hansen Søren', ['soeren']],
      ['Søren', ['soeren', 'soerenJensen']],
      ['Aagaard', ['mads', 'soeren']],
      ['Ågård', ['mads', 'soeren']],
      ['Åse Øberg Bæk', ['aase']],
      ['Aase Oeberg', ['aase']],
      ['aase baek', ['aase']],
      ['Åse-Bæk', ['aase']],
      ['Søren Peter Aagaard', []],
      // Documented: a plain o is not ø.
      ['Soren', []],
    ];
    const answers = [];
    for (const [name] of expectations) answers.push([name, await found({ name })]);
    expect(answers).toEqual(expectations.map(([name, who]) => [name, who.map((person) => PEOPLE[person].name).sort()]));
  });

  it('logs every hit in the access log of the person found, with the purpose, and every search with its kind but not what was searched for', async () => {
    const before = await count("SELECT count(*) FROM access_log WHERE action = 'person search'");
    const searchesBefore = await count('SELECT count(*) FROM person_search_log');
    expect(await found({ name: 'Aagaard', purpose: 'monday-group-meeting' })).toHaveLength(2);
    expect(await found({ name: 'Ingen Sådan' })).toEqual([]);
    const rows = await query<{ person_pseudonym: string; actor: string; purpose: string }>("SELECT person_pseudonym, actor, purpose FROM access_log WHERE action = 'person search' ORDER BY id OFFSET $1", [before]);
    expect(rows.map((row) => [row.person_pseudonym, row.actor, row.purpose]).sort()).toEqual(
      [
        [pseudonymOf.mads, 'konsulent-1', 'monday-group-meeting'],
        [pseudonymOf.soeren, 'konsulent-1', 'monday-group-meeting'],
      ].sort(),
    );
    const log = (await (await fetch(`${cases.url}/persons/${pseudonymOf.mads}/access-log?limit=200`, { headers: { authorization: `Bearer ${consultant}` } })).json()) as { items: { action: string; purpose: string }[]; next: string | null };
    const searchEntries = log.items.filter((entry) => entry.action === 'person search');
    expect(log.next).toBeNull();
    expect(searchEntries.at(-1)).toMatchObject({ action: 'person search', purpose: 'monday-group-meeting' });
    const searches = await query<{ actor: string; kind: string; purpose: string; hits: number; capped: boolean }>('SELECT actor, kind, purpose, hits, capped FROM person_search_log ORDER BY id OFFSET $1', [searchesBefore]);
    expect(searches).toEqual([
      { actor: 'konsulent-1', kind: 'name', purpose: 'monday-group-meeting', hits: 2, capped: false },
      { actor: 'konsulent-1', kind: 'name', purpose: 'case-follow-up', hits: 0, capped: false },
    ]);
  });

  it('finds by CPR number, with or without the hyphen, and shows what the person page shows', async () => {
    expect(await found({ cpr: '150512-4001' })).toEqual([PEOPLE.soeren.name]);
    expect(await found({ cpr: '0103104002' })).toEqual([PEOPLE.aase.name]);
    expect(await found({ cpr: '150512-4009' })).toEqual([]);
    const answer = (await (await search({ cpr: '1505124001', purpose: 'case-follow-up' })).json()) as SearchAnswer;
    const page = (await (await fetch(`${cases.url}/persons/${pseudonymOf.soeren}?purpose=case-follow-up`, { headers: { authorization: `Bearer ${consultant}` } })).json()) as Record<string, unknown>;
    expect(answer.items).toEqual([{ pseudonym: pseudonymOf.soeren, pseudonymStrength: 'strong', mergedInto: null, caseState: page.caseState, caseStateText: page.caseStateText, identity: page.identity, identityError: null }]);
    expect(answer.items[0].identity).toMatchObject({ name: PEOPLE.soeren.name, cpr: '1505124001', birthDate: '2012-05-15' });
    expect(await count("SELECT count(*) FROM person_search_log WHERE kind = 'cpr'")).toBe(4);
  });

  it('finds by birth date, alone or with a name', async () => {
    expect(await found({ birthDate: '2012-05-15' })).toEqual([PEOPLE.mads.name, PEOPLE.soeren.name].sort());
    expect(await found({ birthDate: '2012-05-15', name: 'Mads' })).toEqual([PEOPLE.mads.name]);
    expect(await found({ birthDate: '2010-03-02', name: 'Søren' })).toEqual([PEOPLE.soerenJensen.name]);
    expect(await found({ birthDate: '2010-03-02', name: 'Åse' })).toEqual([]);
  });

  it('answers at most limit persons and says there are more', async () => {
    const answer = (await (await search({ name: 'Søren', limit: '1', purpose: 'case-follow-up' })).json()) as SearchAnswer;
    expect([answer.items.length, answer.more]).toEqual([1, true]);
    const all = (await (await search({ name: 'Søren', limit: '2', purpose: 'case-follow-up' })).json()) as SearchAnswer;
    expect([all.items.length, all.more]).toEqual([2, false]);
  });

  it('refuses those outside the Monday group and the coordination team (403), and logs nothing for them', async () => {
    const before = await count('SELECT (SELECT count(*) FROM access_log) + (SELECT count(*) FROM person_search_log) AS count');
    const networkMember = await testToken({ roles: [Role.school], groups: ['netvaerk-nord'], subject: 'skole-1' });
    const consultantElsewhere = await testToken({ roles: [Role.sspConsultant], groups: ['netvaerk-nord'], subject: 'konsulent-2' });
    for (const token of [networkMember, consultantElsewhere]) {
      const response = await search({ name: 'Søren', purpose: 'case-follow-up' }, token);
      expect(response.status).toBe(403);
      expect(JSON.stringify(await response.json())).not.toContain('Søren Emil');
    }
    expect(await count('SELECT (SELECT count(*) FROM access_log) + (SELECT count(*) FROM person_search_log) AS count')).toBe(before);
  });

  it('refuses a search with no criterion, a bad CPR number or date, or no purpose: 400 with a code and Danish text', async () => {
    const refusals: [Record<string, string>, string][] = [
      [{ purpose: 'case-follow-up' }, 'search-criterion-missing'],
      [{ cpr: '1505124', purpose: 'case-follow-up' }, 'search-cpr-invalid'],
      [{ birthDate: '15-05-2012', purpose: 'case-follow-up' }, 'search-birth-date-invalid'],
      [{ cpr: '1505124001', name: 'Søren', purpose: 'case-follow-up' }, 'search-criteria-combined'],
      [{ name: 'Søren' }, 'search-purpose-missing'],
      [{ name: 'Søren', purpose: 'nysgerrighed' }, 'search-purpose-missing'],
      [{ name: 'Søren', limit: '51', purpose: 'case-follow-up' }, 'search-limit-out-of-range'],
    ];
    for (const [parameters, code] of refusals) {
      const response = await search(parameters);
      const body = (await response.json()) as { code: string; message: string };
      expect([parameters, response.status, body.code]).toEqual([parameters, 400, code]);
      expect(body.message).toMatch(/[æøå]|Angiv|skal/);
      expect(JSON.stringify(body)).not.toContain('1505124');
    }
    const repeated = await fetch(`${cases.url}/persons?name=S%C3%B8ren&name=Anna&purpose=case-follow-up`, { headers: { authorization: `Bearer ${consultant}` } });
    expect([repeated.status, await repeated.json()]).toEqual([400, { statusCode: 400, error: 'Bad Request', ...searchRefusal('search-parameter-repeated') }]);
  });

  it('keeps names and CPR numbers out of every table but the encrypted identities', async () => {
    const needles = Object.values(PEOPLE).flatMap((person) => [person.name, ...person.name.split(/[ -]/), ...(person.cpr ? [person.cpr, person.cpr.replace('-', '')] : [])]);
    const withFolded = [...needles, 'soeren', 'aagaard', 'oeberg', 'aase', 'baek'];
    const tables = await query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'person_identity'");
    expect(tables.map((table) => table.table_name)).toEqual(expect.arrayContaining(['person_search_term', 'person_search_log', 'access_log']));
    const contents = JSON.stringify(await Promise.all(tables.map(({ table_name }) => query(`SELECT * FROM "${table_name}"`)))).toLowerCase();
    expect(withFolded.filter((needle) => contents.includes(needle.toLowerCase()))).toEqual([]);
    expect(await count('SELECT count(*) FROM person_search_term')).toBeGreaterThan(12);
  });

  it('indexes the identities of a database from before person search behind the started service, refusing searches (503) until it is done', async () => {
    await query('DELETE FROM person_search_term');
    expect(await found({ name: 'Søren' })).toEqual([]);
    await cases.close();
    // The indexer pairs under this lock: held here, indexing cannot finish until it is let go.
    const holder = new Client({ connectionString: environments[1].database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1)', [PAIRING_LOCK]);
      cases = await startCases();
      expect((await fetch(`${cases.url}/health/ready`)).status).toBe(200);
      const refused = await search({ name: 'Søren', purpose: 'case-follow-up' });
      expect([refused.status, await refused.json()]).toEqual([503, expect.objectContaining(SEARCH_INDEX_BUILDING)]);
      await holder.query('COMMIT');
    } finally {
      await holder.end();
    }
    await waitFor('the index to be complete', async () => (await search({ name: 'Søren', purpose: 'case-follow-up' })).status, (status) => status === 200);
    expect(await found({ name: 'Søren' })).toEqual([PEOPLE.soeren.name, PEOPLE.soerenJensen.name].sort());
    expect(await found({ cpr: '020310-4003' })).toEqual([PEOPLE.soerenJensen.name]);
  });

  it('refuses to start with another SEARCH_INDEX_KEY than the index was made with, by its check value or, without one, by the index itself', async () => {
    const refusal = (env: Record<string, string>) =>
      startCases(env).then(
        (started) => started.close().then(() => null),
        (error: unknown) => error as Error,
      );
    // Through a connection of its own: the service is down in between.
    const database = (sql: string) => queryDatabase<{ count: string }>(environments[1].database.url, sql);
    const searchKeyChecks = async () => Number((await database("SELECT count(*) FROM key_check WHERE purpose = 'SEARCH_INDEX_KEY'"))[0].count);
    await cases.close();
    expect((await refusal({ SEARCH_INDEX_KEY: randomBytes(32).toString('base64') }))?.message).toBe("SEARCH_INDEX_KEY is not the key this database's search index was made with");
    await database("DELETE FROM key_check WHERE purpose = 'SEARCH_INDEX_KEY'");
    expect((await refusal({ SEARCH_INDEX_KEY: randomBytes(32).toString('base64') }))?.message).toBe("SEARCH_INDEX_KEY is not the key this database's search index was made with");
    expect(await searchKeyChecks()).toBe(0);
    cases = await startCases();
    expect(await searchKeyChecks()).toBe(1);
    expect(await found({ name: 'Mads' })).toEqual([PEOPLE.mads.name]);
  });

  it('no longer finds an erased person, and their terms are gone with their identity', async () => {
    const erased = await cases.app.get(RetentionService).eraseExpired(new Date('2029-01-01T00:00:00Z'));
    expect(erased.sort()).toEqual(Object.values(pseudonymOf).sort());
    expect(await count('SELECT count(*) FROM person_search_term')).toBe(0);
    expect(await found({ name: 'Søren' })).toEqual([]);
    expect(await found({ cpr: '150512-4001' })).toEqual([]);
    expect(await found({ birthDate: '2012-05-15' })).toEqual([]);
  });
});
