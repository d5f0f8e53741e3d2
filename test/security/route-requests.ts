import { DEFAULT_AREAS, DEFAULT_OFFENCE_CATEGORIES, ServiceName } from '@ssp/contracts';
import {
  ACTION_ITEM_DEADLINE,
  initiativeRequest,
  interventionRequest,
  membershipRequest,
  NOTE_REQUEST,
  NOTE_SEARCH_WORD,
  policeListForm,
  seededPoliceList,
  type ApiBody,
  type MondayMeetingState,
  type SeededSuite,
  type SideRecords,
} from '@ssp/testing';

/**
 * What the access matrix sends to each route so that a caller who may call it gets its
 * success status: the query and body a real client sends, and a fresh record where the call
 * uses one up (approving minutes, revoking a feed, merging two persons). The path parameters
 * come from the side's seeded records (`pathValuesOf`) unless a request here names its own.
 */
export interface RouteRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: ApiBody;
}

export interface RequestContext {
  suite: SeededSuite;
  records: SideRecords;
  /** The call is expected to succeed, so a record it uses up must be fresh. */
  fresh: boolean;
  /** Unique to the call, for names that must not repeat. */
  serial: number;
}

type Recipe = (context: RequestContext) => RouteRequest | Promise<RouteRequest>;

const json = (value: unknown): ApiBody => ({ json: value });

/** A fresh record in the parameter when the call uses one up; the side's seeded record otherwise. */
async function freshIf(fresh: boolean, param: string, make: () => Promise<string>): Promise<Record<string, string>> {
  return fresh ? { [param]: await make() } : {};
}

const PURPOSE = { query: { purpose: 'case-follow-up' } };
/** The month of the seeded meetings, so the list holds them. */
const MEETINGS_OF_MARCH = { query: { from: '2026-03-01', to: '2026-03-31' } };

const standingMeeting: Recipe = async ({ suite, records }) => ({ params: { meetingId: await suite.standingMondayMeeting(records.side) } });
const meetingIn =
  (state: MondayMeetingState): Recipe =>
  async (context) =>
    context.fresh ? { params: { meetingId: await context.suite.mondayMeeting(context.records.side, state) } } : standingMeeting(context);

const caseCoordination: Record<string, Recipe> = {
  'GET /persons': () => ({ query: { purpose: 'case-follow-up', birthDate: '2010-01-01' } }),
  'GET /persons/{pseudonym}': () => PURPOSE,
  'GET /persons/{pseudonym}/notes': () => PURPOSE,
  'GET /persons/{pseudonym}/decisions': () => PURPOSE,
  'GET /meetings/next/agenda': () => ({ query: { from: '2026-01-05' } }),
  'GET /meetings/next/agenda.html': () => ({ query: { from: '2026-01-05' } }),
  'GET /notes/search': () => ({ query: { q: NOTE_SEARCH_WORD } }),
  'POST /persons/{pseudonym}/notes': () => ({ body: json(NOTE_REQUEST) }),
  // The `action` person has an action agreed: a decision keeps the case as it is, so it can be repeated.
  'POST /persons/{pseudonym}/decisions': () => ({ body: json({ kind: 'concern-conversation' }) }),
  // A notification still to be assessed, a new one for every call that may record it: an assessment is recorded once.
  'POST /persons/{pseudonym}/decisions/{decisionId}/assessment': async ({ suite, records, fresh }) => ({
    params: await suite.familyDepartmentNotification(records.side, fresh),
    body: json({ conclusion: 'no-acute-support-needed' }),
  }),
  'POST /persons/{pseudonym}/interventions': ({ records }) => ({ body: json(interventionRequest(records.side)) }),
  // The responsible set to the side's colleague, who is it already: the seeded intervention stays open and owned for the other routes.
  'PUT /interventions/{id}/owner': ({ records }) => ({ body: json({ ownerSubject: interventionRequest(records.side).ownerSubject }) }),
  'GET /interventions/mine': () => PURPOSE,
  // The `review` person's case, closed again before each call that may reopen it.
  'POST /persons/{pseudonym}/case/reopen': async ({ suite, records, fresh }) => ({
    params: await freshIf(fresh, 'pseudonym', () => suite.closedCase(records.side)),
    body: json({ reason: 'concern-persists' }),
  }),
  'GET /monday-meetings/{meetingId}': standingMeeting,
  'GET /monday-meetings/{meetingId}/items': standingMeeting,
  // The seeded `action` person (the default pseudonym) is the standing meeting's one item.
  'GET /monday-meetings/{meetingId}/items/{pseudonym}': standingMeeting,
  'GET /monday-meetings/{meetingId}/minutes': standingMeeting,
  'GET /monday-meetings/{meetingId}/minutes.html': standingMeeting,
  'GET /monday-meetings/{meetingId}/minutes.pdf': standingMeeting,
  // Each call that may change a meeting gets a new one in the state it needs; one is open at a time.
  'POST /monday-meetings/{meetingId}/open': meetingIn('scheduled'),
  'PUT /monday-meetings/{meetingId}/items/{pseudonym}': async (context) => ({ ...(await meetingIn('open')(context)), body: json({ outcome: 'deferred' }) }),
  'POST /monday-meetings/{meetingId}/close': meetingIn('open'),
  'POST /monday-meetings/{meetingId}/approve': meetingIn('closed'),
  'GET /interventions': () => ({ query: { purpose: 'case-follow-up', limit: '200' } }),
  'GET /assessments': () => PURPOSE,
  'GET /persons/{pseudonym}/retention': () => PURPOSE,
  'GET /persons/{pseudonym}/referrals': () => PURPOSE,
  'GET /referrals': () => ({ query: { limit: '200' } }),
  // A referral is answered once: a new one for every call that may answer it.
  'POST /referrals/{referralId}/answer': async ({ suite, records, fresh }) => ({
    params: await freshIf(fresh, 'referralId', () => suite.freshReferral(records.side)),
    body: json({ answer: 'accepted' }),
  }),
  // A person nothing holds back, new for every call that may erase; the `action` person (an open intervention) for the others.
  'POST /persons/{pseudonym}/erasure-requests': async ({ suite, records, fresh }) => ({
    params: await freshIf(fresh, 'pseudonym', () => suite.freshErasablePerson(records.side)),
    body: json({ requestReference: '27.24.00-G01-1-26', receivedOn: '2026-01-05', grounds: 'gdpr-17-1-a' }),
  }),
  'GET /erasure-receipts/{id}': async ({ suite }) => ({ params: { id: await suite.erasureReceipt() } }),
  'PATCH /interventions/{id}': async ({ suite, records, fresh }) => ({
    params: await freshIf(fresh, 'id', () => suite.freshIntervention(records.side)),
    body: json({ status: 'in-progress' }),
  }),
  'POST /persons/{pseudonym}/merge': async ({ suite, records, fresh }) => {
    const persons = fresh ? await suite.mergeState(records.side, false) : records.cases.persons;
    return { params: { pseudonym: persons.merged }, body: json({ into: persons.kept }) };
  },
  'POST /persons/{pseudonym}/unmerge': async ({ suite, records, fresh }) => {
    const persons = fresh ? await suite.mergeState(records.side, true) : records.cases.persons;
    return { params: { pseudonym: persons.merged } };
  },
};

const networkGroups: Record<string, Recipe> = {
  // A new ad-hoc group per call: ids are unique.
  'POST /bodies': ({ serial }) => ({ body: json({ id: `adhoc-kald-${serial}`, name: `Ad hoc-gruppe ${serial}`, endsOn: '2099-12-31' }) }),
  // The colleague's role set to what it is: the membership stays as the other routes need it.
  'PATCH /bodies/{bodyId}/members/{membershipId}': () => ({ body: json({ role: 'member' }) }),
  'POST /bodies/{bodyId}/members': ({ serial }) => ({ body: json(membershipRequest(`Ny Deltager ${serial}`, `ny-${serial}@randers.example`)) }),
  'POST /bodies/{bodyId}/schedules': () => ({
    body: json({ title: 'Netværksmøde', recurrence: 'weekly', intervalWeeks: 4, weekday: 4, startTime: '16:00', durationMinutes: 90, firstDay: '2026-01-08' }),
  }),
  'GET /bodies/{bodyId}/meetings': () => MEETINGS_OF_MARCH,
  'GET /meetings': () => ({ query: { ...MEETINGS_OF_MARCH.query, limit: '200' } }),
  'POST /bodies/{bodyId}/meetings': ({ suite }) => ({ body: json({ title: 'Ekstra møde', day: suite.upcomingMeetingDay, startTime: '10:00', durationMinutes: 60 }) }),
  // A meeting ahead for a call that may move or cancel it (a cancelled one stays cancelled); the same day, later.
  'PATCH /bodies/{bodyId}/meetings/{meetingId}': async ({ suite, records, fresh }) => ({
    params: await freshIf(fresh, 'meetingId', () => suite.freshUpcomingMeeting(records.side)),
    body: json({ day: suite.upcomingMeetingDay, startTime: '17:00', location: 'Biblioteket' }),
  }),
  'POST /bodies/{bodyId}/meetings/{meetingId}/cancel': async ({ suite, records, fresh }) => ({
    params: await freshIf(fresh, 'meetingId', () => suite.freshUpcomingMeeting(records.side)),
    body: json({ reason: 'For få kan deltage.' }),
  }),
  // The side's schedule, each call giving it the same place.
  'PATCH /bodies/{bodyId}/schedules/{scheduleId}': async ({ suite, records }) => ({ params: { scheduleId: await suite.standingSchedule(records.side) }, body: json({ location: 'Rådhuset' }) }),
  'POST /bodies/{bodyId}/meetings/{meetingId}/agenda-items': () => ({ body: json({ title: 'Tryghedsvandring' }) }),
  'PUT /bodies/{bodyId}/meetings/{meetingId}/attendance': ({ records }) => ({ body: json({ entries: [{ personId: records.network.colleagueId, status: 'present' }] }) }),
  'PUT /bodies/{bodyId}/meetings/{meetingId}/minutes': () => ({ body: json({ text: 'Referat: klubbens åbningstider drøftet.' }) }),
  'POST /bodies/{bodyId}/meetings/{meetingId}/minutes/approve': async ({ suite, records, fresh }) => ({
    params: await freshIf(fresh, 'meetingId', () => suite.freshMeetingWithMinutes(records.side)),
  }),
  'POST /bodies/{bodyId}/meetings/{meetingId}/decisions': () => ({ body: json({ text: 'Klubben holder åbent i vinterferien.' }) }),
  'POST /bodies/{bodyId}/meetings/{meetingId}/action-items': ({ records }) => ({
    body: json({ title: 'Kontakt skolen', ownerPersonId: records.network.colleagueId, deadline: ACTION_ITEM_DEADLINE }),
  }),
  'PATCH /bodies/{bodyId}/meetings/{meetingId}/action-items/{actionItemId}': async ({ suite, records, fresh }) => ({
    params: await freshIf(fresh, 'actionItemId', () => suite.freshActionItem(records.side)),
    body: json({ status: 'done' }),
  }),
  // The member's newest notification, so the list shows it however many came before.
  'GET /notifications': async ({ suite, records, fresh }) => ({ params: await freshIf(fresh, 'notificationId', () => suite.freshNotification(records.side)) }),
  'DELETE /calendar-feeds/{feedId}': async ({ suite, records, fresh }) => ({ params: await freshIf(fresh, 'feedId', () => suite.freshFeed(records.side)) }),
  'POST /initiatives': ({ records }) => ({ body: json(initiativeRequest(records.side)) }),
  'PATCH /initiatives/{initiativeId}': async ({ suite, records, fresh }) => ({
    params: await freshIf(fresh, 'initiativeId', () => suite.freshInitiative(records.side)),
    body: json({ status: 'launched' }),
  }),
  'PATCH /people/{personId}': ({ records, serial }) => ({ body: json({ name: `Kollega ${records.side.code} ${serial}` }) }),
  'POST /organisations': ({ serial }) => ({ body: json({ name: `Klubben ${serial}`, kind: 'club', selfGoverning: false }) }),
  'PUT /notifications/preferences': () => ({ body: json({ delivery: 'in-app' }) }),
  'POST /bodies/{bodyId}/messages': () => ({ body: json({ text: 'Hej alle, husk mødet.' }) }),
  'POST /bodies/{bodyId}/initiative-proposals': () => ({ body: json({ kind: 'campaign', title: 'Kampagne om knive i nattelivet' }) }),
};

const policeListIngestion: Record<string, Recipe> = {
  // Another file with the seeded incidents: a new list (201) whose rows are all duplicates.
  'POST /police-lists': ({ records, serial }) => ({ body: policeListForm(seededPoliceList(records.side, `kald ${serial}`), `politiliste-${serial}.csv`) }),
  'PUT /areas': () => ({ body: json({ areas: DEFAULT_AREAS }) }),
  'PUT /offence-categories': () => ({ body: json({ categories: DEFAULT_OFFENCE_CATEGORIES }) }),
  // A child of no list, a new one per call; the source is the caller's own organisation.
  'POST /concerns': ({ serial }) => ({ body: json({ name: `Barn Nummer ${serial}`, birthDate: '2012-01-01', legalBasis: 'SSP', worry: 'Barnet er bekymret for sin sikkerhed.' }) }),
};

/** Every service's operations API: a dead letter already settled, so sending it back or discarding it is the no-op that answers 200. */
const operations = (service: ServiceName): Record<string, Recipe> => ({
  'POST /operations/dead-letters/{id}/resend': async ({ suite }) => ({ params: { id: await suite.settledDeadLetter(service) } }),
  'POST /operations/dead-letters/{id}/discard': async ({ suite }) => ({ params: { id: await suite.settledDeadLetter(service) } }),
});

export const ROUTE_REQUESTS: Record<ServiceName, Record<string, Recipe>> = {
  [ServiceName.policeListIngestion]: { ...policeListIngestion, ...operations(ServiceName.policeListIngestion) },
  [ServiceName.caseCoordination]: { ...caseCoordination, ...operations(ServiceName.caseCoordination) },
  [ServiceName.networkGroups]: { ...networkGroups, ...operations(ServiceName.networkGroups) },
  [ServiceName.reporting]: operations(ServiceName.reporting),
};
