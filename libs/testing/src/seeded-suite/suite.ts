import { ServiceName, Topics } from '@ssp/contracts';
import type { ServiceDefinition } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { KafkaProbe } from '../kafka-probe';
import type { SeededValues } from '../openapi-fuzz';
import { newTopicNamespace, serviceTestEnvironment, startTestService, type RunningService, type ServiceTestEnvironment } from '../service-harness';
import { agreeIntervention, awaitSeededPersons, closeCase, notifyFamilyDepartment, referToSspU, seedCaseRecords, setMerged, type CaseRecords } from './case-records';
import { awaitHeldBodies, holdBodies, seedMembers, seededBodiesOf } from './members';
import { mondayMeetingIn, type MondayMeetingState } from './monday-meetings';
import { notificationOfMember, openActionItem, ownFeed, pastMeetingWithMinutes, plannedInitiative, recurringSchedule, seedNetworkRecords, upcomingMeeting, upcomingMeetingDay, type NetworkRecords } from './network-records';
import { policeListForm, singlePersonPoliceList, uploadSeededPoliceList } from './police-lists';
import { seedCall } from './http';
import { waitFor } from '../wait-for';
import { AWAY, HOME, SEEDING_DEADLINE, seederToken, SIDES, type Side } from './sides';

/** The records seeded on one side, by service. */
export interface SideRecords {
  side: Side;
  policeListId: string;
  cases: CaseRecords;
  network: NetworkRecords;
}

/** What a route's path parameters are filled with on a side, by parameter name, per service. */
export function pathValuesOf(service: ServiceName, records: SideRecords): Record<string, string> {
  const { side, cases, network } = records;
  switch (service) {
    case ServiceName.policeListIngestion:
      return { id: records.policeListId };
    case ServiceName.caseCoordination:
      return { pseudonym: cases.persons.action, id: cases.interventionId, referralId: cases.referralId };
    case ServiceName.networkGroups:
      return {
        bodyId: side.body,
        areaId: side.area,
        meetingId: network.meetingId,
        actionItemId: network.actionItemId,
        personId: network.colleagueId,
        membershipId: network.colleagueMembershipId,
        feedId: network.feedId,
        notificationId: network.notificationId,
        initiativeId: network.initiativeId,
      };
    case ServiceName.reporting:
      return { areaId: side.area, statistic: 'incidents' };
  }
}

/** Records of a side that `pathValuesOf` does not name: the persons who are not the default one. */
function otherRecordsOf(service: ServiceName, records: SideRecords): Record<string, string>[] {
  if (service === ServiceName.caseCoordination) return Object.values(records.cases.persons).map((pseudonym) => ({ pseudonym }));
  if (service === ServiceName.networkGroups) return [{ personId: records.network.personId, bodyId: records.side.body }];
  return [];
}

/**
 * All four services on one topic namespace, each with its own database, and records seeded
 * on two sides (HOME and AWAY) the way they arrive in production: police lists uploaded to
 * the ingestion, whose incidents and identities reach case coordination, network groups and
 * reporting through the broker; the rest through each service's API. Shared by the access
 * matrix and the fuzzer, so both reach the code behind a record lookup.
 *
 * As deployed, the services take a caller's bodies and areas from network groups' registry
 * (MEMBERSHIP_SOURCE=registry), never from the token: each side's member and colleague are
 * added to the registry and linked to their sign-in first (`seededBodiesOf`), and every
 * service's copy holds them before anything else is seeded.
 */
export class SeededSuite {
  /** The receipt of an erasure on request, made once (`erasureReceipt`). */
  private standingReceipt: Promise<string> | undefined;
  /** Makes each fresh person one no list named before. */
  private erasableSerial = 0;

  /** Each side's notification that calls expected to be refused name (`familyDepartmentNotification`). */
  private readonly standingNotifications = new Map<Side['name'], Promise<{ pseudonym: string; decisionId: string }>>();
  /** Each side's Monday-group meeting that reading calls name (`standingMondayMeeting`). */
  private readonly standingMeetings = new Map<Side['name'], Promise<string>>();
  /** Each side's recurring schedule that changing calls name (`standingSchedule`). */
  private readonly standingSchedules = new Map<Side['name'], Promise<string>>();

  private constructor(
    readonly services: Record<ServiceName, RunningService>,
    private readonly environments: ServiceTestEnvironment[],
    private readonly seeders: Record<Side['name'], string>,
    readonly records: Record<Side['name'], SideRecords>,
    /** A day the network groups' calendar holds ahead, for a new single meeting. */
    readonly upcomingMeetingDay: string,
  ) {}

  static async start(definitions: readonly ServiceDefinition[]): Promise<SeededSuite> {
    const namespace = newTopicNamespace();
    const environments: ServiceTestEnvironment[] = [];
    const services = {} as Record<ServiceName, RunningService>;
    try {
      await settleAll(
        definitions.map(async (definition) => {
          const environment = await serviceTestEnvironment(definition.name, namespace);
          environments.push(environment);
          services[definition.name] = await startTestService(definition, { ...environment.env, MEMBERSHIP_SOURCE: 'registry' });
        }),
      );
      const seeders = { home: await seederToken(HOME), away: await seederToken(AWAY) };
      const records = await seedRecords(services, seeders, namespace);
      const day = await upcomingMeetingDay(services[ServiceName.networkGroups].url, seeders.home);
      return new SeededSuite(services, environments, seeders, records, day);
    } catch (error) {
      await closeAll(Object.values(services), environments);
      throw error;
    }
  }

  url(service: ServiceName): string {
    return this.services[service].url;
  }

  /**
   * The seeded records as consistent sets of path values (a body with a meeting of that body),
   * both sides, and the side's other persons on their own, for a fuzzer to draw from.
   */
  seededValues(service: ServiceName): SeededValues {
    return Object.values(this.records).flatMap((records) => [pathValuesOf(service, records), ...otherRecordsOf(service, records)]);
  }

  // Fresh records, for a call that uses one up (approving minutes, revoking a feed, ...).

  freshMeetingWithMinutes(side: Side): Promise<string> {
    return pastMeetingWithMinutes(this.url(ServiceName.networkGroups), this.seeders[side.name], this.services[ServiceName.networkGroups].dataSource, side);
  }

  /** A new single meeting of the side's body on `upcomingMeetingDay`, for a call that may move or cancel it. */
  freshUpcomingMeeting(side: Side): Promise<string> {
    return upcomingMeeting(this.url(ServiceName.networkGroups), this.seeders[side.name], side, this.upcomingMeetingDay);
  }

  /** The side's recurring schedule, made once, for calls that change it (each to the same effect). */
  standingSchedule(side: Side): Promise<string> {
    const standing = this.standingSchedules.get(side.name) ?? recurringSchedule(this.url(ServiceName.networkGroups), this.seeders[side.name], side, this.upcomingMeetingDay);
    this.standingSchedules.set(side.name, standing);
    return standing;
  }

  freshActionItem(side: Side): Promise<string> {
    const { network } = this.records[side.name];
    return openActionItem(this.url(ServiceName.networkGroups), this.seeders[side.name], side, network.meetingId, network.colleagueId);
  }

  freshFeed(side: Side): Promise<string> {
    return ownFeed(this.url(ServiceName.networkGroups), this.seeders[side.name]);
  }

  freshNotification(side: Side): Promise<string> {
    return notificationOfMember(this.url(ServiceName.networkGroups), this.seeders[side.name], side);
  }

  freshInitiative(side: Side): Promise<string> {
    return plannedInitiative(this.url(ServiceName.networkGroups), this.seeders[side.name], side);
  }

  /**
   * Leaves the side's member in exactly `bodies` of those seeded (`memberBodiesOf`), and waits
   * until every service's copy of the registry says so. The member is the side's seeder too,
   * who seeds from then on only what those bodies allow (person-level data needs one of
   * PERSON_DATA_GROUPS).
   */
  async holdMemberships(side: Side, bodies: readonly string[]): Promise<void> {
    await holdBodies(this.services[ServiceName.networkGroups], this.seeders[side.name], this.records[side.name].network, bodies);
    await awaitHeldBodies(this.services, { [side.subject]: bodies });
  }

  /**
   * A young person of the side whom nothing holds back from erasure (no open intervention),
   * new for every call: a one-row police list uploaded, and the person's pseudonym once case
   * coordination holds their incident.
   */
  async freshErasablePerson(side: Side): Promise<string> {
    const { file, journalNumber } = singlePersonPoliceList(side, ++this.erasableSerial);
    const summary = await seedCall<{ accepted: number }>(this.url(ServiceName.policeListIngestion), 'POST', '/police-lists', this.seeders[side.name], 201, policeListForm(file, `sletning-${journalNumber}.csv`));
    if (summary.accepted !== 1) throw new Error(`the list of the erasable person ${journalNumber} was not accepted: ${JSON.stringify(summary)}`);
    const cases = this.services[ServiceName.caseCoordination].dataSource;
    const find = async () => ((await cases.query('SELECT person_pseudonym FROM person_incident WHERE journal_number = $1', [journalNumber])) as { person_pseudonym: string }[])[0];
    return (await waitFor(`case coordination to hold ${journalNumber}`, find, (row) => row !== undefined, SEEDING_DEADLINE)).person_pseudonym;
  }

  /**
   * The id of a receipt of an erasure on request: a fresh person of AWAY erased once by AWAY's
   * seeder (the secretariat), whose memberships no call changes (`holdMemberships` changes
   * HOME's), so it may erase whenever the receipt is first asked for. Receipts hold no body's
   * or area's records: one serves every caller.
   */
  erasureReceipt(): Promise<string> {
    this.standingReceipt ??= this.freshErasablePerson(AWAY).then(async (pseudonym) => {
      const request = { requestReference: `${AWAY.code}-2026-1`, receivedOn: '2026-01-05', grounds: 'gdpr-17-1-a' };
      return (await seedCall<{ id: string }>(this.url(ServiceName.caseCoordination), 'POST', `/persons/${pseudonym}/erasure-requests`, this.seeders.away, 201, { json: request })).id;
    });
    return this.standingReceipt;
  }

  freshIntervention(side: Side): Promise<string> {
    return agreeIntervention(this.url(ServiceName.caseCoordination), this.seeders[side.name], side, this.records[side.name].cases.persons.action);
  }

  /** A new referral of the side's `action` person to SSP-U, for a call that may answer it (a referral is answered once). */
  freshReferral(side: Side): Promise<string> {
    return referToSspU(this.url(ServiceName.caseCoordination), this.seeders[side.name], this.records[side.name].cases.persons.action);
  }

  /**
   * A notification of the family department about the side's `action` person, its 24-hour clock
   * unanswered: a new one when `fresh` (a call that may answer it), else the side's first, made
   * once, while the seeder may still write person-level data (`holdMemberships`).
   */
  familyDepartmentNotification(side: Side, fresh: boolean): Promise<{ pseudonym: string; decisionId: string }> {
    if (fresh) return this.newFamilyDepartmentNotification(side);
    const standing = this.standingNotifications.get(side.name) ?? this.newFamilyDepartmentNotification(side);
    this.standingNotifications.set(side.name, standing);
    return standing;
  }

  private async newFamilyDepartmentNotification(side: Side): Promise<{ pseudonym: string; decisionId: string }> {
    const pseudonym = this.records[side.name].cases.persons.action;
    return { pseudonym, decisionId: await notifyFamilyDepartment(this.url(ServiceName.caseCoordination), this.seeders[side.name], pseudonym) };
  }

  /** A Monday-group meeting in `state` with the side's `action` person on its agenda: a new one for a call that changes it. */
  mondayMeeting(side: Side, state: MondayMeetingState): Promise<string> {
    const cases = this.services[ServiceName.caseCoordination];
    return mondayMeetingIn(cases.dataSource, state, this.records[side.name].cases.persons.action, cases.clock.now());
  }

  /** The last original offset a seeded dead letter took. */
  private deadLetterOffset = 0;

  /** The side's closed meeting that the reading calls (and the refused ones) name, made once. */
  standingMondayMeeting(side: Side): Promise<string> {
    const standing = this.standingMeetings.get(side.name) ?? this.mondayMeeting(side, 'closed');
    this.standingMeetings.set(side.name, standing);
    return standing;
  }

  /**
   * A dead letter of the service's consumer already sent back and settled: sending it back
   * again, or discarding it, is the no-op a double click gets (200 `already-settled`), so every
   * call may use one.
   */
  async settledDeadLetter(service: ServiceName): Promise<string> {
    const id = randomUUID();
    await this.services[service].dataSource.query(
      `INSERT INTO dead_letter (id, consumer_group, topic, original_partition, original_offset, reason, first_failed_at, failed_at, settled_at, settled_by, settled_outcome)
       VALUES ($1, $2, 'ssp.seeded.v1', 0, $3, 'seeded', now(), now(), now(), 'seeded-suite', 'handled')`,
      [id, service, String(++this.deadLetterOffset)],
    );
    return id;
  }

  /** The side's `review` person, with their case closed (by a decision of no action) unless it is. */
  async closedCase(side: Side): Promise<string> {
    const { persons } = this.records[side.name].cases;
    await closeCase(this.url(ServiceName.caseCoordination), this.seeders[side.name], persons.review);
    return persons.review;
  }

  /** The side's `merged` person, put into `kept` or taken out again, as the call needs it. */
  async mergeState(side: Side, merged: boolean): Promise<CaseRecords['persons']> {
    const { persons } = this.records[side.name].cases;
    await setMerged(this.url(ServiceName.caseCoordination), this.seeders[side.name], persons, merged);
    return persons;
  }

  async close(): Promise<void> {
    await closeAll(Object.values(this.services), this.environments);
  }
}

async function seedRecords(services: Record<ServiceName, RunningService>, seeders: Record<Side['name'], string>, namespace: string): Promise<Record<Side['name'], SideRecords>> {
  const network = services[ServiceName.networkGroups];
  // Reading person-level data or a body's records needs the memberships: in every service's copy first.
  const members = { home: await seedMembers(network.url, seeders.home, HOME), away: await seedMembers(network.url, seeders.away, AWAY) };
  await awaitHeldBodies(services, { ...seededBodiesOf(HOME), ...seededBodiesOf(AWAY) });
  const ingestion = services[ServiceName.policeListIngestion].url;
  const listIds = { home: await uploadSeededPoliceList(ingestion, seeders.home, HOME), away: await uploadSeededPoliceList(ingestion, seeders.away, AWAY) };
  const cases = services[ServiceName.caseCoordination].url;
  const byJournal = await awaitSeededPersons(cases, seeders.home, SIDES);
  const seedSide = async (side: Side): Promise<SideRecords> => ({
    side,
    policeListId: listIds[side.name],
    cases: await seedCaseRecords(cases, seeders[side.name], side, byJournal),
    network: await seedNetworkRecords(network.url, seeders[side.name], network.dataSource, side, members[side.name]),
  });
  const records = { home: await seedSide(HOME), away: await seedSide(AWAY) };
  // Case coordination has every incident, so all are on the topic; the other readers catch up.
  const probe = new KafkaProbe();
  for (const reader of [ServiceName.networkGroups, ServiceName.reporting]) {
    await probe.waitForGroupToCatchUp(`${namespace}${reader}`, `${namespace}${Topics.incidentRecorded.name}`, SEEDING_DEADLINE);
  }
  return records;
}

/** Waits for every one, so none is left running, then fails with the first failure. */
async function settleAll(work: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

async function closeAll(services: RunningService[], environments: ServiceTestEnvironment[]): Promise<void> {
  try {
    await settleAll(services.map((service) => service.close()));
  } finally {
    await settleAll(environments.map((environment) => environment.database.drop()));
  }
}
