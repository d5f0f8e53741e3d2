import type { NetworkGroups } from '@ssp/api-client';
import { Topics, type MeetingScheduledV1 } from '@ssp/contracts';
import { CPR_NUMBER_IN_TEXT, cprNumberInTextMessage, Role } from '@ssp/platform';
import { addDays, zonedTimeToInstant } from '@ssp/platform/time';
import { KafkaProbe, newTopicNamespace, serviceTestEnvironment, startTestService, TEST_TODAY, testToken, waitFor, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { randomUUID } from 'node:crypto';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { MEETING_CONFLICTS } from '../apps/network-groups/src/meetings/meeting-rules';
import { MEETING_REFUSALS } from '../apps/network-groups/src/meetings/meetings.dto';
import { SchedulesService } from '../apps/network-groups/src/meetings/schedules.service';
import { MoveAndCancelMeetings1764400000000 } from '../apps/network-groups/src/database/migrations/1764400000000-move-and-cancel-meetings.migration';
import { RestoreEndedMeetings1764900000000 } from '../apps/network-groups/src/database/migrations/1764900000000-restore-ended-meetings.migration';
import { danishDate } from '../apps/network-groups/src/intervention-notices/intervention-notifications';

/*
 * Moving and cancelling a meeting, and changing a recurring schedule, through the HTTP API
 * against the real database and broker: the members are told (not whoever made the change),
 * a moved meeting is announced again as scheduled, a cancelled one's agenda goes to the next
 * meeting, and a schedule's coming meetings follow it while one moved by hand is left be.
 */
const GROUP = 'netvaerk-randers-nv';
const OTHER_GROUP = 'netvaerk-langaa';

interface Response<T> {
  status: number;
  body: T;
}
/** A meeting as the API answers it: the list's without its record, one meeting's with it. */
type Meeting = NetworkGroups.components['schemas']['MeetingDto'] & Partial<Pick<NetworkGroups.components['schemas']['MeetingDetailDto'], 'agenda'>>;
interface Refusal {
  code?: string;
  message: string;
}

describe('moving and cancelling meetings, changing schedules', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  const today = TEST_TODAY;
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let secretariat: string;
  let outsider: string;
  let anna: { personId: string; token: string };
  let bo: string;

  async function call<T>(method: string, route: string, token: string, body?: unknown): Promise<Response<T>> {
    const response = await fetch(`${service.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }
  const refusalOf = (response: Response<unknown>) => [response.status, (response.body as Refusal).code, (response.body as Refusal).message];
  const single = async (day: string, startTime = '15:00') =>
    (await call<Meeting>('POST', `/bodies/${GROUP}/meetings`, anna.token, { title: 'Netværksmøde', day, startTime, durationMinutes: 90, location: 'Nordbyens skole' })).body;
  const noticesOf = async (personId: string, kind: string) =>
    (await service.dataSource.query('SELECT subject, text, link FROM notification WHERE person_id = $1 AND kind = $2 ORDER BY created_at', [personId, kind])) as {
      subject: string;
      text: string;
      link: string;
    }[];
  /** A weekly schedule of an hour from tomorrow, and a read of its meetings in the 12 weeks ahead. */
  const weeklySchedule = async (title: string, weekday: number, startTime: string) => {
    const created = await call<{ id: string }>('POST', `/bodies/${GROUP}/schedules`, anna.token, {
      title,
      recurrence: 'weekly',
      intervalWeeks: 1,
      weekday,
      startTime,
      durationMinutes: 60,
      firstDay: addDays(today, 1),
    });
    const scheduleId = created.body.id;
    const ofSchedule = async () =>
      (await call<Meeting[]>('GET', `/bodies/${GROUP}/meetings?from=${today}&to=${addDays(today, 84)}`, anna.token)).body.filter((meeting) => meeting.scheduleId === scheduleId);
    return { scheduleId, ofSchedule };
  };
  const addMember = async (personName: string, email: string) =>
    (
      await call<{ personId: string }>('POST', `/bodies/${GROUP}/members`, secretariat, {
        personName,
        email,
        organisation: 'Randers Kommune',
        role: 'member',
        validFrom: addDays(today, -30),
      })
    ).body.personId;

  beforeAll(async () => {
    environment = await serviceTestEnvironment('network-groups', namespace);
    service = await startTestService(NETWORK_GROUPS, environment.env);
    secretariat = await testToken({ roles: [Role.secretariat], groups: [], subject: 'sekretariat-1' });
    outsider = await testToken({ roles: [Role.networkGroupMember], groups: [OTHER_GROUP], subject: 'udenfor-1' });
    const annaId = await addMember('Anna Andersen', 'anna@randers.example');
    await service.dataSource.query("UPDATE person SET subject = 'anna-sub' WHERE id = $1", [annaId]);
    anna = { personId: annaId, token: await testToken({ roles: [Role.networkGroupMember], groups: [GROUP], subject: 'anna-sub' }) };
    bo = await addMember('Bo Bertelsen', 'bo@randers.example');
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('moves a meeting ahead: new day, time and place, announced again as scheduled, and the other members told with a link to the page', async () => {
    const meeting = await single(addDays(today, 7));
    const moved = await call<Meeting>('PATCH', `/bodies/${GROUP}/meetings/${meeting.id}`, anna.token, { day: addDays(today, 9), startTime: '09:30', location: 'Biblioteket' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ day: addDays(today, 9), startTime: '09:30', location: 'Biblioteket', status: 'scheduled', movedAt: expect.any(String) });
    expect(Date.parse(moved.body.endsAt) - Date.parse(moved.body.startsAt)).toBe(90 * 60_000);
    await waitFor('the outbox to be published', async () => ((await service.dataSource.query('SELECT count(*)::int AS count FROM outbox_event')) as { count: number }[])[0].count, (left) => left === 0);
    const announced = (await probe.readAll(`${namespace}${Topics.meetingScheduled.name}`))
      .map((message) => (JSON.parse(message.value ?? 'null') as { payload: MeetingScheduledV1 }).payload)
      .filter((payload) => payload.meetingId === meeting.id);
    expect(announced.map((payload) => payload.startsAt)).toEqual([meeting.startsAt, moved.body.startsAt]);
    const [told] = await noticesOf(bo, 'meeting-moved');
    expect(told).toEqual({
      subject: 'Møde flyttet i Netværksgruppe Randers NV',
      text: expect.stringMatching(/^Netværksgruppe Randers NVs møde .* kl\. 15\.00 er flyttet til .* kl\. 09\.30\. Se tid og sted i SSP-systemet\.$/),
      link: `/netvaerksgrupper/${GROUP}/moeder/${meeting.id}`,
    });
    expect(told.text).not.toContain('Biblioteket');
    expect(await noticesOf(anna.personId, 'meeting-moved')).toEqual([]);
  });

  it('refuses to move a meeting that has begun, to the past, by a member of another group, or as typed wrong', async () => {
    const begun = await single(addDays(today, -1));
    const late = await call('PATCH', `/bodies/${GROUP}/meetings/${begun.id}`, anna.token, { day: addDays(today, 3), startTime: '10:00' });
    expect(refusalOf(late)).toEqual([409, MEETING_CONFLICTS.begun.code, MEETING_CONFLICTS.begun.message]);
    const ahead = await single(addDays(today, 5));
    const past = await call('PATCH', `/bodies/${GROUP}/meetings/${ahead.id}`, anna.token, { day: addDays(today, -2), startTime: '10:00' });
    expect(refusalOf(past)).toEqual([400, MEETING_REFUSALS.movedToPast.code, MEETING_REFUSALS.movedToPast.message]);
    const noTime = await call('PATCH', `/bodies/${GROUP}/meetings/${ahead.id}`, anna.token, { day: addDays(today, 6), startTime: '25:00' });
    expect((noTime.body as Refusal).code).toBe('meeting-start-time-invalid');
    const cpr = await call('PATCH', `/bodies/${GROUP}/meetings/${ahead.id}`, anna.token, { day: addDays(today, 6), startTime: '10:00', location: 'Hos 010310-4102' });
    expect(refusalOf(cpr)).toEqual([400, CPR_NUMBER_IN_TEXT, cprNumberInTextMessage('location')]);
    expect((await call('PATCH', `/bodies/${GROUP}/meetings/${ahead.id}`, outsider, { day: addDays(today, 6), startTime: '10:00' })).status).toBe(403);
    expect((await call('PATCH', `/bodies/${GROUP}/meetings/${randomUUID()}`, anna.token, { day: addDays(today, 6), startTime: '10:00' })).status).toBe(404);
  });

  it('cancels a meeting with a reason: its agenda goes to the next meeting, the members are told, the reason stays in the app, and a second cancel is refused', async () => {
    const doomed = await single(addDays(today, 1), '08:00');
    expect((await call('POST', `/bodies/${GROUP}/meetings/${doomed.id}/agenda-items`, anna.token, { title: 'Tryghedsvandring' })).status).toBe(201);
    const noReason = await call('POST', `/bodies/${GROUP}/meetings/${doomed.id}/cancel`, anna.token, { reason: '  ' });
    expect(refusalOf(noReason)).toEqual([400, MEETING_REFUSALS.cancelReason.code, MEETING_REFUSALS.cancelReason.message]);
    const cancelled = await call<Meeting>('POST', `/bodies/${GROUP}/meetings/${doomed.id}/cancel`, anna.token, { reason: 'For få kan deltage i efterårsferien.' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'For få kan deltage i efterårsferien.', agenda: [] });
    const next = (await call<Meeting[]>('GET', `/bodies/${GROUP}/meetings`, anna.token)).body.find((meeting) => meeting.status === 'scheduled' && Date.parse(meeting.startsAt) > service.clock.now().getTime());
    expect(next!.id).not.toBe(doomed.id);
    expect((await call<Meeting>('GET', `/bodies/${GROUP}/meetings/${next!.id}`, anna.token)).body.agenda?.map((item) => item.title)).toEqual(['Tryghedsvandring']);
    const [told] = await noticesOf(bo, 'meeting-cancelled');
    expect(told).toMatchObject({ subject: 'Møde aflyst i Netværksgruppe Randers NV', link: `/netvaerksgrupper/${GROUP}/moeder/${doomed.id}` });
    expect(told.text).not.toContain('efterårsferien');
    const again = await call('POST', `/bodies/${GROUP}/meetings/${doomed.id}/cancel`, anna.token, { reason: 'Igen' });
    expect(refusalOf(again)).toEqual([409, MEETING_CONFLICTS.cancelled.code, MEETING_CONFLICTS.cancelled.message]);
    const record = await call('PUT', `/bodies/${GROUP}/meetings/${doomed.id}/minutes`, anna.token, { text: 'Referat' });
    expect(refusalOf(record)).toEqual([409, MEETING_CONFLICTS.cancelled.code, MEETING_CONFLICTS.cancelled.message]);
  });

  it("moves the Monday group's meetings but does not cancel them", async () => {
    const monday = (await call<Meeting[]>('GET', '/bodies/mandagsgruppen/meetings', secretariat)).body.find((meeting) => Date.parse(meeting.startsAt) > service.clock.now().getTime())!;
    const refused = await call('POST', `/bodies/mandagsgruppen/meetings/${monday.id}/cancel`, secretariat, { reason: 'Helligdag' });
    expect(refusalOf(refused)).toEqual([409, MEETING_CONFLICTS.mondayGroup.code, MEETING_CONFLICTS.mondayGroup.message]);
  });

  it("changes a schedule's time and last day: its coming meetings follow, one moved by hand stays, later ones are cancelled, and nothing is put in twice", async () => {
    const { scheduleId, ofSchedule } = await weeklySchedule('Netværksmøde', 3, '16:00');
    const [first, second] = await ofSchedule();
    expect((await call('PATCH', `/bodies/${GROUP}/meetings/${second.id}`, anna.token, { day: second.day, startTime: '08:00' })).status).toBe(200);
    const until = addDays(first.day, 21);
    const changed = await call<{ startTime: string; until: string }>('PATCH', `/bodies/${GROUP}/schedules/${scheduleId}`, anna.token, { startTime: '17:30', until, location: 'Rådhuset' });
    expect([changed.status, changed.body.startTime, changed.body.until]).toEqual([200, '17:30', until]);
    const after = await ofSchedule();
    const on = after.filter((meeting) => meeting.status !== 'cancelled');
    expect(on.map((meeting) => [meeting.day, meeting.startTime])).toEqual([
      [first.day, '17:30'],
      [second.day, '08:00'],
      [addDays(first.day, 14), '17:30'],
      [until, '17:30'],
    ]);
    expect(on.filter((meeting) => meeting.id !== second.id).every((meeting) => meeting.location === 'Rådhuset')).toBe(true);
    const cancelled = after.filter((meeting) => meeting.status === 'cancelled');
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((meeting) => meeting.day > until && meeting.cancelReason === `Mødeplanen slutter ${danishDate(until)}.`)).toBe(true);
    expect(await service.app.get(SchedulesService).materialise(new Date(zonedTimeToInstant(today, '12:00', 'Europe/Copenhagen')))).toBe(0);
    const [told] = await noticesOf(bo, 'meeting-moved').then((notices) => notices.filter((notice) => notice.subject.startsWith('Mødeplanen')));
    expect(told).toEqual({
      subject: 'Mødeplanen for Netværksgruppe Randers NV er ændret',
      text: `Mødeplanen for Netværksgruppe Randers NV er ændret: 3 kommende møder er flyttet og ${cancelled.length} møder er aflyst. Se møderne i SSP-systemet.`,
      link: `/netvaerksgrupper/${GROUP}/moeder`,
    });
  });

  it('puts back the meetings an earlier last day cancelled when the schedule is lengthened again, not one cancelled by hand', async () => {
    const { scheduleId, ofSchedule } = await weeklySchedule('Torsdagsmøde', 4, '14:00');
    const all = await ofSchedule();
    expect(all.length).toBeGreaterThan(6);
    const byHand = all[5];
    expect((await call('POST', `/bodies/${GROUP}/meetings/${byHand.id}/cancel`, anna.token, { reason: 'Juleferie' })).status).toBe(200);
    const until = all[1].day;
    expect((await call('PATCH', `/bodies/${GROUP}/schedules/${scheduleId}`, anna.token, { until })).status).toBe(200);
    const shortened = await ofSchedule();
    expect(shortened.filter((meeting) => meeting.status === 'scheduled').map((meeting) => meeting.id)).toEqual([all[0].id, all[1].id]);
    expect(shortened.find((meeting) => meeting.id === all[2].id)?.cancelReason).toBe(`Mødeplanen slutter ${danishDate(until)}.`);

    const lengthened = await call<{ until: string | null }>('PATCH', `/bodies/${GROUP}/schedules/${scheduleId}`, anna.token, { until: null, startTime: '15:00' });
    expect([lengthened.status, lengthened.body.until]).toEqual([200, null]);
    const after = await ofSchedule();
    expect(after.map((meeting) => meeting.id)).toEqual(all.map((meeting) => meeting.id));
    expect(after.filter((meeting) => meeting.status === 'cancelled').map((meeting) => [meeting.id, meeting.cancelReason])).toEqual([[byHand.id, 'Juleferie']]);
    expect(after.filter((meeting) => meeting.status === 'scheduled').every((meeting) => meeting.startTime === '15:00' && meeting.cancelledAt === null)).toBe(true);
    const [told] = (await noticesOf(bo, 'meeting-moved')).filter((notice) => notice.text.includes('sat i kalenderen igen'));
    expect(told.text).toBe(`Mødeplanen for Netværksgruppe Randers NV er ændret: ${all.length - 1} kommende møder er flyttet og ${all.length - 3} aflyste møder er sat i kalenderen igen. Se møderne i SSP-systemet.`);
  });

  it("refuses a last day of the Monday group's schedule that would cancel its meetings, and takes one after them", async () => {
    const [monday] = (await call<{ items: { id: string; until: string | null }[] }>('GET', '/bodies/mandagsgruppen/schedules', secretariat)).body.items;
    const onBefore = (await call<Meeting[]>('GET', '/bodies/mandagsgruppen/meetings', secretariat)).body.filter((meeting) => meeting.status === 'scheduled');
    expect(onBefore.length).toBeGreaterThan(1);
    const refused = await call('PATCH', `/bodies/mandagsgruppen/schedules/${monday.id}`, secretariat, { until: onBefore[0].day });
    expect(refusalOf(refused)).toEqual([409, MEETING_CONFLICTS.mondayGroupScheduleEnd.code, MEETING_CONFLICTS.mondayGroupScheduleEnd.message]);
    expect((await call<Meeting[]>('GET', '/bodies/mandagsgruppen/meetings', secretariat)).body.filter((meeting) => meeting.status === 'scheduled')).toEqual(onBefore);
    expect((await call<{ items: { until: string | null }[] }>('GET', '/bodies/mandagsgruppen/schedules', secretariat)).body.items[0].until).toBeNull();
    const later = addDays(onBefore[onBefore.length - 1].day, 1);
    expect((await call('PATCH', `/bodies/mandagsgruppen/schedules/${monday.id}`, secretariat, { until: later })).status).toBe(200);
    expect((await call('PATCH', `/bodies/mandagsgruppen/schedules/${monday.id}`, secretariat, { until: null })).status).toBe(200);
  });

  it('refuses a change of nothing, a last day before the first, and an unknown schedule', async () => {
    const [schedule] = (await call<{ items: { id: string; firstDay: string }[] }>('GET', `/bodies/${GROUP}/schedules`, anna.token)).body.items;
    const empty = await call('PATCH', `/bodies/${GROUP}/schedules/${schedule.id}`, anna.token, {});
    expect(refusalOf(empty)).toEqual([400, MEETING_REFUSALS.scheduleChangeEmpty.code, MEETING_REFUSALS.scheduleChangeEmpty.message]);
    const backwards = await call('PATCH', `/bodies/${GROUP}/schedules/${schedule.id}`, anna.token, { until: addDays(schedule.firstDay, -1) });
    expect((backwards.body as Refusal).code).toBe('schedule-until-before-first-day');
    expect((await call('PATCH', `/bodies/${GROUP}/schedules/${randomUUID()}`, anna.token, { title: 'X' })).status).toBe(404);
    expect((await call('PATCH', `/bodies/${GROUP}/schedules/${schedule.id}`, outsider, { title: 'X' })).status).toBe(403);
  });
  it('marks the meetings the release before cancelled at a schedule\'s end, with the day in Danish (migration 1764900000000), and back when it is undone', async () => {
    const ended = async () =>
      (await service.dataSource.query("SELECT cancel_reason AS reason FROM meeting WHERE cancel_reason LIKE 'Mødeplanen slutter %' ORDER BY id")) as { reason: string }[];
    const danish = await ended();
    expect(danish.length).toBeGreaterThan(0);
    const migration = new RestoreEndedMeetings1764900000000();
    const runner = service.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      expect((await ended()).every((row) => /^Mødeplanen slutter \d{4}-\d{2}-\d{2}\.$/.test(row.reason))).toBe(true);
      await migration.up(runner);
      expect(await ended()).toEqual(danish);
      const [{ marked }] = (await runner.query('SELECT count(*)::int AS marked FROM meeting WHERE ended_with_schedule')) as { marked: number }[];
      expect(marked).toBe(danish.length);
    } finally {
      await runner.release();
    }
  });

  it("rewrites the links of notifications written before to the web app's paths (migration 1764400000000), and back when it is undone", async () => {
    const links = ['/bodies/netvaerk-randers-nv/meetings/4f7c1a52-0000-4000-8000-000000000001', '/bodies/netvaerk-randers-nv/meetings', '/bodies/netvaerk-randers-nv/messages?message=m-1', '/indsatser/i-1', '/henvisninger/r-1'];
    const linksOf = async () => ((await service.dataSource.query("SELECT link FROM notification WHERE subject = 'Før' ORDER BY text")) as { link: string }[]).map((row) => row.link);
    const migration = new MoveAndCancelMeetings1764400000000();
    const runner = service.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      for (const [index, link] of links.entries()) {
        await runner.query("INSERT INTO notification (person_id, kind, subject, text, link, delivery) VALUES ($1, 'message', 'Før', $2, $3, 'in-app')", [bo, String(index), link]);
      }
      await migration.up(runner);
      expect(await linksOf()).toEqual([
        '/netvaerksgrupper/netvaerk-randers-nv/moeder/4f7c1a52-0000-4000-8000-000000000001',
        '/netvaerksgrupper/netvaerk-randers-nv/moeder',
        '/netvaerksgrupper/netvaerk-randers-nv/beskeder',
        '/opfoelgning/mine-opgaver/i-1',
        '/henvisninger/r-1',
      ]);
      await migration.down(runner);
      expect(await linksOf()).toEqual(['/bodies/netvaerk-randers-nv/meetings/4f7c1a52-0000-4000-8000-000000000001', '/bodies/netvaerk-randers-nv/meetings', '/bodies/netvaerk-randers-nv/messages', '/indsatser/i-1', '/henvisninger/r-1']);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
  });
});
