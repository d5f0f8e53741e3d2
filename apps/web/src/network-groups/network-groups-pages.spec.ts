import type { ActiveSession } from '../session/session.service';
import { areaPage, everyAlertPage, isoWeekNumber } from './area.page';
import { feedsPage } from './calendar-feeds.page';
import { isCurrent, myGroupsPage } from './groups.page';
import { meetingPage, type MeetingView } from './meeting.page';
import { neighbourWindows, windowStart } from './meetings.page';
import type { Body, MeetingDetail, Membership, MembershipPage } from './network-groups.types';
import { notificationsPage, sitePath } from './notifications.page';
import { recurrenceText } from './schedules.page';

const SESSION = { subject: 'demo-ali-yilmaz', name: 'Ali Yilmaz', roles: ['network-group-member'], formToken: 'form-token', accessToken: 'token' } as unknown as ActiveSession;
const NOW = new Date('2026-11-23T09:00:00.000Z');
const BODY: Body = { id: 'netvaerk-randers-nv', name: 'Netværksgruppe Randers NV', kind: 'network-group', level: 'executing', areaId: 'randers-nv', endsOn: null };
const ALI = '4f7c1a52-0000-4000-8000-00000000000a';
const MEMBERSHIP: Membership = {
  id: '4f7c1a52-0000-4000-8000-0000000000m1',
  bodyId: BODY.id,
  bodyName: BODY.name,
  personId: ALI,
  personName: 'Ali Yilmaz',
  email: 'ali@randers.example',
  organisationId: '4f7c1a52-0000-4000-8000-0000000000o1',
  organisation: 'Randers NV Ungdomsskole',
  role: 'ungdomsskolelærer',
  validFrom: '2026-01-01',
  validTo: null,
};
const MEMBERS: MembershipPage = { items: [MEMBERSHIP], next: null };
const MEETING: MeetingDetail = {
  id: '4f7c1a52-0000-4000-8000-0000000000e1',
  bodyId: BODY.id,
  scheduleId: null,
  title: 'Netværksmøde <ekstra>',
  location: 'Nordbyens skole',
  startsAt: '2026-11-26T15:00:00.000Z',
  endsAt: '2026-11-26T16:30:00.000Z',
  day: '2026-11-26',
  startTime: '16:00',
  status: 'scheduled',
  cancelledAt: null,
  cancelReason: null,
  movedAt: null,
  agenda: [{ id: 'a1', meetingId: 'm', bodyId: BODY.id, title: 'Vold: 6 hændelser', description: null, source: 'area-alert', sourceId: 'x', createdAt: '2026-11-23T08:00:00.000Z' }],
  attendance: [],
  minutes: null,
  minutesApprovedAt: null,
  decisions: [],
  actionItems: [
    { id: 'ai1', meetingId: 'm', bodyId: BODY.id, title: 'Plakater', ownerPersonId: ALI, ownerName: 'Ali Yilmaz', deadline: '2026-12-01', status: 'open', doneAt: null, createdAt: '2026-11-23T08:00:00.000Z' },
  ],
};
const view = (meeting: Partial<MeetingDetail> = {}): MeetingView => ({ body: BODY, meeting: { ...MEETING, ...meeting }, members: MEMBERS, membersCursor: undefined });
const forms = (page: string) => [...page.matchAll(/<form method="post" action="[^"]*\/(\w+)"/g)].map((match) => match[1]);

describe("the network groups' pages", () => {
  it('offers every form of a planned meeting, moving and cancelling included, and escapes what people wrote', () => {
    const page = meetingPage(SESSION, view(), null);
    expect(forms(page)).toEqual(['punkter', 'fremmoede', 'referat', 'beslutninger', 'udfoert', 'opgaver', 'flyt', 'aflys']);
    expect(page).toContain('Netværksmøde &lt;ekstra&gt;');
    expect(page).toContain('Områdealarm');
    expect(page).not.toContain('Godkend referatet');
  });

  it('offers the approval once the meeting has minutes', () => {
    expect(forms(meetingPage(SESSION, view({ minutes: 'Referat' }), null))).toEqual(['punkter', 'fremmoede', 'referat', 'godkend', 'beslutninger', 'udfoert', 'opgaver', 'flyt', 'aflys']);
  });

  it('shows a cancelled meeting with its reason and nothing to change', () => {
    const page = meetingPage(SESSION, view({ status: 'cancelled', cancelledAt: '2026-11-23T08:00:00.000Z', cancelReason: 'For få kan komme', actionItems: [] }), null);
    expect(page).toContain('For få kan komme');
    expect(page).toContain('Aflyst');
    expect(forms(page)).toEqual([]);
  });

  it('leaves a held meeting its open action items to mark done, and nothing else', () => {
    expect(forms(meetingPage(SESSION, view({ status: 'held', minutes: 'Referat', minutesApprovedAt: '2026-11-26T17:00:00.000Z' }), null))).toEqual(['udfoert']);
  });

  it('shows a refused form again with what was typed and the reason on its field, the other forms as they were', () => {
    const errors = [{ field: 'flyt-dag', code: 'meeting-moved-to-past', message: 'day og startTime skal ligge efter nu.' }];
    const page = meetingPage(SESSION, view(), { form: 'flyt', values: { 'flyt-dag': '1.1.2020', 'flyt-tid': '10.00', 'flyt-varighed': '', 'flyt-sted': '' }, errors });
    expect(page).toContain('<title>Fejl: ');
    expect(page).toContain('href="#flyt-dag"');
    expect(page).toContain('value="1.1.2020"');
    expect(page).toMatch(/id="flyt-dag-error"[^>]*>.*day og startTime skal ligge efter nu\./s);
    expect(page).toContain('meeting-moved-to-past');
    expect(page).not.toContain('id="punkt-titel-error"');
  });

  it("shows the area's counts in a table, a suppressed count as words and never as a number", () => {
    const signals = {
      areaId: 'randers-nv',
      areaName: 'Randers NV',
      from: '2026-11-09',
      to: '2026-11-16',
      suppressedBelow: 5,
      counts: [
        { weekStart: '2026-11-16', offenceCategory: 'theft', offenceCategoryText: 'Tyveri', count: null, suppressed: true },
        { weekStart: '2026-11-16', offenceCategory: 'violence', offenceCategoryText: 'Vold', count: 8, suppressed: false },
      ],
    };
    const page = areaPage(SESSION, BODY, signals, { items: [], next: null }, undefined, { from: '', to: '', errors: [] });
    expect(page).toMatch(/Uge 47 \(fra 16\.11\.2026\)<\/th>\s*<td>Tyveri<\/td>\s*<td class="align-text-right"><span>Færre end 5<\/span><\/td>/);
    expect(page).toMatch(/<td>Vold<\/td>\s*<td class="align-text-right">8<\/td>/);
    expect(page).toContain('<caption>');
  });

  it('numbers weeks as ISO does, across a new year', () => {
    expect(isoWeekNumber('2026-11-23')).toBe(48);
    expect(isoWeekNumber('2026-12-28')).toBe(53);
    expect(isoWeekNumber('2027-01-04')).toBe(1);
  });

  it('says how often a schedule meets', () => {
    expect(recurrenceText({ recurrence: 'weekly', intervalWeeks: 1, weekOfMonth: null, weekday: 1 })).toBe('hver mandag');
    expect(recurrenceText({ recurrence: 'weekly', intervalWeeks: 4, weekOfMonth: null, weekday: 4 })).toBe('hver 4. uge om torsdagen');
    expect(recurrenceText({ recurrence: 'monthly', intervalWeeks: null, weekOfMonth: -1, weekday: 2 })).toBe('den sidste tirsdag i måneden');
  });

  it("lists the person's groups of today only", () => {
    const ended = { ...MEMBERSHIP, bodyId: 'netvaerk-langaa', bodyName: 'Netværksgruppe Langå', validTo: '2026-11-22' };
    expect(isCurrent(MEMBERSHIP, '2026-11-23')).toBe(true);
    expect(isCurrent(ended, '2026-11-23')).toBe(false);
    expect(isCurrent({ ...MEMBERSHIP, validFrom: '2026-11-24' }, '2026-11-23')).toBe(false);
    const page = myGroupsPage(SESSION, { id: ALI, name: 'Ali Yilmaz', email: 'ali@randers.example', signInLinked: true, memberships: [MEMBERSHIP, ended] }, '2026-11-23');
    expect(page).toContain('href="/netvaerksgrupper/netvaerk-randers-nv"');
    expect(page).not.toContain('Langå');
  });

  it("offers the coordination team's members every area's alerts, as a table with the area", () => {
    const coordination = { ...MEMBERSHIP, bodyId: 'koordinationsteam', bodyName: 'Koordinationsteamet' };
    const person = { id: ALI, name: 'Ali Yilmaz', email: 'ali@randers.example', signInLinked: true };
    expect(myGroupsPage(SESSION, { ...person, memberships: [coordination] }, '2026-11-23')).toContain('href="/omraadealarmer"');
    expect(myGroupsPage(SESSION, { ...person, memberships: [MEMBERSHIP] }, '2026-11-23')).not.toContain('/omraadealarmer');
    const alert = { alertId: 'a1', areaId: 'langaa', areaName: 'Langå', offenceCategory: 'violence', offenceCategoryText: 'Vold', weekStart: '2026-11-16', count: 6, raisedAt: NOW.toISOString() };
    const page = everyAlertPage(SESSION, { items: [alert], next: 'cursor-2' }, undefined);
    expect(page).toMatch(/Uge 47 \(fra 16\.11\.2026\)<\/th>\s*<td><a href="\/omraadealarmer\?omraade=langaa">Langå<\/a><\/td>\s*<td>Vold<\/td>\s*<td class="align-text-right">6<\/td>/);
    expect(page).toContain('href="/omraadealarmer?efter=cursor-2"');
    expect(everyAlertPage({ ...SESSION, roles: ['ssp-consultant'] }, { items: [alert], next: null }, undefined)).toContain('aria-current="page"><span>Overblik</span>');
  });

  it("shows one area's alerts by its id, without the area column, paging within the area", () => {
    const alert = { alertId: 'a1', areaId: 'langaa', areaName: 'Langå', offenceCategory: 'violence', offenceCategoryText: 'Vold', weekStart: '2026-11-16', count: 6, raisedAt: NOW.toISOString() };
    const page = everyAlertPage(SESSION, { items: [alert], next: 'cursor-3' }, 'cursor-2', 'langaa');
    expect(page).toContain('<h1>Alarmer i Langå</h1>');
    expect(page).not.toContain('<th scope="col">Område</th>');
    expect(page).toContain('href="/omraadealarmer?omraade=langaa&amp;efter=cursor-3"');
    expect(everyAlertPage(SESSION, { items: [], next: null }, undefined, 'langaa')).toContain('Der er ingen alarmer.');
  });

  it('follows only links to pages of this site from a notification', () => {
    expect(sitePath('/netvaerksgrupper/netvaerk-randers-nv/moeder/x')).toBe('/netvaerksgrupper/netvaerk-randers-nv/moeder/x');
    expect(sitePath('/netvaerksgrupper/netvaerk-randers-nv/beskeder?besked=m-1')).toBe('/netvaerksgrupper/netvaerk-randers-nv/beskeder?besked=m-1');
    expect(sitePath('/\\evil.example/x')).toBeNull();
    expect(sitePath('/\\evil')).toBeNull();
    expect(sitePath('//evil')).toBeNull();
    expect(sitePath('https://evil')).toBeNull();
    expect(sitePath('javascript:alert(1)')).toBeNull();
    expect(sitePath('/\t/evil.example')).toBeNull();
    expect(sitePath('//evil.example/x')).toBeNull();
    expect(sitePath('https://evil.example/x')).toBeNull();
    expect(sitePath(null)).toBeNull();
    const page = notificationsPage(
      SESSION,
      { items: [{ id: 'n1', kind: 'meeting-moved', subject: 'Møde flyttet', text: 'Flyttet', link: 'https://evil.example/', bodyId: BODY.id, createdAt: NOW.toISOString(), readAt: null, delivery: 'email' }], next: null },
      'unread',
      undefined,
      undefined,
    );
    expect(page).toContain('Møde flyttet');
    expect(page).not.toContain('evil.example');
    expect(page).toContain('/notifikationer/n1/laest');
  });

  it("shows a new subscription's address once, to copy", () => {
    const issued = { id: 'f1', kind: 'person' as const, bodyId: null, personId: ALI, createdAt: NOW.toISOString(), url: 'https://kalender.example/calendar/abc.ics', path: '/calendar/abc.ics' };
    const page = feedsPage(SESSION, { feeds: { items: [], next: null }, cursor: undefined, groups: [MEMBERSHIP] }, issued, '', []);
    expect(page).toMatch(/<input class="form-input feed-url" type="text" id="abonnement-adresse" readonly value="https:\/\/kalender\.example\/calendar\/abc\.ics">/);
    expect(page).toContain('value="netvaerk-randers-nv"');
  });

  it("starts the meetings list on a day in its address only when it is a day, else at the service's today", () => {
    expect(windowStart('2026-12-01')).toBe('2026-12-01');
    expect(windowStart('1.12.2026')).toBe('2026-12-01');
    expect(windowStart('2026-02-30')).toBeUndefined();
    expect(windowStart(['2026-12-01'])).toBeUndefined();
  });

  it('links to earlier and later meetings by the window asked for, or from the meetings of the coming weeks', () => {
    expect(neighbourWindows('2026-12-01', [])).toEqual({ earlier: '2026-09-08', later: '2027-02-23' });
    expect(neighbourWindows(undefined, [{ day: '2026-11-26' }, { day: '2027-02-11' }])).toEqual({ earlier: '2026-09-03', later: '2027-02-12' });
    expect(neighbourWindows(undefined, [])).toEqual({ earlier: null, later: null });
  });
});
