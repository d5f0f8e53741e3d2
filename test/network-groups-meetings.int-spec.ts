import { Topics, type MeetingHeldV1, type MeetingScheduledV1, type TopicDefinition } from '@ssp/contracts';
import { CPR_NUMBER_IN_TEXT, cprNumberInTextMessage, Role } from '@ssp/platform';
import { addDays, daysBetween, isoWeekday, zonedTimeToInstant } from '@ssp/platform/time';
import { KafkaProbe, newTopicNamespace, serviceTestEnvironment, startTestService, TEST_TODAY, testToken, waitFor, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { AgendaService } from '../apps/network-groups/src/meetings/agenda.service';
import { MeetingNoticesService } from '../apps/network-groups/src/meetings/meeting-notices.service';
import { CalendarFeedsService, FEED_WINDOW } from '../apps/network-groups/src/calendar/calendar-feeds.service';
import { SchedulesService } from '../apps/network-groups/src/meetings/schedules.service';
import { CALENDAR_REFUSALS } from '../apps/network-groups/src/calendar/calendar.dto';
import { MEETING_CONFLICTS } from '../apps/network-groups/src/meetings/meeting-rules';
import { MEETING_REFUSALS } from '../apps/network-groups/src/meetings/meetings.dto';
import { SCHEDULE_REFUSALS } from '../apps/network-groups/src/meetings/recurrence';

/*
 * Meetings of the SSP bodies through the HTTP API, against the real database and broker:
 * a weekly schedule across both changes of summer time, the Monday group's seeded schedule,
 * meeting scheduled once per meeting, a meeting's record until its minutes are approved and
 * meeting held once, agenda items from another module, and the iCalendar feeds read back
 * with ical.js (a membership that ends, a revoked feed).
 */
const GROUP = 'netvaerk-randers-nv';
const OTHER_GROUP = 'netvaerk-langaa';
const FEED_BASE = 'https://kalender.randers.example';
const MINUTES = 'Referat: skolernes trivselsmåling gennemgået; klubben holder åbent i vinterferien.';

interface Response<T> {
  status: number;
  body: T;
  headers: Headers;
}
interface ErrorBody {
  code?: string;
  message: string | string[];
}
interface Meeting {
  id: string;
  bodyId: string;
  scheduleId: string | null;
  title: string;
  startsAt: string;
  endsAt: string;
  day: string;
  startTime: string;
  status: string;
}
interface MeetingDetail extends Meeting {
  agenda: { id: string; title: string; source: string }[];
  attendance: { personId: string; status: string }[];
  minutes: string | null;
  decisions: unknown[];
  actionItems: { id: string; status: string }[];
}
interface Feed {
  id: string;
  kind: string;
  url: string;
  path: string;
}

const copenhagenClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const wallTime = (instant: string) => copenhagenClock.format(new Date(instant));

/** The last Sunday of a month: summer time runs from March's to October's (EU rule, written out here on its own). */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}
const isSummer = (day: string) => day > lastSunday(Number(day.slice(0, 4)), 3) && day < lastSunday(Number(day.slice(0, 4)), 10);

function feedEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString(), summary: event.summary };
  });
}

describe('meetings of the SSP bodies and their calendars', () => {
  const namespace = newTopicNamespace();
  const probe = new KafkaProbe();
  const today = TEST_TODAY;
  const annaLastDay = addDays(today, 21);
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let secretariat: string;
  let member: string;
  let outsider: string;
  let anna: { personId: string; token: string };
  let bo: { personId: string };
  let weekly: { id: string };
  let weeklyMeetings: Meeting[];

  async function call<T>(method: string, route: string, token: string | undefined, body?: unknown): Promise<Response<T>> {
    const response = await fetch(`${service.url}${route}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T, headers: response.headers };
  }
  /** Status, code and Danish message of a refusal, to compare with [status, refusal.code, refusal.message]. */
  const refusalOf = (response: Response<unknown>) => [response.status, (response.body as ErrorBody).code, (response.body as ErrorBody).message];
  const meetingsOf = async (bodyId: string, from: string, to: string) => (await call<Meeting[]>('GET', `/bodies/${bodyId}/meetings?from=${from}&to=${to}`, secretariat)).body;
  // A feed ends FEED_WINDOW.aheadDays after now; the 53-week horizon reaches a little beyond (docs/paging.md).
  const beforeFeedEnds = (meeting: Meeting) => Date.parse(meeting.startsAt) < service.clock.now().getTime() + FEED_WINDOW.aheadDays * 24 * 3_600_000;
  const payloadsOn = async <P extends object>(topic: TopicDefinition<P>) => {
    await waitFor('the outbox to be published', async () => ((await service.dataSource.query('SELECT count(*)::int AS count FROM outbox_event')) as { count: number }[])[0].count, (left) => left === 0);
    return (await probe.readAll(`${namespace}${topic.name}`)).map((message) => ({ key: message.key, payload: (JSON.parse(message.value ?? 'null') as { payload: P }).payload }));
  };
  const addMember = async (bodyId: string, personName: string, email: string, validTo: string | null) => {
    const response = await call<{ personId: string }>('POST', `/bodies/${bodyId}/members`, secretariat, {
      personName,
      email,
      organisation: 'Randers Kommune',
      role: 'member',
      validFrom: addDays(today, -30),
      ...(validTo ? { validTo } : {}),
    });
    expect(response.status).toBe(201);
    return response.body.personId;
  };

  beforeAll(async () => {
    environment = await serviceTestEnvironment('network-groups', namespace);
    service = await startTestService(NETWORK_GROUPS, { ...environment.env, MEETING_HORIZON_WEEKS: '53', CALENDAR_FEED_BASE_URL: FEED_BASE });
    secretariat = await testToken({ roles: [Role.secretariat], groups: [], subject: 'sekretariat-1' });
    member = await testToken({ roles: [Role.networkGroupMember], groups: [GROUP], subject: 'medlem-1' });
    outsider = await testToken({ roles: [Role.networkGroupMember], groups: [OTHER_GROUP], subject: 'udenfor-1' });
    const annaId = await addMember(GROUP, 'Anna Andersen', 'anna@randers.example', annaLastDay);
    await addMember('mandagsgruppen', 'Anna Andersen', 'anna@randers.example', null);
    await service.dataSource.query("UPDATE person SET subject = 'anna-sub' WHERE id = $1", [annaId]);
    anna = { personId: annaId, token: await testToken({ roles: [Role.school], groups: [GROUP, 'mandagsgruppen'], subject: 'anna-sub' }) };
    bo = { personId: await addMember(GROUP, 'Bo Bertelsen', 'bo@randers.example', null) };
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  describe('recurring schedules', () => {
    it('keeps a weekly 16:00 meeting at 16:00 Copenhagen time on both sides of both changes of summer time', async () => {
      const created = await call<{ id: string } & ErrorBody>('POST', `/bodies/${GROUP}/schedules`, member, {
        title: 'Netværksmøde',
        recurrence: 'weekly',
        intervalWeeks: 1,
        weekday: 4,
        startTime: '16:00',
        durationMinutes: 90,
        firstDay: today,
        location: 'Nordbyens skole',
      });
      expect(created.status).toBe(201);
      weekly = created.body;
      weeklyMeetings = (await meetingsOf(GROUP, today, addDays(today, 53 * 7))).filter((meeting) => meeting.scheduleId === weekly.id);
      // 53 weeks hold a spring and an autumn change whatever day the test runs.
      expect(weeklyMeetings.length).toBeGreaterThanOrEqual(52);
      expect(new Set(weeklyMeetings.map((meeting) => isoWeekday(meeting.day)))).toEqual(new Set([4]));
      expect(new Set(weeklyMeetings.map((meeting) => wallTime(meeting.startsAt)))).toEqual(new Set(['16:00']));
      expect(weeklyMeetings.every((meeting) => meeting.startTime === '16:00')).toBe(true);
      const utcHours = weeklyMeetings.map((meeting) => [meeting.day, new Date(meeting.startsAt).getUTCHours()] as const);
      expect(utcHours.filter(([day, hour]) => hour !== (isSummer(day) ? 14 : 15))).toEqual([]);
      expect(new Set(utcHours.map(([, hour]) => hour))).toEqual(new Set([14, 15]));
      expect(weeklyMeetings.every((meeting) => Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt) === 90 * 60_000)).toBe(true);
    });

    it("has the Monday group's schedule seeded: every other Monday from 2026-01-05, 09:00 to 11:00", async () => {
      const schedules = (await call<{ items: { seed: string | null; firstDay: string; intervalWeeks: number; startTime: string; durationMinutes: number }[] }>('GET', '/bodies/mandagsgruppen/schedules', secretariat)).body;
      expect(schedules).toEqual({ next: null, items: [expect.objectContaining({ seed: 'monday-group', firstDay: '2026-01-05', intervalWeeks: 2, startTime: '09:00', durationMinutes: 120 })] });
      const meetings = await meetingsOf('mandagsgruppen', today, addDays(today, 53 * 7));
      expect(meetings.length).toBeGreaterThanOrEqual(26);
      expect(meetings.filter((meeting) => daysBetween('2026-01-05', meeting.day) % 14 !== 0 || wallTime(meeting.startsAt) !== '09:00')).toEqual([]);
    });

    it('announces every new meeting once as meeting scheduled, and putting the schedules in the calendar again adds nothing', async () => {
      expect(await service.app.get(SchedulesService).materialise(new Date(zonedTimeToInstant(today, '12:00', 'Europe/Copenhagen')))).toBe(0);
      const ids = ((await service.dataSource.query('SELECT id FROM meeting')) as { id: string }[]).map((row) => row.id);
      const events = await payloadsOn<MeetingScheduledV1>(Topics.meetingScheduled);
      expect(events.map((event) => event.payload.meetingId).sort()).toEqual([...ids].sort());
      for (const meeting of weeklyMeetings) {
        expect(events.find((event) => event.payload.meetingId === meeting.id)).toEqual({
          key: GROUP,
          payload: expect.objectContaining({ bodyId: GROUP, startsAt: meeting.startsAt, endsAt: meeting.endsAt }),
        });
      }
    });

    it.each([
      ['a time that does not exist', { startTime: '25:00' }, SCHEDULE_REFUSALS.startTime],
      ['a weekly schedule without its interval', { intervalWeeks: undefined }, SCHEDULE_REFUSALS.intervalWeeks],
      ['an end before the first day', { until: addDays(today, -1) }, SCHEDULE_REFUSALS.untilBeforeFirstDay],
      ['a monthly schedule with an interval of weeks', { recurrence: 'monthly', weekOfMonth: 1 }, SCHEDULE_REFUSALS.intervalWeeksNotWeekly],
      ['a monthly schedule without its week', { recurrence: 'monthly', intervalWeeks: undefined }, SCHEDULE_REFUSALS.weekOfMonth],
      ['a CPR number in the title', { title: 'Om 010310-4102' }, { code: CPR_NUMBER_IN_TEXT, message: cprNumberInTextMessage('title') }],
      ['a spaced CPR number in the title', { title: 'Om 01 03 10 4102' }, { code: CPR_NUMBER_IN_TEXT, message: cprNumberInTextMessage('title') }],
      ['a day that does not exist', { firstDay: '2026-02-30' }, SCHEDULE_REFUSALS.firstDay],
    ])('refuses %s with a 400, its code and the Danish text naming the field', async (_case, change, refusal) => {
      const request = { title: 'Møde', recurrence: 'weekly', intervalWeeks: 2, weekday: 2, startTime: '09:00', durationMinutes: 60, firstDay: today, ...change };
      const response = await call('POST', `/bodies/${GROUP}/schedules`, member, request);
      expect(refusalOf(response)).toEqual([400, refusal.code, refusal.message]);
    });

    it('answers 404 for an unknown body and 403 to a member of another group', async () => {
      const request = { title: 'Møde', recurrence: 'weekly', intervalWeeks: 1, weekday: 1, startTime: '09:00', durationMinutes: 60, firstDay: today };
      expect((await call('POST', '/bodies/ingen-gruppe/schedules', secretariat, request)).status).toBe(404);
      expect((await call('GET', '/bodies/ingen-gruppe/meetings', secretariat)).status).toBe(404);
      expect((await call('POST', `/bodies/${GROUP}/schedules`, outsider, request)).status).toBe(403);
      expect((await call('GET', `/bodies/${GROUP}/meetings/${weeklyMeetings[0].id}`, outsider)).status).toBe(403);
      expect((await call('GET', `/bodies/${OTHER_GROUP}/meetings/${weeklyMeetings[0].id}`, secretariat)).status).toBe(404);
      const backwards = await call('GET', `/bodies/${GROUP}/meetings?from=${today}&to=${addDays(today, -1)}`, member);
      expect(refusalOf(backwards)).toEqual([400, MEETING_REFUSALS.toBeforeFrom.code, MEETING_REFUSALS.toBeforeFrom.message]);
    });
  });

  describe("a meeting's record", () => {
    let meeting: Meeting;
    const path = () => `/bodies/${GROUP}/meetings/${meeting.id}`;

    beforeAll(async () => {
      const created = await call<Meeting>('POST', `/bodies/${GROUP}/meetings`, member, { title: 'Ekstraordinært møde', day: addDays(today, -1), startTime: '10:00', durationMinutes: 60 });
      expect(created.status).toBe(201);
      meeting = created.body;
    });

    it('takes agenda, attendance of members, decisions and action items, and refuses what does not fit', async () => {
      expect((await call('POST', `${path()}/agenda-items`, anna.token, { title: 'Trivselsmåling', description: 'Skolernes tal' })).status).toBe(201);
      const attendance = await call<{ personId: string; status: string }[]>('PUT', `${path()}/attendance`, member, {
        entries: [
          { personId: anna.personId, status: 'present' },
          { personId: bo.personId, status: 'excused' },
        ],
      });
      expect(attendance.status).toBe(200);
      expect(attendance.body.map((entry) => entry.status).sort()).toEqual(['excused', 'present']);
      const stranger = await call('PUT', `${path()}/attendance`, member, { entries: [{ personId: randomUUID(), status: 'present' }] });
      expect(refusalOf(stranger)).toEqual([400, MEETING_REFUSALS.attendancePersonNotMember.code, MEETING_REFUSALS.attendancePersonNotMember.message]);
      expect(stranger.body).toMatchObject({ meetingDay: meeting.day });
      const badStatus = await call('PUT', `${path()}/attendance`, member, { entries: [{ personId: bo.personId, status: 'late' }] });
      expect(refusalOf(badStatus)).toEqual([400, MEETING_REFUSALS.attendanceStatus.code, MEETING_REFUSALS.attendanceStatus.message]);
      expect((await call('POST', `${path()}/decisions`, member, { text: 'Klubben holder åbent i vinterferien.' })).status).toBe(201);
      expect((await call('POST', `${path()}/decisions`, member, { text: 'Trivselsmålingen følges op i marts.' })).status).toBe(201);
      const item = await call<{ id: string; status: string; ownerName: string }>('POST', `${path()}/action-items`, member, { title: 'Plakater til klubben', ownerPersonId: bo.personId, deadline: addDays(today, 7) });
      expect([item.status, item.body.status, item.body.ownerName]).toEqual([201, 'open', 'Bo Bertelsen']);
      const early = await call('POST', `${path()}/action-items`, member, { title: 'For tidligt', ownerPersonId: bo.personId, deadline: addDays(meeting.day, -1) });
      expect(refusalOf(early)).toEqual([400, MEETING_REFUSALS.deadlineBeforeMeeting.code, MEETING_REFUSALS.deadlineBeforeMeeting.message]);
      expect(early.body).toMatchObject({ meetingDay: meeting.day });
      const noOwner = await call('POST', `${path()}/action-items`, member, { title: 'Uden ejer', ownerPersonId: randomUUID(), deadline: today });
      expect(refusalOf(noOwner)).toEqual([400, MEETING_REFUSALS.ownerNotMember.code, MEETING_REFUSALS.ownerNotMember.message]);
      const unnamed = await call('POST', `${path()}/decisions`, member, { text: '   ' });
      expect(refusalOf(unnamed)).toEqual([400, MEETING_REFUSALS.decisionText.code, MEETING_REFUSALS.decisionText.message]);
      expect((await call('GET', `/bodies/${GROUP}/meetings/${randomUUID()}`, member)).status).toBe(404);
    });

    it('approves the minutes once: the meeting is held, its record closes, and meeting held goes out once with the counts', async () => {
      const noMinutes = await call('POST', `${path()}/minutes/approve`, member);
      expect(refusalOf(noMinutes)).toEqual([409, MEETING_CONFLICTS.noMinutes.code, MEETING_CONFLICTS.noMinutes.message]);
      expect((await call('PUT', `${path()}/minutes`, member, { text: MINUTES })).status).toBe(200);
      const approved = await call<MeetingDetail>('POST', `${path()}/minutes/approve`, member);
      expect([approved.status, approved.body.status, approved.body.minutes]).toEqual([200, 'held', MINUTES]);
      const again = await call('POST', `${path()}/minutes/approve`, member);
      expect(refusalOf(again)).toEqual([409, MEETING_CONFLICTS.minutesApproved.code, MEETING_CONFLICTS.minutesApproved.message]);
      for (const [method, route, body] of [
        ['PUT', 'minutes', { text: 'Rettet referat' }],
        ['POST', 'agenda-items', { title: 'For sent' }],
        ['PUT', 'attendance', { entries: [{ personId: bo.personId, status: 'present' }] }],
        ['POST', 'decisions', { text: 'For sent' }],
      ] as const) {
        const refused = await call(method, `${path()}/${route}`, member, body);
        expect([route, refused.status]).toEqual([route, 409]);
      }
      const record = (await call<MeetingDetail>('GET', path(), member)).body;
      expect([record.minutes, record.attendance.length, record.decisions.length, record.agenda.length]).toEqual([MINUTES, 2, 2, 1]);

      const held = (await payloadsOn<MeetingHeldV1>(Topics.meetingHeld)).filter((event) => event.payload.meetingId === meeting.id);
      expect(held).toEqual([{ key: GROUP, payload: { meetingId: meeting.id, bodyId: GROUP, heldAt: meeting.startsAt, attendees: 1, decisions: 2, actionItems: 1 } }]);
    });

    it("told the body's members of the new agenda item, and tells an action item's owner once when its deadline comes", async () => {
      const notices = (kind: string) =>
        service.dataSource.query('SELECT p.name, n.subject FROM notification n JOIN person p ON p.id = n.person_id WHERE n.kind = $1 ORDER BY p.name', [kind]) as Promise<
          { name: string; subject: string }[]
        >;
      // Anna added the item: the other members are told, she is not.
      const told = (await notices('new-agenda')).map((notice) => notice.name);
      expect(told).toContain('Bo Bertelsen');
      expect(told).not.toContain('Anna Andersen');
      const notify = (day: string) => service.app.get(MeetingNoticesService).notifyDueActionItems(day);
      expect(await notify(addDays(today, 6))).toBe(0);
      expect(await notify(addDays(today, 7))).toBe(1);
      expect(await notify(addDays(today, 8))).toBe(0);
      expect(await notices('action-item-due')).toEqual([{ name: 'Bo Bertelsen', subject: `Opgave med frist ${addDays(today, 7)} i Netværksgruppe Randers NV` }]);
      // Titles written at the meeting stay in the app: nothing of them goes into an e-mail.
      const emails = (await service.dataSource.query('SELECT subject, body FROM outgoing_email')) as { subject: string; body: string }[];
      expect(emails.length).toBeGreaterThan(0);
      expect(emails.filter((email) => /Plakater|Trivselsmåling/.test(email.subject + email.body))).toEqual([]);
    });

    it('marks an action item done after the meeting is held, once', async () => {
      const [item] = (await call<MeetingDetail>('GET', path(), member)).body.actionItems;
      const done = await call<{ status: string; doneAt: string }>('PATCH', `${path()}/action-items/${item.id}`, member, { status: 'done' });
      expect([done.status, done.body.status]).toEqual([200, 'done']);
      const twice = await call('PATCH', `${path()}/action-items/${item.id}`, member, { status: 'done' });
      expect(refusalOf(twice)).toEqual([409, MEETING_CONFLICTS.actionItemDone.code, MEETING_CONFLICTS.actionItemDone.message]);
      expect((await call<{ items: unknown[]; next: string | null }>('GET', `/bodies/${GROUP}/action-items?status=open`, member)).body).toEqual({ items: [], next: null });
    });

    it("pages the body's action items by deadline, each once, while one is added between pages, and refuses a page above the maximum", async () => {
      const open = weeklyMeetings[1];
      const add = async (title: string, deadline: string) =>
        expect((await call('POST', `/bodies/${GROUP}/meetings/${open.id}/action-items`, member, { title, ownerPersonId: bo.personId, deadline })).status).toBe(201);
      for (const [title, days] of [['Opgave A', 20], ['Opgave B', 30], ['Opgave C', 40]] as const) await add(title, addDays(open.day, days));
      const page = async (after: string | null) =>
        (await call<{ items: { title: string }[]; next: string | null }>('GET', `/bodies/${GROUP}/action-items?limit=1${after ? `&after=${after}` : ''}`, member)).body;
      const titles: string[] = [];
      let added = false;
      for (let after: string | null = null, pages = 0; pages === 0 || (after !== null && pages < 10); pages++) {
        const next = await page(after);
        titles.push(...next.items.map((item) => item.title));
        after = next.next;
        if (!added && titles.includes('Opgave A')) {
          // One due before the cursor (on no later page) and one after it (on a later page).
          await add('Opgave tidlig', addDays(open.day, 1));
          await add('Opgave sen', addDays(open.day, 50));
          added = true;
        }
      }
      expect(titles.filter((title) => title.startsWith('Opgave'))).toEqual(['Opgave A', 'Opgave B', 'Opgave C', 'Opgave sen']);
      expect(new Set(titles).size).toBe(titles.length);
      const refused = await call<{ code: string; message: string }>('GET', `/bodies/${GROUP}/action-items?limit=201`, member);
      expect([refused.status, refused.body.code]).toEqual([400, 'page-limit-out-of-range']);
      expect(refused.body.message).toMatch(/^limit skal være et helt tal fra 1 til 200/);
    });

    it('refuses to approve the minutes of a meeting that has not begun', async () => {
      const future = weeklyMeetings[1];
      expect((await call('PUT', `/bodies/${GROUP}/meetings/${future.id}/minutes`, member, { text: 'Forberedelse' })).status).toBe(200);
      const early = await call('POST', `/bodies/${GROUP}/meetings/${future.id}/minutes/approve`, member);
      expect(refusalOf(early)).toEqual([409, MEETING_CONFLICTS.notBegun.code, MEETING_CONFLICTS.notBegun.message]);
    });
  });

  describe('agenda items from another module', () => {
    const add = (bodyId: string, sourceId: string) =>
      service.dataSource.transaction((tx) => service.app.get(AgendaService).addAgendaItemToNextMeeting(tx, bodyId, { title: 'Områdealarm: butikstyveri', source: 'area-alert', sourceId }, service.clock.now()));

    it("go on the body's next meeting once per source id", async () => {
      const first = await add(GROUP, 'alert-1');
      const repeat = await add(GROUP, 'alert-1');
      const next = weeklyMeetings.find((meeting) => Date.parse(meeting.startsAt) > service.clock.now().getTime());
      expect([first.created, repeat.created, repeat.id, first.meetingId]).toEqual([true, false, first.id, next?.id]);
      const agenda = (await call<MeetingDetail>('GET', `/bodies/${GROUP}/meetings/${next?.id}`, member)).body.agenda;
      expect(agenda.filter((item) => item.source === 'area-alert').map((item) => item.title)).toEqual(['Områdealarm: butikstyveri']);
    });

    it('wait for a body without an upcoming meeting and go on the first one put in the calendar', async () => {
      const waiting = await add('ssp-plus', 'alert-2');
      expect(waiting.meetingId).toBeNull();
      const meeting = (await call<Meeting>('POST', '/bodies/ssp-plus/meetings', secretariat, { title: 'SSP+ møde', day: addDays(today, 14), startTime: '13:00', durationMinutes: 60 })).body;
      const agenda = (await call<MeetingDetail>('GET', `/bodies/ssp-plus/meetings/${meeting.id}`, secretariat)).body.agenda;
      expect(agenda.map((item) => item.id)).toEqual([waiting.id]);
    });
  });

  describe('iCalendar feeds', () => {
    const fetchFeed = (feed: { path: string }) => call<string>('GET', feed.path, undefined);

    it("gives a body's meetings, read back by ical.js at the same instants, with nothing of the record", async () => {
      const notInRegistry = await call('POST', `/bodies/${GROUP}/calendar-feed`, member);
      expect(refusalOf(notInRegistry)).toEqual([404, CALENDAR_REFUSALS.notMember.code, CALENDAR_REFUSALS.notMember.message]);
      const issued = await call<Feed>('POST', `/bodies/${GROUP}/calendar-feed`, anna.token);
      expect(issued.status).toBe(201);
      expect(issued.body.url).toBe(`${FEED_BASE}${issued.body.path}`);
      const response = await fetchFeed(issued.body);
      expect([response.status, response.headers.get('content-type')]).toEqual([200, 'text/calendar; charset=utf-8']);
      expect(response.body).toContain('DTSTART;TZID=Europe/Copenhagen:');
      const expected = (await meetingsOf(GROUP, addDays(today, -89), addDays(today, 53 * 7 + 1))).filter(beforeFeedEnds);
      expect(expected.length).toBeGreaterThan(40);
      const events = feedEvents(response.body);
      expect(events.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual(expected.map((meeting) => ({ uid: `${meeting.id}@network-groups.ssp`, start: meeting.startsAt, end: meeting.endsAt })));
      for (const private_ of [MINUTES, 'Anna', 'Bertelsen', 'anna@randers.example', 'Plakater', 'Klubben holder']) expect(response.body).not.toContain(private_);
    });

    it("stops a body's feed once the member who issued it has left the body; the secretariat's lasts", async () => {
      const feeds = service.app.get(CalendarFeedsService);
      const byAnna = (await call<Feed>('POST', `/bodies/${GROUP}/calendar-feed`, anna.token)).body;
      const bySecretariat = (await call<Feed>('POST', `/bodies/${GROUP}/calendar-feed`, secretariat)).body;
      const tokenOf = (feed: Feed) => feed.path.replace('/calendar/', '').replace('.ics', '');
      const lastDay = zonedTimeToInstant(annaLastDay, '12:00', 'Europe/Copenhagen');
      const dayAfter = zonedTimeToInstant(addDays(annaLastDay, 1), '12:00', 'Europe/Copenhagen');
      expect(await feeds.feed(tokenOf(byAnna), new Date(lastDay))).toContain('BEGIN:VCALENDAR');
      expect(await feeds.feed(tokenOf(byAnna), new Date(dayAfter))).toBeNull();
      expect(await feeds.feed(tokenOf(bySecretariat), new Date(dayAfter))).toContain('BEGIN:VCALENDAR');
    });

    it("gives a person the meetings of every body they are a member of on the meeting day, and none after a membership ends", async () => {
      const issued = await call<Feed>('POST', '/people/me/calendar-feed', anna.token);
      expect([issued.status, issued.body.kind]).toEqual([201, 'person']);
      const events = feedEvents((await fetchFeed(issued.body)).body);
      const group = (await meetingsOf(GROUP, addDays(today, -89), addDays(today, 53 * 7 + 1))).filter(beforeFeedEnds);
      const monday = (await meetingsOf('mandagsgruppen', addDays(today, -89), addDays(today, 53 * 7 + 1))).filter(beforeFeedEnds);
      const expected = [...group.filter((meeting) => meeting.day <= annaLastDay), ...monday].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      expect(group.some((meeting) => meeting.day > annaLastDay)).toBe(true);
      expect(events.map(({ uid, start }) => ({ uid, start })).sort((a, b) => a.start.localeCompare(b.start))).toEqual(
        expected.map((meeting) => ({ uid: `${meeting.id}@network-groups.ssp`, start: meeting.startsAt })),
      );
      expect(events.some((event) => event.summary === 'Mandagsgruppens møde (Mandagsgruppen)')).toBe(true);
    });

    it("lets the secretariat issue a person's feed, and answers 404 for an unknown person or an unlinked sign-in", async () => {
      expect((await call<Feed>('POST', `/people/${bo.personId}/calendar-feed`, secretariat)).status).toBe(201);
      expect((await call('POST', `/people/${randomUUID()}/calendar-feed`, secretariat)).status).toBe(404);
      expect((await call('POST', '/people/me/calendar-feed', member)).status).toBe(404);
    });

    it('answers 404 once a feed is revoked, and for unknown and malformed tokens', async () => {
      const issued = (await call<Feed>('POST', '/people/me/calendar-feed', anna.token)).body;
      expect((await fetchFeed(issued)).status).toBe(200);
      expect((await call<{ items: { id: string }[] }>('GET', '/calendar-feeds', anna.token)).body.items.map((feed) => feed.id)).toContain(issued.id);
      expect((await call('DELETE', `/calendar-feeds/${issued.id}`, outsider)).status).toBe(404);
      expect((await call('DELETE', `/calendar-feeds/${issued.id}`, anna.token)).status).toBe(204);
      expect((await fetchFeed(issued)).status).toBe(404);
      expect((await call('DELETE', `/calendar-feeds/${issued.id}`, anna.token)).status).toBe(404);
      expect((await call<{ items: { id: string }[] }>('GET', '/calendar-feeds', anna.token)).body.items.map((feed) => feed.id)).not.toContain(issued.id);
      expect((await call('GET', `/calendar/${'A'.repeat(43)}.ics`, undefined)).status).toBe(404);
      expect((await call('GET', '/calendar/not-a-token.ics', undefined)).status).toBe(404);
    });
  });
});
