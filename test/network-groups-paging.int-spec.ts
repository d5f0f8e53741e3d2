import { Role } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import { newTopicNamespace, serviceTestEnvironment, startTestService, TEST_TODAY, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';

/*
 * The list routes of network groups on the paging convention (docs/paging.md), over HTTP
 * against the real database: pages of two visit every row once and in the list's order while
 * a row is added between pages (a row that sorts after the cursor is met on a later page, one
 * that sorts before it on none), and a page above the maximum is refused with its code. And
 * the .ics feed, which is bounded by a window of time rather than paged.
 *
 * Negative controls: `<=` instead of `<` in the messages' keyset condition
 * (messages.repository.ts) and `>=` instead of `>` in the people's (people.repository.ts)
 * made those two walks meet the last row of each page again (3 and 4 ids too many); without
 * the window's end in the feed's query (calendar-feeds.repository.ts) "Om halvandet år" was
 * in the feed.
 */

const NV = 'netvaerk-randers-nv';
const TODAY = TEST_TODAY;

interface Page<T> {
  items: T[];
  next: string | null;
}

describe('the list routes of network groups, a page at a time', () => {
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let secretariat: string;
  let member: string;
  let serial = 0;

  async function call<T = unknown>(token: string | undefined, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T };
  }

  async function created<T>(token: string, path: string, body: unknown): Promise<T> {
    const answer = await call<T>(token, 'POST', path, body);
    expect(answer.status).toBe(201);
    return answer.body;
  }

  /** Every page of `path` at `limit` rows, the ids in the order met; `between` runs once, after the first page. */
  async function walk(token: string, path: string, idOf: (row: Record<string, unknown>) => string, between: () => Promise<unknown> = async () => undefined, limit = 2): Promise<string[]> {
    const ids: string[] = [];
    const join = path.includes('?') ? '&' : '?';
    for (let after: string | null = null, pages = 0; pages === 0 || after !== null; pages++) {
      if (pages > 50) throw new Error(`${path}: more than 50 pages`);
      const page: { status: number; body: Page<Record<string, unknown>> } = await call<Page<Record<string, unknown>>>(token, 'GET', `${path}${join}limit=${limit}${after ? `&after=${after}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(limit);
      ids.push(...page.body.items.map(idOf));
      after = page.body.next;
      if (pages === 0) await between();
    }
    return ids;
  }

  /** The whole list in one page, as the order to check the walk against. */
  async function whole(token: string, path: string, idOf: (row: Record<string, unknown>) => string): Promise<string[]> {
    const page = await call<Page<Record<string, unknown>>>(token, 'GET', `${path}${path.includes('?') ? '&' : '?'}limit=200`);
    expect([page.status, page.body.next]).toEqual([200, null]);
    return page.body.items.map(idOf);
  }

  const byId = (row: Record<string, unknown>) => row.id as string;

  async function seat(bodyId: string, personName: string, organisation = 'Vestervangskolen'): Promise<{ id: string; personId: string }> {
    serial += 1;
    return created(secretariat, `/bodies/${bodyId}/members`, {
      personName,
      email: `person-${serial}@randers.example`,
      organisation,
      role: 'member',
      validFrom: addDays(TODAY, -10),
    });
  }

  beforeAll(async () => {
    environment = await serviceTestEnvironment('network-groups', newTopicNamespace());
    service = await startTestService(NETWORK_GROUPS, environment.env);
    secretariat = await testToken({ roles: [Role.secretariat], groups: [], subject: 'sekretariat-paging' });
    member = await testToken({ roles: [Role.networkGroupMember], groups: [NV], subject: 'medlem-paging' });
    for (const name of ['Anna Ahl', 'Bo Bech', 'Carl Cold', 'Dorte Dahl', 'Erik Eng']) await seat(NV, name);
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('pages the bodies by level and id, each once', async () => {
    const walked = await walk(member, '/bodies', byId);
    expect(walked).toEqual(await whole(member, '/bodies', byId));
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked.length).toBeGreaterThan(4);
  });

  it("pages a body's members by name, each once, while one who sorts last joins between pages", async () => {
    const walked = await walk(member, `/bodies/${NV}/members`, byId, () => seat(NV, 'Ørnulf Østergaard'));
    const members = await whole(member, `/bodies/${NV}/members`, byId);
    expect(walked).toEqual(members);
    const names = (await call<Page<{ personName: string }>>(member, 'GET', `/bodies/${NV}/members?limit=200`)).body.items.map((row) => row.personName);
    expect(names).toEqual(['Anna Ahl', 'Bo Bech', 'Carl Cold', 'Dorte Dahl', 'Erik Eng', 'Ørnulf Østergaard']);
  });

  it('pages the people by name in any case, each once, while one who sorts first joins between pages (met on no later page)', async () => {
    const before = await whole(secretariat, '/people', byId);
    let newcomer = '';
    const walked = await walk(secretariat, '/people', byId, async () => (newcomer = (await seat('mandagsgruppen', 'abel Adler')).personId));
    expect(walked).toEqual(before);
    expect(await whole(secretariat, '/people', byId)).toEqual([newcomer, ...before]);
    // A member lists the people of their own bodies only, a page at a time too.
    const other = await seat('netvaerk-langaa', 'Lis Langå');
    const seenByMember = await walk(member, '/people', byId);
    expect(seenByMember).not.toContain(other.personId);
    expect(seenByMember).not.toContain(newcomer);
    expect(seenByMember.length).toBe(6);
  });

  it('pages the organisations by name in any case, each once, while one that sorts last is registered between pages', async () => {
    for (const name of ['Bydelsklubben', 'anholt skole', 'Cafe Ung']) await created(secretariat, '/organisations', { name, kind: 'club', selfGoverning: false });
    let last = '';
    const walked = await walk(member, '/organisations', byId, async () => (last = (await created<{ id: string }>(secretariat, '/organisations', { name: 'Zoneklubben', kind: 'club', selfGoverning: true })).id));
    expect(walked).toEqual(await whole(member, '/organisations', byId));
    expect(walked[walked.length - 1]).toBe(last);
    const names = (await call<Page<{ name: string }>>(member, 'GET', '/organisations?limit=200')).body.items.map((row) => row.name);
    expect(names).toEqual(['anholt skole', 'Bydelsklubben', 'Cafe Ung', 'Vestervangskolen', 'Zoneklubben']);
  });

  it("pages a body's schedules oldest first, each once, while one is added between pages", async () => {
    const schedule = (title: string) => ({ title, recurrence: 'weekly', intervalWeeks: 4, weekday: 3, startTime: '15:00', durationMinutes: 60, firstDay: addDays(TODAY, 7) });
    const first: string[] = [];
    for (const title of ['Plan 1', 'Plan 2', 'Plan 3']) first.push((await created<{ id: string }>(member, `/bodies/${NV}/schedules`, schedule(title))).id);
    let added = '';
    const walked = await walk(member, `/bodies/${NV}/schedules`, byId, async () => (added = (await created<{ id: string }>(member, `/bodies/${NV}/schedules`, schedule('Plan 4'))).id));
    expect(walked).toEqual([...first, added]);
  });

  it("pages the caller's calendar feeds oldest first, each once, while one is issued between pages", async () => {
    const issued: string[] = [];
    // A feed's created time is the service clock's: moved on a second each time, so none share one.
    for (let n = 0; n < 3; n++) {
      issued.push((await created<{ id: string }>(secretariat, `/bodies/${NV}/calendar-feed`, {})).id);
      service.clock.advance(1_000);
    }
    let added = '';
    const walked = await walk(secretariat, '/calendar-feeds', byId, async () => (added = (await created<{ id: string }>(secretariat, '/bodies/mandagsgruppen/calendar-feed', {})).id));
    expect(walked).toEqual([...issued, added]);
  });

  it("pages a body's messages newest first, each once, while one is written between pages (on the first page now, on no later page)", async () => {
    const [{ id: personId }] = (await service.dataSource.query("SELECT id FROM person WHERE name = 'Anna Ahl'")) as { id: string }[];
    await service.dataSource.query("UPDATE person SET subject = 'medlem-paging' WHERE id = $1", [personId]);
    const written: string[] = [];
    for (const text of ['Første', 'Anden', 'Tredje', 'Fjerde', 'Femte']) written.push((await created<{ id: string }>(member, `/bodies/${NV}/messages`, { text })).id);
    let added = '';
    const walked = await walk(member, `/bodies/${NV}/messages`, byId, async () => (added = (await created<{ id: string }>(member, `/bodies/${NV}/messages`, { text: 'Imellem' })).id));
    expect(walked).toEqual([...written].reverse());
    expect((await whole(member, `/bodies/${NV}/messages`, byId))[0]).toBe(added);
  });

  it('pages the initiatives newest first within a filter, each once, while one is planned between pages', async () => {
    const plan = async (title: string, bodyIds: string[]) => {
      const initiative = await created<{ id: string }>(secretariat, '/initiatives', { kind: 'course', title, bodyIds, areaIds: [] });
      service.clock.advance(1_000);
      return initiative;
    };
    const planned: string[] = [];
    for (const title of ['Kursus 1', 'Kursus 2', 'Kursus 3', 'Kursus 4']) planned.push((await plan(title, [NV])).id);
    await plan('Et andet sted', ['netvaerk-langaa']);
    let added = '';
    const walked = await walk(member, `/initiatives?bodyId=${NV}`, byId, async () => (added = (await plan('Imellem', [NV])).id));
    expect(walked).toEqual([...planned].reverse());
    expect(await whole(member, `/initiatives?bodyId=${NV}`, byId)).toEqual([added, ...[...planned].reverse()]);
  });

  it.each([
    '/bodies',
    `/bodies/${NV}/members`,
    '/people',
    '/organisations',
    `/bodies/${NV}/schedules`,
    '/calendar-feeds',
    `/bodies/${NV}/messages`,
    '/initiatives',
  ])('refuses %s above the page maximum and a cursor it did not give, with their codes', async (path) => {
    const tooMany = await call<{ code: string; message: string }>(secretariat, 'GET', `${path}?limit=201`);
    expect([tooMany.status, tooMany.body.code, tooMany.body.message]).toEqual([400, 'page-limit-out-of-range', 'limit skal være et helt tal fra 1 til 200. Hent resten side for side med next.']);
    const crafted = Buffer.from(JSON.stringify(["x' OR 1=1"])).toString('base64url');
    const unreadable = await call<{ code: string }>(secretariat, 'GET', `${path}?after=${crafted}`);
    expect([unreadable.status, unreadable.body.code]).toEqual([400, 'page-cursor-unreadable']);
  });

  it('shows in a body’s .ics feed the meetings from 90 days back to 365 days ahead, none outside', async () => {
    const meeting = async (title: string, days: number) => created(secretariat, `/bodies/netvaerk-langaa/meetings`, { title, day: addDays(TODAY, days), startTime: '16:00', durationMinutes: 60 });
    for (const [title, days] of [['For længst holdt', -92], ['Holdt i vinter', -88], ['Om elleve måneder', 360], ['Om halvandet år', 370]] as const) await meeting(title, days);
    const feed = await created<{ path: string }>(secretariat, '/bodies/netvaerk-langaa/calendar-feed', {});
    const text = (await call<string>(undefined, 'GET', feed.path)).body;
    const titles = [...text.matchAll(/^SUMMARY:(.*?) \(/gm)].map((match) => match[1]);
    expect(titles).toEqual(['Holdt i vinter', 'Om elleve måneder']);
  });
});
