import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, PAGE_REFUSALS, Role } from '@ssp/platform';
import { newTopicNamespace, serviceTestEnvironment, startTestService, TEST_TODAY, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { Client } from 'pg';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { PERSON_INCIDENTS_MAX } from '../apps/case-coordination/src/persons/persons.controller';
import { AGENDA_FILTER_REFUSALS, AGENDA_NESTED_MAX } from '../apps/case-coordination/src/agenda/agenda.dto';
import { ReviewFlagRepository } from '../apps/case-coordination/src/persons/review-flag.repository';
import { historyPseudonym, loadAgendaHistory } from './fixtures/agenda-history.fixture';

/*
 * Issue 18, finding 6: the Monday agenda listed every flagged person in one answer (9,900 after
 * a history load) and wrote an access-log row per person per read. The agenda is now paged
 * (docs/paging.md), with each person's incidents and interventions capped; so are a person's
 * access log, notes and decisions, and the incidents on a person's page.
 *
 * Negative controls: with `>` instead of `<` on the priority in the repository's keyset
 * condition the first test visited persons more than once (51 distinct of 122 visited);
 * recording the access log with one INSERT per person made the statement count 57, not 2;
 * `>=` instead of `>` in the notes' keyset condition showed a note twice; `>=` instead of `>` in
 * the merge history's (person-merge.repository.ts) showed the last step of each page again.
 */

interface AgendaItem {
  personPseudonym: string;
  priority: number;
  person: { name: string | null };
  newIncidents: { incidentDate: string; journalNumber: string; linkedPersons: { personPseudonym: string; role: string; roleText: string }[]; moreLinkedPersons: boolean }[];
  moreNewIncidents: number;
}
interface AgendaPage {
  meetingDate: string;
  items: AgendaItem[];
  next: string | null;
}

const PERSONS = 130;
const INCIDENTS_PER_PERSON = AGENDA_NESTED_MAX + 3;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The domain's order (buildAgenda): priority, newest new incident, pseudonym, each descending. */
const newestOf = (item: AgendaItem) => item.newIncidents[0]?.incidentDate ?? '';

function inAgendaOrder(a: AgendaItem, b: AgendaItem): number {
  return b.priority - a.priority || compareText(newestOf(b), newestOf(a)) || compareText(b.personPseudonym, a.personPseudonym);
}

function newestFirst(a: AgendaItem, b: AgendaItem): number {
  return compareText(newestOf(b), newestOf(a)) || b.priority - a.priority || compareText(b.personPseudonym, a.personPseudonym);
}

describe("case coordination's lists, a page at a time", () => {
  let environment: ServiceTestEnvironment;
  let cases: RunningService;
  let consultant: string;
  // Added between two pages by the first test: one more urgent than any, one less.
  const ahead = historyPseudonym('foran-', 1);
  const behind = historyPseudonym('bagved-', 1);

  const get = (path: string) => fetch(`${cases.url}${path}`, { headers: { authorization: `Bearer ${consultant}` } });
  const page = async (query: string): Promise<AgendaPage> => {
    const response = await get(`/meetings/next/agenda?from=${TEST_TODAY}${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as AgendaPage;
  };

  /** A flagged person with one new incident on `incidentDate` in police case `journal`, priority `priority`. */
  async function addFlagged(pseudonym: string, priority: number, incidentDate: string, journal = 'J-sent'): Promise<void> {
    await cases.dataSource.transaction(async (tx) => {
      await tx.query("INSERT INTO person (pseudonym, pseudonym_strength, last_incident_date) VALUES ($1, 'strong', $2)", [pseudonym, incidentDate]);
      await tx.query(
        `INSERT INTO review_flag (person_pseudonym, priority, reasons, flagged_at)
         VALUES ($1, $2, jsonb_build_array(jsonb_build_object('code', 'suspect-or-charged', 'weight', $2::int, 'text', 'Mistænkt eller sigtet')), now())`,
        [pseudonym, priority],
      );
      await tx.query(
        `INSERT INTO person_incident (incident_id, person_pseudonym, list_id, journal_number, role, incident_date, offence_category, age_at_incident, area_id)
         VALUES (gen_random_uuid(), $1, gen_random_uuid(), $3, 'suspect', $2, 'tyveri', 14, 'nord')`,
        [pseudonym, incidentDate, journal],
      );
      await new ReviewFlagRepository(tx).refreshNewestIncidents([pseudonym]);
    });
  }

  beforeAll(async () => {
    environment = await serviceTestEnvironment('case-coordination', newTopicNamespace());
    cases = await startTestService(CASE_COORDINATION, { ...environment.env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-sider' });
    await loadAgendaHistory(cases.dataSource, { prefix: 'side-', persons: PERSONS, incidentsPerPerson: INCIDENTS_PER_PERSON, day: TEST_TODAY });
  });

  afterAll(async () => {
    await cases?.close();
    await environment?.database.drop();
  });

  it(`answers ${PAGE_LIMIT_DEFAULT} persons unless asked for fewer, and following next visits every person once, most urgent first, while persons are added between pages`, async () => {
    const first = await page('');
    expect(first.items).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.next).toEqual(expect.any(String));

    // Between pages: one person more urgent than any (before the cursor, so on no later page)
    // and one less urgent than any (after it, so on a later page); neither shifts the others.
    await addFlagged(ahead, 99, TEST_TODAY);
    await addFlagged(behind, 1, '2020-01-01');

    const visited = [...first.items];
    const sizes = [first.items.length];
    for (let next = first.next; next !== null; ) {
      const following = await page(`&limit=40&after=${next}`);
      expect(following.meetingDate).toBe(first.meetingDate);
      sizes.push(following.items.length);
      visited.push(...following.items);
      next = following.next;
    }
    const pseudonyms = visited.map((item) => item.personPseudonym);
    expect(new Set(pseudonyms).size).toBe(pseudonyms.length);
    expect(new Set(pseudonyms)).toEqual(new Set([...Array.from({ length: PERSONS }, (_, index) => historyPseudonym('side-', index + 1)), behind]));
    expect(pseudonyms).not.toContain(ahead);
    expect(pseudonyms[pseudonyms.length - 1]).toBe(behind);
    expect(sizes).toEqual([50, 40, 40, 1]);
    expect(visited).toEqual([...visited].sort(inAgendaOrder));
    // The new page one starts with the person added ahead.
    expect((await page('&limit=1')).items.map((item) => item.personPseudonym)).toEqual([ahead]);
  });

  it('sorted newest first, following next visits every person once in that order, along its own index', async () => {
    const visited: AgendaItem[] = [];
    for (let next: string | null = ''; next !== null; ) {
      const following: AgendaPage = await page(`&sort=newest&limit=40${next ? `&after=${next}` : ''}`);
      visited.push(...following.items);
      next = following.next;
    }
    expect(visited.map((item) => item.personPseudonym).sort()).toEqual((await page(`&limit=${PAGE_LIMIT_MAX}`)).items.map((item) => item.personPseudonym).sort());
    expect(visited).toEqual([...visited].sort(newestFirst));
    expect([visited[0].personPseudonym, visited.at(-1)?.personPseudonym]).toEqual([ahead, behind]);
    // The order is one range of its index: read along it, with no sort step (the table is too small for the planner to prefer it unasked).
    const plan = await cases.dataSource.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      const rows = (await tx.query(
        'EXPLAIN SELECT person_pseudonym FROM review_flag ORDER BY newest_incident_date DESC, priority DESC, person_pseudonym COLLATE "C" DESC LIMIT 40',
      )) as { 'QUERY PLAN': string }[];
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index (Only )?Scan Backward using review_flag_newest_order/);
    expect(plan).not.toContain('Sort');
  });

  it('refuses an order it does not know with 400, a code and a Danish message', async () => {
    const response = await get(`/meetings/next/agenda?from=${TEST_TODAY}&sort=name`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ statusCode: 400, error: 'Bad Request', ...AGENDA_FILTER_REFUSALS.sort });
  });

  it(`shows a person's ${AGENDA_NESTED_MAX} newest new incidents and counts the others`, async () => {
    const { items } = await page('&limit=5');
    expect(items[0].personPseudonym).toBe(ahead);
    for (const item of items.slice(1)) {
      expect(item.newIncidents).toHaveLength(AGENDA_NESTED_MAX);
      expect(item.moreNewIncidents).toBe(INCIDENTS_PER_PERSON - AGENDA_NESTED_MAX);
      const dates = item.newIncidents.map((incident) => incident.incidentDate);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it.each([
    ['a limit above the maximum', `&limit=${PAGE_LIMIT_MAX + 1}`, PAGE_REFUSALS.limit],
    ['a limit of 0', '&limit=0', PAGE_REFUSALS.limit],
    ['a limit that is no number', '&limit=alle', PAGE_REFUSALS.limit],
    ['a cursor that is not base64url', '&after=ikke%20en%20mark%C3%B8r', PAGE_REFUSALS.cursor],
    ['a cursor of another shape', `&after=${Buffer.from(JSON.stringify(['x', 1])).toString('base64url')}`, PAGE_REFUSALS.cursor],
    ['a cursor whose date is no day', `&after=${Buffer.from(JSON.stringify([3, '2026-02-30', 'a'.repeat(64)])).toString('base64url')}`, PAGE_REFUSALS.cursor],
    ['a cursor whose priority overflows', `&after=${Buffer.from(JSON.stringify([2 ** 40, '', 'a'.repeat(64)])).toString('base64url')}`, PAGE_REFUSALS.cursor],
  ])('refuses %s with 400, a code and a Danish message, and logs no read', async (_case, query, refusal) => {
    const logged = async () => Number(((await cases.dataSource.query('SELECT count(*) AS n FROM access_log')) as { n: string }[])[0].n);
    const before = await logged();
    const response = await get(`/meetings/next/agenda?from=${TEST_TODAY}${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ statusCode: 400, error: 'Bad Request', ...refusal });
    expect(await logged()).toBe(before);
  });

  it('answers the largest page allowed', async () => {
    expect((await page(`&limit=${PAGE_LIMIT_MAX}`)).items.length).toBe(PERSONS + 2);
  });

  it('writes exactly the persons of the page to the access log, in one statement', async () => {
    const before = Number(((await cases.dataSource.query('SELECT coalesce(max(id), 0) AS id FROM access_log')) as { id: string }[])[0].id);
    // Every statement the service sends goes through a pg client's query(), prepared ones (queryPrepared) too.
    const statements = jest.spyOn(Client.prototype, 'query') as unknown as jest.SpyInstance<unknown, [string | { text: string }]>;
    let shown: AgendaPage;
    let sent: string[];
    try {
      shown = await page('&limit=50&after=' + (await page('&limit=7')).next);
      sent = statements.mock.calls.map(([sql]) => (typeof sql === 'string' ? sql : sql.text));
    } finally {
      statements.mockRestore();
    }
    const inserts = sent.filter((sql) => /insert\s+into\s+access_log/i.test(sql));
    // Two reads (the page of 7 and the page of 50): one statement each.
    expect(inserts).toHaveLength(2);
    const rows = (await cases.dataSource.query('SELECT person_pseudonym, actor, action, purpose FROM access_log WHERE id > $1 ORDER BY id', [before])) as {
      person_pseudonym: string;
      actor: string;
      action: string;
      purpose: string;
    }[];
    expect(rows).toHaveLength(7 + 50);
    const ofSecondRead = rows.slice(7);
    expect(new Set(ofSecondRead.map((row) => row.person_pseudonym))).toEqual(new Set(shown.items.map((item) => item.personPseudonym)));
    expect(new Set(ofSecondRead.map((row) => `${row.actor} ${row.action} ${row.purpose}`))).toEqual(new Set(['konsulent-sider agenda monday-group-meeting']));
  });

  it('prints the same page and links to the next', async () => {
    const json = await page('&limit=3');
    const html = await (await get(`/meetings/next/agenda.html?from=${TEST_TODAY}&limit=3`)).text();
    const headings = (text: string) => [...text.matchAll(/<h2>([^<]*) <small>/g)].map((match) => match[1]);
    expect(headings(html)).toEqual(json.items.map((item) => item.person.name ?? 'Ukendt identitet'));
    const link = /<a href="agenda\.html\?([^"]+)">Næste side af dagsordenen<\/a>/.exec(html);
    expect(link).not.toBeNull();
    const nextHtml = await (await get(`/meetings/next/agenda.html?${link![1].replace(/&#38;/g, '&')}`)).text();
    const second = await page(`&limit=3&after=${json.next}`);
    expect(headings(nextHtml)).toEqual(second.items.map((item) => item.person.name ?? 'Ukendt identitet'));
    expect(nextHtml).toContain('… og 3 nye hændelser mere.');
  });

  it('links the persons of one police case by its journal number, at most 10 beside each incident', async () => {
    // `ahead` and `behind` were both added on journal J-sent by the first test.
    const [first] = (await page('&limit=1')).items;
    expect(first.personPseudonym).toBe(ahead);
    expect(first.newIncidents[0].linkedPersons).toEqual([{ personPseudonym: behind, role: 'suspect', roleText: 'mistænkt' }]);
    expect(first.newIncidents[0].moreLinkedPersons).toBe(false);
    const crowd = Array.from({ length: 12 }, (_, index) => historyPseudonym('flok-', index + 1));
    for (const pseudonym of crowd) await addFlagged(pseudonym, 98, TEST_TODAY, 'J-flok');
    const [leader] = (await page('&limit=2&priority=98')).items.filter((item) => crowd.includes(item.personPseudonym));
    const linked = leader.newIncidents[0].linkedPersons.map((other) => other.personPseudonym);
    expect(linked).toHaveLength(10);
    expect(linked).toEqual([...linked].sort());
    expect(linked).not.toContain(leader.personPseudonym);
    expect(leader.newIncidents[0].moreLinkedPersons).toBe(true);
    await cases.dataSource.query('DELETE FROM review_flag WHERE person_pseudonym = ANY($1)', [crowd]);
  });

  describe('filters', () => {
    /** Every item of the filtered agenda, following next. */
    async function filtered(query: string): Promise<AgendaItem[]> {
      const items: AgendaItem[] = [];
      let next: string | null = null;
      do {
        const shown: AgendaPage = await page(`${query}&limit=40${next ? `&after=${next}` : ''}`);
        items.push(...shown.items);
        next = shown.next;
      } while (next !== null);
      return items;
    }
    const flagged = async (where: string) =>
      ((await cases.dataSource.query(`SELECT person_pseudonym::text AS p FROM review_flag WHERE ${where}`)) as { p: string }[]).map((row) => row.p).sort();

    it('by priority: exactly the persons of at least that priority, in order', async () => {
      const items = await filtered('&priority=8');
      expect(items.map((item) => item.personPseudonym).sort()).toEqual(await flagged('priority >= 8'));
      expect(items.length).toBeGreaterThan(0);
      expect(items).toEqual([...items].sort(inAgendaOrder));
    });

    it('by reason and area: those who have it, and no one when no one has it', async () => {
      expect((await filtered('&reason=suspect-or-charged')).length).toBe((await flagged('TRUE')).length);
      expect(await filtered('&reason=victim')).toEqual([]);
      expect((await filtered('&area=nord')).length).toBe((await flagged('TRUE')).length);
      expect(await filtered('&area=syd&reason=suspect-or-charged')).toEqual([]);
    });

    it('only new: leaves out a person kept on the agenda without new incidents', async () => {
      const kept = historyPseudonym('opfoelgning-', 1);
      await addFlagged(kept, 5, TEST_TODAY);
      await cases.dataSource.query('UPDATE person_incident SET reviewed_at = now() WHERE person_pseudonym = $1', [kept]);
      await cases.dataSource.transaction((tx) => new ReviewFlagRepository(tx).refreshNewestIncidents([kept]));
      expect((await filtered('')).map((item) => item.personPseudonym)).toContain(kept);
      const onlyNew = (await filtered('&onlyNew=true')).map((item) => item.personPseudonym);
      expect(onlyNew).not.toContain(kept);
      expect(onlyNew.length).toBe((await flagged("newest_incident_date > '-infinity'")).length);
    });

    it.each([
      ['a priority that is no whole number', '&priority=høj', AGENDA_FILTER_REFUSALS.priority],
      ['a reason it does not know', '&reason=charged', AGENDA_FILTER_REFUSALS.reason],
      ['an area that is no area id', '&area=Randers%20C', AGENDA_FILTER_REFUSALS.area],
      ['onlyNew that is not true or false', '&onlyNew=ja', AGENDA_FILTER_REFUSALS.onlyNew],
      ['a from that is no day', '&from=2026-02-30', AGENDA_FILTER_REFUSALS.from],
    ])('refuses %s with 400, a code and a Danish message', async (_case, query, refusal) => {
      const response = await get(`/meetings/next/agenda?limit=5${query}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ statusCode: 400, error: 'Bad Request', ...refusal });
    });

    it('keeps the filters on the printed page\'s link to the next', async () => {
      const html = await (await get(`/meetings/next/agenda.html?from=${TEST_TODAY}&limit=2&priority=3&area=nord`)).text();
      const link = /<a href="agenda\.html\?([^"]+)">/.exec(html);
      expect(Object.fromEntries(new URLSearchParams(link![1].replace(/&#38;/g, '&')))).toEqual({ from: TEST_TODAY, limit: '2', priority: '3', area: 'nord', after: expect.any(String) });
    });
  });

  describe("a person's records", () => {
    const long = historyPseudonym('lang-', 1);

    /** Every page of `path` (limit 2), following next. */
    async function allPages<T>(path: string, between: () => Promise<void> = async () => undefined): Promise<{ items: T[]; sizes: number[] }> {
      const items: T[] = [];
      const sizes: number[] = [];
      let after: string | null = null;
      do {
        const response = await get(`${path}${path.includes('?') ? '&' : '?'}limit=2${after ? `&after=${after}` : ''}`);
        expect(response.status).toBe(200);
        const body = (await response.json()) as { items: T[]; next: string | null };
        items.push(...body.items);
        sizes.push(body.items.length);
        after = body.next;
        if (after !== null) await between();
      } while (after !== null);
      return { items, sizes };
    }

    beforeAll(async () => {
      await loadAgendaHistory(cases.dataSource, { prefix: 'lang-', persons: 1, incidentsPerPerson: PERSON_INCIDENTS_MAX + 7, day: TEST_TODAY });
    });

    it(`shows a person's ${PERSON_INCIDENTS_MAX} newest incidents and counts the others`, async () => {
      const response = await get(`/persons/${long}?purpose=case-follow-up`);
      expect(response.status).toBe(200);
      const person = (await response.json()) as { incidents: { incidentDate: string }[]; moreIncidents: number };
      expect(person.incidents).toHaveLength(PERSON_INCIDENTS_MAX);
      expect(person.moreIncidents).toBe(7);
      const dates = person.incidents.map((incident) => incident.incidentDate);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('pages the access log oldest first, each entry once, while reads add entries between pages, and pages the CSV by its Link header', async () => {
      for (let read = 0; read < 4; read++) expect((await get(`/persons/${long}?purpose=case-follow-up`)).status).toBe(200);
      const logged = async () => Number(((await cases.dataSource.query('SELECT count(*) AS n FROM access_log WHERE person_pseudonym = $1', [long])) as { n: string }[])[0].n);
      const before = await logged();
      // A read of the person between two pages adds an entry the later pages must show.
      const { items, sizes } = await allPages<{ accessedAt: string; action: string }>(`/persons/${long}/access-log`, async () => {
        expect((await get(`/persons/${long}?purpose=case-follow-up`)).status).toBe(200);
      });
      expect(sizes.every((size) => size <= 2)).toBe(true);
      expect(items.length).toBe(await logged());
      expect(items.length).toBeGreaterThan(before);
      const times = items.map((entry) => entry.accessedAt);
      expect(times).toEqual([...times].sort());

      const csv = await get(`/persons/${long}/access-log?format=csv&limit=2`);
      const link = csv.headers.get('link');
      expect(link).toMatch(/^<\?format=csv&limit=2&after=[A-Za-z0-9_-]+>; rel="next"$/);
      expect((await csv.text()).trim().split('\r\n')).toHaveLength(3);
      expect((await get(`/persons/${long}/access-log?limit=${PAGE_LIMIT_MAX + 1}`)).status).toBe(400);
    });

    it("pages a person's notes oldest first, each once, while notes are written between pages", async () => {
      const family = await testToken({ roles: [Role.familyDepartment], groups: ['mandagsgruppen'], subject: 'familie-sider', name: 'Fie Familie' });
      const write = async (text: string) => {
        const response = await fetch(`${cases.url}/persons/${long}/notes`, {
          method: 'POST',
          headers: { authorization: `Bearer ${family}`, 'content-type': 'application/json' },
          body: JSON.stringify({ body: 'familieafdelingen', legalBasis: 'SSP', necessity: 'Nødvendigt for at forebygge kriminalitet.', text }),
        });
        expect(response.status).toBe(201);
      };
      for (const text of ['Note 1', 'Note 2', 'Note 3', 'Note 4', 'Note 5']) await write(text);
      let added = 0;
      const { items, sizes } = await allPages<{ text: string }>(`/persons/${long}/notes?purpose=case-follow-up`, async () => {
        if (added < 2) await write(`Ny note ${++added}`);
      });
      expect(items.map((note) => note.text)).toEqual(['Note 1', 'Note 2', 'Note 3', 'Note 4', 'Note 5', 'Ny note 1', 'Ny note 2']);
      expect(sizes).toEqual([2, 2, 2, 1]);
    });

    it('refuses a cursor that is not an id of the list, for notes and decisions alike (400, not a failed query)', async () => {
      const crafted = Buffer.from(JSON.stringify(["x' OR 1=1"])).toString('base64url');
      for (const list of ['notes', 'decisions']) {
        const response = await get(`/persons/${long}/${list}?purpose=case-follow-up&after=${crafted}`);
        expect([list, response.status, ((await response.json()) as { code: string }).code]).toEqual([list, 400, 'page-cursor-unreadable']);
      }
    });

    it("pages a person's merge history oldest first, each step once, while a merge is made between pages", async () => {
      await loadAgendaHistory(cases.dataSource, { prefix: 'flet-', persons: 4, incidentsPerPerson: 1, day: TEST_TODAY });
      const [kept, ...others] = [1, 2, 3, 4].map((n) => historyPseudonym('flet-', n));
      const step = async (pseudonym: string, action: 'merge' | 'unmerge') => {
        const response = await fetch(`${cases.url}/persons/${pseudonym}/${action}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${consultant}`, 'content-type': 'application/json' },
          body: action === 'merge' ? JSON.stringify({ into: kept }) : undefined,
        });
        expect(response.status).toBe(204);
      };
      for (const other of others) {
        await step(other, 'merge');
        await step(other, 'unmerge');
      }
      let again = false;
      const { items, sizes } = await allPages<{ merged: string; into: string; unmergedAt: string | null }>(`/persons/${kept}/merges`, async () => {
        if (!again) await step(others[0], 'merge');
        again = true;
      });
      expect(items.map((merge) => [merge.merged, merge.into, merge.unmergedAt === null])).toEqual([
        ...others.map((other) => [other, kept, false]),
        [others[0], kept, true],
      ]);
      expect(sizes).toEqual([2, 2]);
      const refused = (await (await get(`/persons/${kept}/merges?limit=${PAGE_LIMIT_MAX + 1}`)).json()) as { code: string };
      expect(refused.code).toBe(PAGE_REFUSALS.limit.code);
    });
  });
});
