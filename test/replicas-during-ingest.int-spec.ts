import type { Type } from '@nestjs/common';
import { Topics, type TopicDefinition } from '@ssp/contracts';
import { DEAD_LETTER_RETENTION_JOB, JobScheduler, Role, ScheduledRunRepository } from '@ssp/platform';
import { BatchConsumer } from '@ssp/platform/consumer/batch-consumer';
import { currentSlot, parseSchedule } from '@ssp/platform/time';
import {
  countInsertAttempts,
  countRowWrites,
  KafkaProbe,
  newTopicNamespace,
  policeListCsv,
  queryDatabase,
  serviceTestEnvironment,
  startTestService,
  SYNTHETIC_HEADER,
  syntheticPoliceListRows,
  TestClock,
  testToken,
  uploadPoliceList,
  waitFor,
  type GroupDescription,
  type RowsByWriteCount,
  type RowWriteCounter,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { Client } from 'pg';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { OverdueInterventionsService } from '../apps/case-coordination/src/interventions/overdue-interventions.service';
import { IncidentRecordedHandler as CaseIncidentHandler } from '../apps/case-coordination/src/persons/incident-recorded.handler';
import { RetentionService } from '../apps/case-coordination/src/retention/retention.service';
import { IncidentRecordedHandler as AreaIncidentHandler } from '../apps/network-groups/src/area-signals/incident-recorded.handler';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { MeetingNoticesService } from '../apps/network-groups/src/meetings/meeting-notices.service';
import { SchedulesService } from '../apps/network-groups/src/meetings/schedules.service';
import { DigestService } from '../apps/network-groups/src/notifications/digest/digest.service';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * Two replicas of case coordination and two of network groups, each pair on one database and
 * one consumer group, all on one clock, while a police list of 20,000 rows flows through. As
 * the relay starts publishing, the clock crosses the next slot of every periodic job; then one
 * replica of each service is restarted in the middle of a batch, as in a rolling update: its
 * batch commits its writes after the replica was told to stop, so its offsets are never
 * committed and Kafka delivers the batch again to the replica that takes the partition over.
 *
 * Shown: both replicas of each service hold partitions of every topic it consumes (before the
 * list, and again after the restart) and both handle events; every event ingestion published
 * is in each consumer's inbox once and applied once (write and insert-attempt counts per row,
 * committed with the handler's transaction, so an application that changes nothing still
 * shows); every slot of every periodic job is claimed once (attempts 1) and its job ran once.
 *
 * Network groups consume `ssp.incident.recorded.v2` only (case coordination also the
 * identities); their handler is itself idempotent (a journal counted once, by digest), so a
 * second application shows only in the attempted inserts of `area_signal_incident`; the same
 * holds for case coordination's `person_incident`.
 *
 * Negative control (docs/testing.md): make `claimInInbox`
 * (libs/platform/src/consumer/apply-consumed.ts) return every id it is given as new; the
 * redelivered batches are then applied again and the write counts fail.
 */

const ROWS = 20_000;
/*
 * Measured on 2 cores: about 110 s alone, up to 225 s beside another run of the suite. The
 * upload takes some 20 s of it; case coordination has applied the list some 20 to 40 s later,
 * network groups 60 to 180 s later (one transaction per batch, but one event at a time; measured
 * while batches sharing weekly counters still deadlocked and were retried one message at a
 * time, before they took the weeks' locks in one order, signal-bucket-locks.ts). The deadlines
 * leave room for a slower machine.
 */
jest.setTimeout(600_000);
const CONSUMED_WITHIN_MS = 360_000;

/** 10:30 in Copenhagen: before the daily jobs' 11:00, in the hour of the hourly ones' 10:00. */
const START = '2026-11-23T09:30:00Z';
/** 11:05 in Copenhagen: past the next slot of every job. */
const ACROSS_THE_SLOTS = '2026-11-23T10:05:00Z';
const DAILY = '11:00';
const HOURLY = '*:00';
const CASE_SETTINGS = { RETENTION_TIME: DAILY, OVERDUE_INTERVENTIONS_TIME: DAILY };
const GROUPS_SETTINGS = { MEETING_CALENDAR_TIME: HOURLY, ACTION_ITEMS_DUE_TIME: HOURLY, NOTIFICATION_DIGEST_TIME: DAILY };
/** A replica notices a moved clock at its next check; this caps the wait for it. */
const SCHEDULER_SETTINGS = { SCHEDULER_MAX_WAIT_MS: '200' };

/** Each periodic job, its schedule and the method that does its work (the scheduler calls it with the run's instant or day). */
const JOBS = {
  retention: { schedule: DAILY, service: 'case-coordination', work: () => jest.spyOn(RetentionService.prototype, 'eraseExpired') },
  'overdue-interventions': { schedule: DAILY, service: 'case-coordination', work: () => jest.spyOn(OverdueInterventionsService.prototype, 'reportOverdue') },
  'meeting-calendar': { schedule: HOURLY, service: 'network-groups', work: () => jest.spyOn(SchedulesService.prototype, 'materialise') },
  'action-items-due': { schedule: HOURLY, service: 'network-groups', work: () => jest.spyOn(MeetingNoticesService.prototype, 'notifyDueActionItems') },
  'notification-digest': { schedule: DAILY, service: 'network-groups', work: () => jest.spyOn(DigestService.prototype, 'queueDue') },
} as const;
type JobName = keyof typeof JOBS;
const JOB_NAMES = Object.keys(JOBS) as JobName[];

interface Consumer {
  name: 'case-coordination' | 'network-groups';
  environment: ServiceTestEnvironment;
  /** The replicas running now. */
  replicas: RunningService[];
  /** Replicas stopped during the test, kept to tell which handled what. */
  stopped: RunningService[];
  /** The first table the handler of incidents writes, locked to hold a batch in the middle. */
  firstWrite: string;
  topics: TopicDefinition<object>[];
  start(): Promise<RunningService>;
  /** The handler class whose instances tell which replica handled a call. */
  handler: Type<unknown>;
  /** The handler's calls, with the instance each was made on. */
  handled: jest.SpyInstance;
  /** How many events each call handled. */
  eventsOf(call: unknown[]): number;
}

/** Calls of each handler instance (one per replica) that have not returned yet. */
const handlersUnderWay = new Map<unknown, number>();
/** A handler method that keeps `handlersUnderWay`, around the real one. */
function counted<A extends unknown[], R>(method: (...args: A) => Promise<R>) {
  return async function (this: unknown, ...args: A): Promise<R> {
    handlersUnderWay.set(this, (handlersUnderWay.get(this) ?? 0) + 1);
    try {
      return await method.apply(this, args);
    } finally {
      handlersUnderWay.set(this, (handlersUnderWay.get(this) ?? 1) - 1);
    }
  };
}

const slotOf = (schedule: string, instant: string) => currentSlot(parseSchedule(schedule), new Date(instant)).key;
const toTally = (counts: Iterable<number>): RowsByWriteCount => {
  const tally: RowsByWriteCount = {};
  for (const count of counts) tally[count] = (tally[count] ?? 0) + 1;
  return tally;
};

describe('two replicas of case coordination and of network groups during a 20,000-row ingest', () => {
  const namespace = newTopicNamespace();
  const clock = new TestClock(START);
  const probe = new KafkaProbe();
  const claims = jest.spyOn(ScheduledRunRepository.prototype, 'claim');
  const jobRuns = Object.fromEntries(JOB_NAMES.map((job) => [job, JOBS[job].work()])) as Record<JobName, jest.SpyInstance>;
  let ingestionEnv: ServiceTestEnvironment;
  let ingestion: RunningService | undefined;
  let cases: Consumer;
  let groups: Consumer;
  const consumers = () => [cases, groups];

  const count = async (url: string, sql: string) => (await queryDatabase<{ count: number }>(url, sql))[0].count;
  const inboxCount = (consumer: Consumer) => count(consumer.environment.database.url, 'SELECT count(*)::int AS count FROM inbox_event');
  const startReplica = async (consumer: Consumer) => void consumer.replicas.push(await consumer.start());
  /** Events handled by each replica: the stopped ones first, then those running, each in the order started. */
  const handledByReplica = (consumer: Consumer) =>
    [...consumer.stopped, ...consumer.replicas].map((replica) => {
      const instance = replica.app.get(consumer.handler, { strict: false });
      return consumer.handled.mock.calls.reduce((sum: number, call: unknown[], index) => sum + (consumer.handled.mock.contexts[index] === instance ? consumer.eventsOf(call) : 0), 0);
    });
  const schedulerOf = (replica: RunningService) => replica.app.get(JobScheduler).replica;
  const stops = jest.spyOn(BatchConsumer.prototype, 'stop');

  /**
   * Restarts the first replica in the middle of a batch, as a rolling update would: its
   * batches are held on a lock until it has been told to stop, so they commit their writes but
   * not their offsets, and Kafka delivers them again to a replica that finds them applied.
   * Without it, whether Kafka redelivers anything is up to the timing of the rebalances.
   */
  const restartMidBatch = async (consumer: Consumer) => {
    const url = consumer.environment.database.url;
    const blocker = new Client({ connectionString: url });
    await blocker.connect();
    let closing: Promise<void> | undefined;
    try {
      await blocker.query('BEGIN');
      await blocker.query(`LOCK TABLE ${consumer.firstWrite} IN EXCLUSIVE MODE`);
      // A call of the first replica's handler under way now waits for the lock: it writes that table first.
      const first = consumer.replicas[0].app.get(consumer.handler, { strict: false });
      await waitFor(`the first ${consumer.name} replica to wait inside a batch`, () => handlersUnderWay.get(first) ?? 0, (calls) => calls > 0);
      const stopsBefore = stops.mock.calls.length;
      const [stopping] = consumer.replicas.splice(0, 1);
      consumer.stopped.push(stopping);
      closing = stopping.close();
      await waitFor(`the first ${consumer.name} replica to be told to stop`, () => stops.mock.calls.length, (calls) => calls > stopsBefore);
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
    }
    await closing;
    await startReplica(consumer);
  };
  const runsOf = async (consumer: Consumer) =>
    queryDatabase<{ job: string; slot: string; attempts: number; finished: boolean }>(
      consumer.environment.database.url,
      // The platform's hourly dead-letter retention runs in every service too; JOBS are the services' own.
      'SELECT job, slot, attempts, finished_at IS NOT NULL AS finished FROM scheduled_run WHERE job <> $1 ORDER BY job, slot',
      [DEAD_LETTER_RETENTION_JOB],
    );

  beforeAll(async () => {
    // Taken before the spies replace them.
    const [caseHandleBatch, areaHandleBatch] = [CaseIncidentHandler.prototype.handleBatch, AreaIncidentHandler.prototype.handleBatch];
    let caseEnv: ServiceTestEnvironment;
    let groupsEnv: ServiceTestEnvironment;
    [ingestionEnv, caseEnv, groupsEnv] = await Promise.all([
      serviceTestEnvironment('police-list-ingestion', namespace),
      serviceTestEnvironment('case-coordination', namespace),
      serviceTestEnvironment('network-groups', namespace),
    ]);
    cases = {
      name: 'case-coordination',
      environment: caseEnv,
      replicas: [],
      stopped: [],
      firstWrite: 'person',
      topics: [Topics.incidentRecorded, Topics.personIdentity],
      start: () => startTestService(CASE_COORDINATION, { ...caseEnv.env, ...CASE_SETTINGS, ...SCHEDULER_SETTINGS }, clock),
      handler: CaseIncidentHandler,
      // Batches come in through handleBatch; a batch retried one message at a time comes through handle, which calls it.
      handled: jest.spyOn(CaseIncidentHandler.prototype, 'handleBatch').mockImplementation(counted(caseHandleBatch)),
      eventsOf: ([events]) => (events as unknown[]).length,
    };
    groups = {
      name: 'network-groups',
      environment: groupsEnv,
      replicas: [],
      stopped: [],
      firstWrite: 'area_signal_incident',
      topics: [Topics.incidentRecorded],
      start: () => startTestService(NETWORK_GROUPS, { ...groupsEnv.env, ...GROUPS_SETTINGS, ...SCHEDULER_SETTINGS }, clock),
      handler: AreaIncidentHandler,
      // As in case coordination: handle, for a batch retried one message at a time, calls handleBatch.
      handled: jest.spyOn(AreaIncidentHandler.prototype, 'handleBatch').mockImplementation(counted(areaHandleBatch)),
      eventsOf: ([events]) => (events as unknown[]).length,
    };
  });

  afterAll(async () => {
    await Promise.all([ingestion, ...(cases?.replicas ?? []), ...(groups?.replicas ?? [])].map((service) => service?.close()));
    await Promise.all([ingestionEnv, cases?.environment, groups?.environment].map((environment) => environment?.database.drop()));
    jest.restoreAllMocks();
  });

  it('shares the partitions, applies every event once and runs each job once per slot', async () => {
    const caseUrl = cases.environment.database.url;
    const groupsUrl = groups.environment.database.url;
    // Counted from the first write: the handlers' own de-duplication would hide a second application.
    const identityWrites: RowWriteCounter = await countRowWrites(caseUrl, 'person_identity', 'person_pseudonym');
    const incidentAttempts: RowWriteCounter = await countInsertAttempts(caseUrl, 'person_incident', 'incident_id');
    const areaAttempts: RowWriteCounter = await countInsertAttempts(groupsUrl, 'area_signal_incident', 'journal_digest');

    // Two replicas of each service from the start, sharing the partitions before the list comes.
    ingestion = await startTestService(INGESTION, ingestionEnv.env, clock);
    await Promise.all(consumers().map(async (consumer) => Promise.all([startReplica(consumer), startReplica(consumer)])));
    const partitionsShared = (group: GroupDescription, consumer: Consumer) =>
      group.state === 'Stable' &&
      group.memberIds.length === 2 &&
      group.assignments.every((assignment) => consumer.topics.every((topic) => (assignment[`${namespace}${topic.name}`] ?? []).length > 0));
    const waitForSharing = (consumer: Consumer) =>
      probe.waitForGroup(`${namespace}${consumer.name}`, 'both replicas to hold partitions of every topic', (described) => partitionsShared(described, consumer), { timeoutMs: 60_000 });
    await Promise.all(consumers().map(waitForSharing));

    const secretariat = await testToken({ roles: [Role.secretariat], groups: ['koordinationsteam'] });
    const list = policeListCsv(SYNTHETIC_HEADER, syntheticPoliceListRows(ROWS, { seed: 17, incidentYear: 2026, months: 10 }));
    const upload = await uploadPoliceList(ingestion.url, secretariat, list, 'uge47.csv');
    expect(upload).toMatchObject({ status: 201, body: { rows: ROWS } });
    const published = {
      incidents: await count(ingestionEnv.database.url, 'SELECT count(*)::int AS count FROM incident'),
      identities: await count(ingestionEnv.database.url, 'SELECT count(*)::int AS count FROM person_identity'),
    };
    /** At least this many events reach each service (an identity may be published more than once, see below). */
    const atLeast = { 'case-coordination': published.incidents + published.identities, 'network-groups': published.incidents };

    // The list has been committed and the relay is publishing it: across the next slot of every
    // job now, while both replicas of each service consume; then one replica of each restarts
    // in the middle of a batch, as in a rolling update, while the schedulers compete.
    clock.set(ACROSS_THE_SLOTS);
    const since = new Date(ACROSS_THE_SLOTS);
    const appliedAtTheMove = await Promise.all(consumers().map(inboxCount));
    await Promise.all(consumers().map(restartMidBatch));
    await waitFor(
      'the running replicas of each service to check each of its jobs after the move',
      () =>
        JOB_NAMES.map((job) => {
          const checked = new Set(claims.mock.calls.filter(([name, , , now]) => name === job && now >= since).map(([, , replica]) => replica));
          return consumers().find((consumer) => consumer.name === JOBS[job].service)!.replicas.filter((replica) => !checked.has(schedulerOf(replica))).length;
        }),
      (unchecked) => unchecked.every((left) => left === 0),
    );
    await Promise.all(consumers().map(waitForSharing));

    await Promise.all(
      consumers().map((consumer) =>
        waitFor(`${consumer.name} to apply every event`, () => inboxCount(consumer), (applied) => applied >= atLeast[consumer.name], { timeoutMs: CONSUMED_WITHIN_MS, intervalMs: 500 }),
      ),
    );
    await waitFor('the ingestion outbox to empty', () => count(ingestionEnv.database.url, 'SELECT count(*)::int AS count FROM outbox_event'), (left) => left === 0);
    for (const consumer of consumers()) for (const topic of consumer.topics) await probe.waitForGroupToCatchUp(`${namespace}${consumer.name}`, `${namespace}${topic.name}`, { timeoutMs: CONSUMED_WITHIN_MS });

    // 1. The partitions were shared (before the list, and again after the restart) and both replicas that held them from the start handled events.
    for (const [index, consumer] of consumers().entries()) {
      expect({ service: consumer.name, clockMovedWhileConsuming: appliedAtTheMove[index] < atLeast[consumer.name] }).toEqual({ service: consumer.name, clockMovedWhileConsuming: true });
      const [first, second] = handledByReplica(consumer);
      expect({ service: consumer.name, firstHandled: first > 0, secondHandled: second > 0 }).toEqual({ service: consumer.name, firstHandled: true, secondHandled: true });
    }

    // 2. Nothing lost: every event on the topics (what the relay published) is in each consumer's inbox, and its row in the domain tables.
    const onTopic = async (topic: TopicDefinition<object>) =>
      (await probe.readAll(`${namespace}${topic.name}`)).map((message) => JSON.parse(message.value!) as { id: string; payload: Record<string, string> });
    const [incidentEvents, identityEvents] = [await onTopic(Topics.incidentRecorded), await onTopic(Topics.personIdentity)];
    expect(incidentEvents).toHaveLength(published.incidents);
    // And the areas and offence categories the ingestion published at start-up, which both keep a copy of.
    const referenceEvents = [...(await onTopic(Topics.area)), ...(await onTopic(Topics.offenceCategory))];
    expect(referenceEvents.length).toBeGreaterThan(0);
    // And the Monday group's meetings network groups put in the calendar at start-up, which case coordination keeps.
    const mondayMeetingEvents = (await onTopic(Topics.meetingScheduled)).filter((event) => event.payload.bodyId === 'mandagsgruppen');
    expect(mondayMeetingEvents.length).toBeGreaterThan(0);
    for (const consumer of consumers()) {
      const calendar = consumer.name === 'case-coordination' ? mondayMeetingEvents : [];
      const events = [...consumer.topics.flatMap((topic) => (topic === Topics.personIdentity ? identityEvents : incidentEvents)), ...referenceEvents, ...calendar];
      const inbox = await queryDatabase<{ event_id: string }>(consumer.environment.database.url, 'SELECT event_id::text FROM inbox_event');
      const inInbox = new Set(inbox.map((row) => row.event_id));
      const publishedIds = new Set(events.map((event) => event.id.toLowerCase()));
      expect({
        service: consumer.name,
        inboxRows: inbox.length,
        distinct: inInbox.size,
        missing: [...publishedIds].filter((id) => !inInbox.has(id)).length,
        unpublished: [...inInbox].filter((id) => !publishedIds.has(id)).length,
      }).toEqual({ service: consumer.name, inboxRows: events.length, distinct: events.length, missing: 0, unpublished: 0 });
    }
    expect(await count(caseUrl, 'SELECT count(*)::int AS count FROM person_incident')).toBe(published.incidents);
    expect(await count(caseUrl, 'SELECT count(*)::int AS count FROM person_identity')).toBe(new Set(identityEvents.map((event) => event.payload.personPseudonym)).size);
    // Every row of the list has a journal number of its own, so each incident is one journal counted.
    expect(await count(groupsUrl, 'SELECT count(*)::int AS count FROM area_signal_incident')).toBe(published.incidents);
    expect(await count(groupsUrl, 'SELECT coalesce(sum(incidents), 0)::int AS count FROM area_signal_week')).toBe(published.incidents);

    // 3. Nothing applied twice: each incident's insert attempted once in each service, each
    // person's identity written once per identity event of theirs (one is published again only
    // when it changed: two invented people may share a CPR).
    const digests = await queryDatabase<{ key: string }>(groupsUrl, 'SELECT journal_digest::text AS key FROM area_signal_incident');
    const identityEventsPerPerson = new Map<string, number>();
    for (const event of identityEvents) identityEventsPerPerson.set(event.payload.personPseudonym, (identityEventsPerPerson.get(event.payload.personPseudonym) ?? 0) + 1);
    expect({
      caseCoordinationIncidents: await incidentAttempts.rowsByWriteCount(incidentEvents.map((event) => event.payload.incidentId)),
      caseCoordinationIdentities: await identityWrites.rowsByWriteCount([...identityEventsPerPerson.keys()]),
      networkGroupsIncidents: await areaAttempts.rowsByWriteCount(digests.map((row) => row.key)),
    }).toEqual({
      caseCoordinationIncidents: { 1: published.incidents },
      caseCoordinationIdentities: toTally(identityEventsPerPerson.values()),
      networkGroupsIncidents: { 1: published.incidents },
    });

    // 4. Each job ran once per slot: the slot current when the first replica started, and the one the clock crossed.
    const slotsOf = (job: JobName) => [slotOf(JOBS[job].schedule, START), slotOf(JOBS[job].schedule, ACROSS_THE_SLOTS)];
    for (const consumer of consumers()) {
      const jobs = JOB_NAMES.filter((job) => JOBS[job].service === consumer.name).sort();
      expect(await waitFor(`the ${consumer.name} runs to finish`, () => runsOf(consumer), (rows) => rows.every((row) => row.finished))).toEqual(jobs.flatMap((job) => slotsOf(job).map((slot) => ({ job, slot, attempts: 1, finished: true }))));
      const schedulers = [...consumer.stopped, ...consumer.replicas].map(schedulerOf).sort();
      for (const job of jobs) {
        const claimedBy = [...new Set(claims.mock.calls.filter(([name]) => name === job).map(([, , replica]) => replica))].sort();
        // The methods take the run's instant, but for the due action items, its Danish day.
        const ranFor = jobRuns[job].mock.calls.map(([argument]: unknown[]) => (argument instanceof Date ? slotOf(JOBS[job].schedule, argument.toISOString()) : argument));
        const expected = job === 'action-items-due' ? slotsOf(job).map((slot) => slot.slice(0, 10)) : slotsOf(job);
        expect({ job, claimedBy, ranFor }).toEqual({ job, claimedBy: schedulers, ranFor: expected });
      }
    }
  });
});
