import { createEnvelope, ServiceName, Topics, type AreaAlertRaisedV1, type EventEnvelope, type IncidentRecordedV2 } from '@ssp/contracts';
import { CPR_NUMBER_IN_TEXT, cprNumberInTextMessage, Role, type Refusal } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import { AreaAlertService } from '../apps/network-groups/src/area-signals/area-alert.service';
import { weekStartOf } from '../apps/network-groups/src/area-signals/iso-week';
import {
  areaIncidentEvent,
  KafkaProbe,
  newTopicNamespace,
  serviceTestEnvironment,
  startTestService,
  TEST_TODAY,
  testToken,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { AREA_SIGNAL_REFUSALS } from '../apps/network-groups/src/area-signals/area-signals.dto';
import { INITIATIVE_STATUS_REFUSED } from '../apps/network-groups/src/initiatives/initiative-status';
import { INITIATIVE_REFUSALS } from '../apps/network-groups/src/initiatives/initiatives.dto';
import { networkGroupIdOf } from '../apps/network-groups/src/bodies/ssp-structure';

/*
 * Area signals and initiatives in network groups, against the real broker and database:
 * incidents from the topic become anonymised weekly counts (a journal counted once however
 * many young people it has, however often it arrives), an alert is raised exactly when a week
 * crosses the threshold and never twice, counts below 5 are suppressed in the API, and
 * initiatives move through their statuses with one launch event.
 */
const AREA = 'randers-nv';
/** The week that crosses: eight quiet weeks of 2 incidents before it make the threshold 3 × 2 = 6. */
// Last week: an alert for a recent week goes on the network group's agenda (ALERT_FOLLOW_UP_WEEKS).
const WEEK = addDays(weekStartOf(TEST_TODAY), -7);
const QUIET_WEEKS = Array.from({ length: 8 }, (_, index) => addDays(WEEK, -7 * (8 - index)));

interface Incident {
  journal: string;
  date: string;
  category?: string;
  area?: string;
  person?: string;
}

function incidentEvent({ journal, date, category = 'violence', area = AREA, person = journal }: Incident): EventEnvelope<IncidentRecordedV2> {
  return areaIncidentEvent({ journal, date, category, areaId: area, person });
}

/** The same incidents published again, as new events: only the journal dedupe keeps them from counting twice. */
const republished = (events: EventEnvelope<IncidentRecordedV2>[]) => events.map((event) => createEnvelope(Topics.incidentRecorded, event.payload, { producer: event.producer }));

const journals = (prefix: string, count: number, date: string, rest: Omit<Incident, 'journal' | 'date'> = {}) =>
  Array.from({ length: count }, (_, index) => incidentEvent({ journal: `${prefix}-${index + 1}`, date, ...rest }));

/** How many messages a topic holds, from its offsets: much quicker than joining a group to read them. */
async function messagesOn(topic: string): Promise<number> {
  const admin = new Kafka({ clientId: 'signals-test', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((total, partition) => total + Number(partition.high) - Number(partition.low), 0);
  } finally {
    await admin.disconnect();
  }
}

interface WeeklyCount {
  weekStart: string;
  offenceCategory: string;
  count: number | null;
  suppressed: boolean;
}

describe('network groups: area signals, alerts and initiatives', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  const incidentTopic = `${namespace}${Topics.incidentRecorded.name}`;
  const alertTopic = `${namespace}${Topics.areaAlertRaised.name}`;
  const group = `${namespace}${ServiceName.networkGroups}`;
  const sent: EventEnvelope<IncidentRecordedV2>[] = [];
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let member: string;
  let secretariat: string;

  const query = async <T>(sql: string, parameters: unknown[] = []) => (await service.dataSource.query(sql, parameters)) as T[];
  const weekCount = async (area: string, category: string, weekStart: string) =>
    (await query<{ incidents: number }>('SELECT incidents FROM area_signal_week WHERE area_id = $1 AND offence_category = $2 AND week_start = $3', [area, category, weekStart]))[0]?.incidents ?? 0;
  const alertRows = () => query<{ area_id: string; offence_category: string; week_start: string; incidents: number }>(
    "SELECT area_id, offence_category, to_char(week_start, 'YYYY-MM-DD') AS week_start, incidents FROM area_alert ORDER BY area_id, week_start",
  );

  const outboxPublished = () => waitFor('the outbox to be published', async () => (await query<{ count: number }>('SELECT count(*)::int AS count FROM outbox_event'))[0].count, (left) => left === 0);

  /** Puts the events on the topic and waits until the service has consumed them and published what they caused. */
  async function publishAndSettle(events: EventEnvelope<IncidentRecordedV2>[]): Promise<void> {
    sent.push(...events);
    await probe.send(incidentTopic, events.map((event) => ({ key: event.payload.personPseudonym, value: JSON.stringify(event) })));
    await probe.waitForGroupToCatchUp(group, incidentTopic);
    await outboxPublished();
  }

  const call = async <T>(method: string, route: string, token: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${service.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  beforeAll(async () => {
    environment = await serviceTestEnvironment(ServiceName.networkGroups, namespace);
    service = await startTestService(NETWORK_GROUPS, environment.env);
    member = await testToken({ roles: [Role.networkGroupMember], groups: ['netvaerk-randers-nv'], areas: [AREA] });
    secretariat = await testToken({ roles: [Role.secretariat], groups: ['sekretariatet'], subject: 'sekretaer-1' });
    const seat = { personName: 'Nina Netværk', email: 'nina@randers.dk', organisation: 'Vorup Skole', role: 'member', validFrom: '2026-01-01' };
    expect((await call('POST', `/bodies/${networkGroupIdOf(AREA)}/members`, secretariat, seat)).status).toBe(201);
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  describe('area signals', () => {
    it('counts each journal once per area, category and ISO week, however many young people it has', async () => {
      // Two incidents in each quiet week, one on its Monday and one on its Sunday.
      await publishAndSettle(QUIET_WEEKS.flatMap((monday) => [incidentEvent({ journal: `Q-${monday}-1`, date: monday }), incidentEvent({ journal: `Q-${monday}-2`, date: addDays(monday, 6) })]));
      const stage = [
        ...journals('A', 4, addDays(WEEK, 2)),
        incidentEvent({ journal: 'A-5', date: addDays(WEEK, 4), person: 'first young person' }),
        incidentEvent({ journal: 'A-5', date: addDays(WEEK, 4), person: 'second young person' }),
        ...journals('T', 3, WEEK, { category: 'theft' }),
        ...journals('U', 6, WEEK, { area: 'unknown' }),
      ];
      await publishAndSettle(stage);
      expect(await Promise.all(QUIET_WEEKS.map((monday) => weekCount(AREA, 'violence', monday)))).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
      expect(await weekCount(AREA, 'violence', WEEK)).toBe(5);
      expect(await weekCount(AREA, 'theft', WEEK)).toBe(3);
      expect(await weekCount('unknown', 'violence', WEEK)).toBe(6);
    });

    it('raises no alert just below the threshold, nor for incidents without a local area', async () => {
      expect(await alertRows()).toEqual([]);
    });

    it('raises the alert exactly when the week reaches three times the trailing mean', async () => {
      await publishAndSettle([incidentEvent({ journal: 'A-6', date: addDays(WEEK, 5) })]);
      expect(await alertRows()).toEqual([{ area_id: AREA, offence_category: 'violence', week_start: WEEK, incidents: 6 }]);
      const alerts = await probe.readAll(alertTopic);
      expect(alerts).toHaveLength(1);
      expect(alerts[0].key).toBe(AREA);
      expect(JSON.parse(alerts[0].value ?? '{}')).toMatchObject({
        type: 'ssp.area.alert-raised',
        producer: ServiceName.networkGroups,
        payload: { areaId: AREA, offenceCategory: 'violence', weekStart: WEEK, count: 6, trailingMean: 2 },
      });
    });

    it("puts the alert on the agenda of the area's network group and tells its members, as an area alert", async () => {
      const [alert] = await query<{ id: string }>('SELECT id FROM area_alert');
      expect(await query("SELECT body_id, source_id, title FROM agenda_item WHERE source = 'area-alert'")).toEqual([
        { body_id: networkGroupIdOf(AREA), source_id: alert.id, title: `Vold: 6 hændelser i ugen fra ${WEEK}` },
      ]);
      expect(await query('SELECT n.kind, p.email FROM notification n JOIN person p ON p.id = n.person_id')).toEqual([{ kind: 'area-alert', email: 'nina@randers.dk' }]);
    });

    // After a restore to a time before the alert, the incidents are handled again and raise it
    // again: it must be the same alert and the same event, which consumers that had it skip.
    // The restore is played inside a transaction that is rolled back.
    it('raises the same alert with the same event id when it is raised again over a database that lost it', async () => {
      const [published] = await probe.readAll(alertTopic);
      const first = JSON.parse(published.value ?? '{}') as EventEnvelope<AreaAlertRaisedV1>;
      const runner = service.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query("DELETE FROM agenda_item WHERE source = 'area-alert'");
        await runner.query('DELETE FROM area_alert');
        const week = { areaId: AREA, offenceCategory: 'violence', weekStart: WEEK, count: 6, trailingMean: 2 };
        const again = await service.app.get(AreaAlertService).raiseAlert(runner.manager, week, first);
        expect(again?.alertId).toBe(first.payload.alertId);
        expect(await runner.query('SELECT event_id FROM outbox_event WHERE topic = $1', [Topics.areaAlertRaised.name])).toEqual([{ event_id: first.id }]);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('raises no second alert for more incidents in the same week, nor for incidents published again', async () => {
      await publishAndSettle(journals('B', 2, addDays(WEEK, 1)));
      await publishAndSettle(republished(sent));
      expect(await weekCount(AREA, 'violence', WEEK)).toBe(8);
      expect(await weekCount(AREA, 'theft', WEEK)).toBe(3);
      expect(await alertRows()).toHaveLength(1);
      expect(await messagesOn(alertTopic)).toBe(1);
    });

    it('raises an alert for a past week when late incidents push it over, once for each week', async () => {
      const later = '2026-02-16';
      const earlier = '2026-02-09';
      await publishAndSettle(journals('D', 5, later, { area: 'langaa', category: 'drugs' }));
      await publishAndSettle(journals('E', 5, addDays(earlier, 3), { area: 'langaa', category: 'drugs' }));
      expect((await alertRows()).filter((alert) => alert.area_id === 'langaa')).toEqual([
        { area_id: 'langaa', offence_category: 'drugs', week_start: earlier, incidents: 5 },
        { area_id: 'langaa', offence_category: 'drugs', week_start: later, incidents: 5 },
      ]);
      expect(await messagesOn(alertTopic)).toBe(3);
    });

    it('changes no count and raises no alert when every incident is replayed from offset 0', async () => {
      const snapshot = () => query("SELECT area_id, offence_category, to_char(week_start, 'YYYY-MM-DD') AS week, incidents FROM area_signal_week ORDER BY 1, 2, 3");
      const before = await snapshot();
      await service.close();
      await probe.rewindGroup(group, incidentTopic);
      service = await startTestService(NETWORK_GROUPS, environment.env);
      await probe.waitForGroupToCatchUp(group, incidentTopic);
      expect(await snapshot()).toEqual(before);
      expect(await alertRows()).toHaveLength(3);
      expect(await messagesOn(alertTopic)).toBe(3);
      // The two alerts for weeks in February were for weeks long past: stored and published, on no agenda.
      expect(await query("SELECT count(*)::int AS items FROM agenda_item WHERE source = 'area-alert'")).toEqual([{ items: 1 }]);
    });

    it('keeps nothing about the young people: no pseudonym, journal number or age', async () => {
      const columns = await query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name IN ('area_signal_incident', 'area_signal_week', 'area_alert')",
      );
      expect(columns.map((column) => column.column_name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/pseudonym|journal_number|age|cpr|name/)]));
      // Journal numbers only as a keyed digest: neither the number nor its plain SHA-256 can be found.
      const [stored] = await query<{ rows: number; plain: number }>(
        "SELECT count(*)::int AS rows, count(*) FILTER (WHERE journal_digest IN ('A-1'::bytea, sha256('A-1'::bytea)))::int AS plain FROM area_signal_incident",
      );
      expect(stored).toEqual({ rows: expect.any(Number), plain: 0 });
      expect(stored.rows).toBeGreaterThan(30);
    });

    it("shows a network group member its area's weeks with every count below 5 suppressed", async () => {
      const { status, body } = await call<{ from: string; to: string; counts: WeeklyCount[] }>('GET', `/areas/${AREA}/signals?from=${QUIET_WEEKS[6]}&to=${addDays(WEEK, 6)}`, member);
      expect(status).toBe(200);
      expect(body).toEqual({
        areaId: AREA,
        areaName: 'Randers NV',
        from: QUIET_WEEKS[6],
        to: WEEK,
        suppressedBelow: 5,
        counts: [
          { weekStart: QUIET_WEEKS[6], offenceCategory: 'violence', offenceCategoryText: 'Vold', count: null, suppressed: true },
          { weekStart: QUIET_WEEKS[7], offenceCategory: 'violence', offenceCategoryText: 'Vold', count: null, suppressed: true },
          { weekStart: WEEK, offenceCategory: 'theft', offenceCategoryText: 'Tyveri', count: null, suppressed: true },
          { weekStart: WEEK, offenceCategory: 'violence', offenceCategoryText: 'Vold', count: 8, suppressed: false },
        ],
      });
    });

    it("lists the area's alerts", async () => {
      const { status, body } = await call<{ items: object[]; next: string | null }>('GET', `/areas/${AREA}/alerts`, member);
      expect(status).toBe(200);
      expect(body).toEqual({ items: [expect.objectContaining({ areaId: AREA, areaName: 'Randers NV', offenceCategory: 'violence', offenceCategoryText: 'Vold', weekStart: WEEK, count: 6 })], next: null });
      // Beside the weekly counts, the trailing mean would give away the suppressed weeks.
      expect(body.items.every((alert) => !('trailingMean' in alert))).toBe(true);
    });

    it("pages the area's alerts newest week first, each once, while an alert is raised between pages, and refuses a page above the maximum", async () => {
      const raise = (category: string, week: string) =>
        service.dataSource.query(
          "INSERT INTO area_alert (id, area_id, offence_category, week_start, incidents, trailing_mean, raised_at) VALUES (gen_random_uuid(), $1, $2, $3, 5, 1, now())",
          [AREA, category, week],
        );
      const older = addDays(WEEK, -7);
      for (const category of ['theft', 'vandalism']) await raise(category, older);
      const seen: string[] = [];
      for (let after: string | null = null, pages = 0; pages === 0 || (after !== null && pages < 10); pages++) {
        const page: { items: { weekStart: string; offenceCategory: string }[]; next: string | null } = (
          await call<{ items: { weekStart: string; offenceCategory: string }[]; next: string | null }>('GET', `/areas/${AREA}/alerts?limit=1${after ? `&after=${after}` : ''}`, member)
        ).body;
        seen.push(...page.items.map((alert) => `${alert.weekStart} ${alert.offenceCategory}`));
        after = page.next;
        // After the cursor (the same older week, a later category): on a later page.
        if (pages === 1) await raise('weapons', older);
      }
      expect(seen).toEqual([`${WEEK} violence`, `${older} theft`, `${older} vandalism`, `${older} weapons`]);
      expect((await call('GET', `/areas/${AREA}/alerts?limit=201`, member)).status).toBe(400);
      await service.dataSource.query('DELETE FROM area_alert WHERE week_start = $1', [older]);
    });

    it('refuses bad ranges naming the field, unknown areas, and other areas to a member', async () => {
      const message = async (route: string, token = member) => {
        const response = await call<{ code?: string; message: string }>('GET', route, token);
        return [response.status, response.body.code, response.body.message];
      };
      const refused = (status: number, { code, message }: Refusal) => [status, code, message];
      expect(await message(`/areas/${AREA}/signals?from=2026-02-30`)).toEqual(refused(400, AREA_SIGNAL_REFUSALS.from));
      // Year 0100 once reached the week arithmetic and came back as a 500.
      expect(await message(`/areas/${AREA}/signals?from=0100-01-01&to=0100-01-05`)).toEqual([
        400,
        AREA_SIGNAL_REFUSALS.from.code,
        `${AREA_SIGNAL_REFUSALS.from.message} ${AREA_SIGNAL_REFUSALS.to.message}`,
      ]);
      expect(await message(`/areas/${AREA}/signals?from=2026-03-09&to=2026-03-01`)).toEqual(refused(400, AREA_SIGNAL_REFUSALS.fromAfterTo));
      expect(await message(`/areas/${AREA}/signals?from=2023-01-02&to=2026-03-01`)).toEqual(refused(400, AREA_SIGNAL_REFUSALS.rangeTooLong));
      expect(await message('/areas/nowhere/signals', secretariat)).toEqual(refused(404, AREA_SIGNAL_REFUSALS.areaNotFound));
      expect(await message('/areas/unknown/alerts', secretariat)).toEqual(refused(404, AREA_SIGNAL_REFUSALS.areaNotFound));
      expect((await call('GET', '/areas/langaa/signals', member)).status).toBe(403);
    });
  });

  describe('initiatives', () => {
    interface Initiative {
      id: string;
      status: string;
      startsOn: string | null;
      endsOn: string | null;
      bodyIds: string[];
      areaIds: string[];
      launchedAt: string | null;
    }
    const launchTopic = `${namespace}${Topics.initiativeLaunched.name}`;
    const course = { kind: 'course', title: 'Kursus om digital dannelse', bodyIds: ['netvaerk-randers-nv', 'sekretariatet'], areaIds: [AREA], startsOn: '2026-04-01', endsOn: '2026-04-30' };
    let created: Initiative;
    const ids = async (route: string) => (await call<{ items: Initiative[] }>('GET', route, member)).body.items.map((initiative) => initiative.id);

    it('are planned by the secretariat for existing bodies and areas, and refused otherwise with the field named', async () => {
      const response = await call<Initiative>('POST', '/initiatives', secretariat, course);
      expect(response.status).toBe(201);
      created = response.body;
      expect(created).toMatchObject({ status: 'planned', bodyIds: ['netvaerk-randers-nv', 'sekretariatet'], areaIds: [AREA], launchedAt: null });
      // Who created it is kept, not shown: a sign-in subject is for the secretariat and its owner only (docs/network-groups.md, Initiatives).
      expect(created).not.toHaveProperty('createdBy');
      expect(await query<{ created_by: string }>('SELECT created_by FROM initiative WHERE id = $1', [created.id])).toEqual([{ created_by: 'sekretaer-1' }]);
      const refusal = async (body: object) => {
        const answer = await call<{ code?: string; message: string }>('POST', '/initiatives', secretariat, { ...course, ...body });
        return answer.body;
      };
      expect(await refusal({ bodyIds: ['netvaerk-nowhere'] })).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.bodyUnknown, unknownBodyIds: ['netvaerk-nowhere'] });
      expect(await refusal({ areaIds: ['nowhere'] })).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.areaUnknown, unknownAreaIds: ['nowhere'] });
      expect(await refusal({ bodyIds: [], areaIds: [] })).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.nothingLinked });
      expect(await refusal({ endsOn: '2026-03-31' })).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.endsBeforeStart });
      expect(await refusal({ kind: 'party' })).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.kind });
      expect(await refusal({ description: 'Forløb for Mads, 01.03.10 4102' })).toMatchObject({ statusCode: 400, code: CPR_NUMBER_IN_TEXT, message: cprNumberInTextMessage('description') });
      expect((await call('POST', '/initiatives', member, course)).status).toBe(403);
    });

    it('are listed for every reader of groups, filtered by body, area and status', async () => {
      const campaign = await call<Initiative>('POST', '/initiatives', secretariat, { kind: 'campaign', title: 'Kampagne mod knive', bodyIds: ['netvaerk-langaa'], areaIds: ['langaa'] });
      expect(campaign.status).toBe(201);
      expect(await ids('/initiatives')).toEqual([campaign.body.id, created.id]);
      expect(await ids('/initiatives?bodyId=netvaerk-randers-nv')).toEqual([created.id]);
      expect(await ids('/initiatives?areaId=langaa')).toEqual([campaign.body.id]);
      expect(await ids('/initiatives?status=launched')).toEqual([]);
      expect((await call<Initiative>('GET', `/initiatives/${created.id}`, member)).body.id).toBe(created.id);
      expect((await call('GET', `/initiatives/${randomUUID()}`, member)).status).toBe(404);
    });

    it('move planned → launched → completed, publishing the launch once, and refuse other moves with 409', async () => {
      const move = (status: string) => call<Initiative & { code: string; message: string }>('PATCH', `/initiatives/${created.id}`, secretariat, { status });
      const launched = await move('launched');
      expect(launched.status).toBe(200);
      expect(launched.body).toMatchObject({ status: 'launched', launchedAt: expect.any(String) });
      const again = await move('launched');
      expect([again.status, again.body.code, again.body.message]).toEqual([
        409,
        INITIATIVE_STATUS_REFUSED,
        'Initiativet har status launched, så det kan ikke få status launched. Fra launched kan det kun få status completed eller cancelled.',
      ]);
      expect((await move('planned')).status).toBe(409);
      expect((await move('completed')).body.status).toBe('completed');
      const afterEnd = await move('cancelled');
      expect([afterEnd.status, afterEnd.body.code, afterEnd.body.message]).toEqual([
        409,
        INITIATIVE_STATUS_REFUSED,
        'Initiativet har status completed, så det kan ikke få status cancelled. Et initiativ med status completed kan ikke ændres mere.',
      ]);
      await outboxPublished();
      const published = (await probe.readAll(launchTopic)).map((message) => JSON.parse(message.value ?? '{}') as unknown);
      expect(published).toHaveLength(1);
      expect(published[0]).toMatchObject({ type: 'ssp.initiative.launched', payload: { initiativeId: created.id, kind: 'course', title: course.title, bodyIds: course.bodyIds, areaIds: [AREA] } });
    });

    it('can be cancelled while planned, without a launch', async () => {
      const planned = await call<Initiative>('POST', '/initiatives', secretariat, { kind: 'project', title: 'Projekt i klubberne', bodyIds: ['ssp-u'], areaIds: [] });
      const cancelled = await call<Initiative>('PATCH', `/initiatives/${planned.body.id}`, secretariat, { status: 'cancelled' });
      expect(cancelled.body).toMatchObject({ status: 'cancelled', launchedAt: null, cancelledAt: expect.any(String) });
      expect((await call('PATCH', `/initiatives/${planned.body.id}`, secretariat, { status: 'launched' })).status).toBe(409);
      await outboxPublished();
      expect(await messagesOn(launchTopic)).toBe(1);
    });

    it("are proposed by a network group's member for their own body only, and accepted or turned down by the secretariat", async () => {
      const proposal = { kind: 'teaching-activity', title: 'Undervisningsforløb om fællesskaber i 6. klasse', description: 'Til skolerne i området.', startsOn: '2027-01-11', endsOn: '2027-03-26' };
      const proposed = await call<Initiative & { proposedByBodyId: string; statusText: string; kindText: string }>('POST', '/bodies/netvaerk-randers-nv/initiative-proposals', member, proposal);
      expect(proposed.status).toBe(201);
      expect(proposed.body).toMatchObject({ status: 'proposed', statusText: 'foreslået', kind: 'teaching-activity', kindText: 'undervisningsforløb', bodyIds: ['netvaerk-randers-nv'], bodyNames: ['Netværksgruppe Randers NV'], areaIds: [AREA], areaNames: ['Randers NV'], proposedByBodyId: 'netvaerk-randers-nv', proposedByBodyName: 'Netværksgruppe Randers NV' });
      expect(proposed.body).not.toHaveProperty('createdBy');
      // Only for the members of the body in the address (and the secretariat): another group's is refused, an unknown body is a 404.
      expect((await call('POST', '/bodies/netvaerk-langaa/initiative-proposals', member, proposal)).status).toBe(403);
      expect((await call<{ code: string }>('POST', '/bodies/netvaerk-nowhere/initiative-proposals', secretariat, proposal)).body).toMatchObject({ statusCode: 404, ...INITIATIVE_REFUSALS.notProposable });
      const refusal = async (body: object) => (await call<{ code: string }>('POST', '/bodies/netvaerk-randers-nv/initiative-proposals', member, { ...proposal, ...body })).body;
      expect(await refusal({ kind: 'party' })).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.kind });
      expect(await refusal({ title: '  ' })).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.title });
      expect(await refusal({ endsOn: '2027-01-10' })).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.endsBeforeStart });
      expect(await refusal({ description: 'Til Mads, 010310-4102' })).toMatchObject({ statusCode: 400, code: CPR_NUMBER_IN_TEXT });
      expect(await refusal({ bodyIds: ['ssp-u'] })).toMatchObject({ statusCode: 400 });
      expect(await ids('/initiatives?status=proposed')).toEqual([proposed.body.id]);

      // The member cannot accept it; a proposal is not launched before it is planned.
      expect((await call('PATCH', `/initiatives/${proposed.body.id}`, member, { status: 'planned' })).status).toBe(403);
      expect((await call('PATCH', `/initiatives/${proposed.body.id}`, secretariat, { status: 'launched' })).status).toBe(409);
      const accepted = await call<Initiative>('PATCH', `/initiatives/${proposed.body.id}`, secretariat, { status: 'planned' });
      expect(accepted.body).toMatchObject({ status: 'planned', statusText: 'planlagt', launchedAt: null });
      const other = await call<Initiative>('POST', '/bodies/netvaerk-randers-nv/initiative-proposals', member, { kind: 'campaign', title: 'Kampagne om knive' });
      expect(other.body).toMatchObject({ startsOn: null, endsOn: null });
      expect((await call<Initiative>('PATCH', `/initiatives/${other.body.id}`, secretariat, { status: 'cancelled' })).body).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(String) });
      await outboxPublished();
      expect(await messagesOn(launchTopic)).toBe(1);
    });

    it('keep what came of them: outcome, participants and materials, and texts and days the secretariat corrects', async () => {
      const planned = await call<Initiative>('POST', '/initiatives', secretariat, { kind: 'campaign', title: 'Kampagne om alkohol', bodyIds: ['koordinationsteam'], areaIds: [], startsOn: '2026-12-01' });
      const change = (body: object) => call<Initiative & { code: string; outcome: string | null; participants: string | null; materials: string[]; title: string; description: string | null }>('PATCH', `/initiatives/${planned.body.id}`, secretariat, body);
      const report = { outcome: 'Godt modtaget; gentages næste år.', participants: '8. klasserne på fire skoler, ca. 300 elever', materials: ['Plakat A3', 'https://randers.dk/ssp/alkohol.pdf'] };
      const changed = await change({ ...report, title: 'Kampagne om alkohol og fester', description: 'Før juleafslutningerne.' });
      expect(changed.body).toMatchObject({ ...report, title: 'Kampagne om alkohol og fester', description: 'Før juleafslutningerne.', status: 'planned', startsOn: '2026-12-01' });
      // undefined leaves a field as it is, null clears it, a list replaces the one before.
      expect((await change({ description: null, materials: ['Plakat A2'] })).body).toMatchObject({ description: null, materials: ['Plakat A2'], outcome: report.outcome, participants: report.participants });
      expect((await change({})).body).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.changeEmpty });
      // The end is judged against the start as it will stand.
      expect((await change({ endsOn: '2026-11-30' })).body).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.endsBeforeStart });
      expect((await change({ startsOn: null, endsOn: '2026-11-30' })).body).toMatchObject({ startsOn: null, endsOn: '2026-11-30' });
      expect((await change({ participants: 'Mads 010310-4102' })).body).toMatchObject({ statusCode: 400, code: CPR_NUMBER_IN_TEXT });
      expect((await change({ materials: ['Plakat', ' '] })).body).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.materials });
      expect((await change({ outcome: 'x'.repeat(4001) })).body).toMatchObject({ statusCode: 400, ...INITIATIVE_REFUSALS.outcome });
      expect((await call('PATCH', `/initiatives/${planned.body.id}`, member, report)).status).toBe(403);
    });
  });
});
