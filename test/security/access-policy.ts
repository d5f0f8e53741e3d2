import { ServiceName } from '@ssp/contracts';
import { Role } from '@ssp/platform';

/*
 * Who may call each route of each service, written out by hand and reviewed as a table of its
 * own. The access matrix (access-matrix.int-spec.ts) holds the running services to it. It is
 * deliberately not derived from ROLE_PERMISSIONS nor from the routes' `@Requires`: a change to
 * either that widens or narrows access shows up as a difference from this table, and a route
 * added or removed without a line here fails the matrix.
 *
 * Reading a line: `roles` may call the route at all. `personData`: they must also sit in the
 * Monday group or the coordination team. `scope`: the path parameter names the body or area
 * the record belongs to; only its members pass (403 otherwise), and the `everyFor` roles pass
 * everywhere. `othersRecords`: what a caller meets who names, through the other path
 * parameters, a record of another body, area or person: `shared` records are open to every
 * caller of the route, `hidden` ones answer 404, and `visibleTo` opens them to some roles only
 * (404 for the rest). `listOf`: the route lists records of the kind that path parameter names;
 * the list shows the caller's own, and another's as `othersRecords` says. `status` is the
 * answer to a caller who may. `refusedTo`: roles the law refuses the route whatever other role
 * their holder has (the matrix calls it with such combinations too). `everyRecord`: the route lists
 * every body's or area's records at once, for the `everyFor` roles and the members of the `readBy` body only.
 */

const {
  sspConsultant,
  secretariat,
  policePrevention,
  familyDepartment,
  substanceAbuseTreatment,
  youthGuidance,
  ungebasen,
  school,
  club,
  healthVisitor,
  networkGroupMember,
  localCouncilMember,
  operator,
} = Role;

/** The organisations with a seat in the Monday group: person-level data. */
const MONDAY_GROUP_SEATS = [sspConsultant, secretariat, policePrevention, familyDepartment, substanceAbuseTreatment, youthGuidance, ungebasen];
/** Searching what the municipality shared is not for the police (retsplejeloven § 115, stk. 2), not even with another role. */
const NOTE_SEARCHERS = [sspConsultant, secretariat, familyDepartment, substanceAbuseTreatment, youthGuidance, ungebasen];
const NOT_THE_POLICE = [policePrevention];
const POLICE_LIST_HANDLERS = [sspConsultant, secretariat, policePrevention];
/** A worry about a child is brought to the Monday group by its seats, and by the schools' and clubs' SSP contacts in it, who read nothing about persons. */
const CONCERN_RAISERS = [...MONDAY_GROUP_SEATS, school, club];
const SECRETARIAT = [secretariat];
/** Referrals reach the Monday group's seats and the youth educations' SSP contacts (school) in the receiving bodies; not the police. */
const REFERRAL_RECEIVERS = [sspConsultant, secretariat, familyDepartment, substanceAbuseTreatment, youthGuidance, ungebasen, school];
/** Everyone in the SSP bodies, the Lokalråd included; not the operators. */
const GROUP_READERS = [sspConsultant, secretariat, policePrevention, familyDepartment, substanceAbuseTreatment, youthGuidance, ungebasen, school, club, healthVisitor, networkGroupMember, localCouncilMember];
/** The statistics and signals of one's own area: every body member but the Lokalråd. */
const AREA_READERS = [sspConsultant, secretariat, policePrevention, familyDepartment, substanceAbuseTreatment, youthGuidance, ungebasen, school, club, healthVisitor, networkGroupMember];
/** The coordination team: every count, every area. */
const FULL_STATISTICS = [sspConsultant, secretariat];
/** The whole municipality with small counts hidden: the Lokalråd and the coordination team. */
const MUNICIPALITY_STATISTICS = [sspConsultant, secretariat, localCouncilMember];
const OPERATORS = [operator];

/** A body's records are for its members; the secretariat runs every body. */
const BODY: RouteScope = { param: 'bodyId', kind: 'body', everyFor: SECRETARIAT };
/** An area's statistics are for those who work in it; the coordination team sees every area. */
const AREA: RouteScope = { param: 'areaId', kind: 'area', everyFor: FULL_STATISTICS };
/** A body's meetings, and an area's signals and alerts in network groups: the coordination team reads every one. */
const MEETINGS: RouteScope = { ...BODY, readBy: 'koordinationsteam' };
const AREA_SIGNALS: RouteScope = { ...AREA, readBy: 'koordinationsteam' };

export interface RouteScope {
  param: string;
  kind: 'body' | 'area';
  everyFor: readonly Role[];
  /** A body whose members read (GET) every body's or area's records here: the coordination team (docs/security.md). */
  readBy?: string;
}

export type OthersRecords = 'shared' | 'hidden' | { visibleTo: readonly Role[] };

export interface RoutePolicy {
  /** `METHOD /path/{param}` as in the OpenAPI document. */
  route: string;
  roles: readonly Role[];
  personData?: true;
  scope?: RouteScope;
  othersRecords?: OthersRecords;
  listOf?: string;
  refusedTo?: readonly Role[];
  /** The route lists every body's or area's records at once: only the `everyFor` roles and the members of `readBy` pass, 403 for the rest. */
  everyRecord?: { everyFor: readonly Role[]; readBy: string };
  /**
   * The records are referrals to this body: its members pass (403 for the rest); with
   * `personData` the Monday group and the coordination team pass too (they read every referral).
   */
  receivedBy?: string;
  status: 200 | 201 | 202 | 204 | 302;
}

/** Every service's audit log and operations API (libs/platform): the operators only. Dead letters are the service's, no one's records. */
const EVERY_SERVICE: RoutePolicy[] = [
  { route: 'GET /audit-log', roles: OPERATORS, status: 200 },
  { route: 'GET /audit-log/verification', roles: OPERATORS, status: 200 },
  { route: 'GET /operations/status', roles: OPERATORS, status: 200 },
  { route: 'GET /operations/dead-letters', roles: OPERATORS, status: 200 },
  { route: 'POST /operations/dead-letters/{id}/resend', roles: OPERATORS, othersRecords: 'shared', status: 200 },
  { route: 'POST /operations/dead-letters/{id}/discard', roles: OPERATORS, othersRecords: 'shared', status: 200 },
];

/** Person-level data: every person of concern is the Monday group's, whichever area the incidents were in. */
const personData = (route: string, status: RoutePolicy['status'], roles: readonly Role[] = MONDAY_GROUP_SEATS): RoutePolicy => ({ route, roles, personData: true, othersRecords: 'shared', status });

export const ACCESS_POLICY: Record<ServiceName, readonly RoutePolicy[]> = {
  [ServiceName.policeListIngestion]: [
    ...EVERY_SERVICE,
    { route: 'GET /police-lists', roles: POLICE_LIST_HANDLERS, listOf: 'id', othersRecords: 'shared', status: 200 },
    { route: 'POST /police-lists', roles: POLICE_LIST_HANDLERS, status: 201 },
    { route: 'GET /police-lists/{id}', roles: POLICE_LIST_HANDLERS, othersRecords: 'shared', status: 200 },
    { route: 'GET /police-lists/{id}/errors', roles: POLICE_LIST_HANDLERS, othersRecords: 'shared', status: 200 },
    { route: 'GET /areas', roles: POLICE_LIST_HANDLERS, status: 200 },
    { route: 'PUT /areas', roles: SECRETARIAT, status: 200 },
    { route: 'GET /offence-categories', roles: POLICE_LIST_HANDLERS, status: 200 },
    { route: 'PUT /offence-categories', roles: SECRETARIAT, status: 200 },
    { route: 'POST /concerns', roles: CONCERN_RAISERS, personData: true, status: 202 },
  ],
  [ServiceName.caseCoordination]: [
    ...EVERY_SERVICE,
    personData('GET /persons', 200),
    personData('GET /persons/duplicates', 200),
    personData('POST /persons/{pseudonym}/merge', 204),
    personData('POST /persons/{pseudonym}/unmerge', 204),
    personData('GET /persons/{pseudonym}/merges', 200),
    personData('GET /persons/{pseudonym}', 200),
    personData('GET /persons/{pseudonym}/access-log', 200),
    personData('GET /meetings/next/agenda', 200),
    personData('GET /meetings/next/agenda.html', 200),
    personData('GET /persons/{pseudonym}/notes', 200),
    personData('POST /persons/{pseudonym}/notes', 201),
    { ...personData('GET /notes/search', 200, NOTE_SEARCHERS), listOf: 'pseudonym', refusedTo: NOT_THE_POLICE },
    personData('GET /persons/{pseudonym}/decisions', 200),
    personData('POST /persons/{pseudonym}/decisions', 201),
    /** The 24-hour assessment of a notification is the family department's alone. */
    personData('POST /persons/{pseudonym}/decisions/{decisionId}/assessment', 201, [familyDepartment]),
    personData('POST /persons/{pseudonym}/case/reopen', 201),
    personData('POST /persons/{pseudonym}/interventions', 201),
    personData('PATCH /interventions/{id}', 200),
    { ...personData('GET /interventions', 200), listOf: 'id' },
    personData('GET /interventions/mine', 200),
    personData('PUT /interventions/{id}/owner', 200),
    personData('GET /assessments', 200),
    personData('GET /persons/{pseudonym}/retention', 200),
    personData('GET /monday-meetings', 200),
    personData('GET /monday-meetings/{meetingId}', 200),
    personData('POST /monday-meetings/{meetingId}/open', 200),
    personData('PUT /monday-meetings/{meetingId}/items/{pseudonym}', 200),
    personData('POST /monday-meetings/{meetingId}/close', 200),
    personData('POST /monday-meetings/{meetingId}/approve', 200),
    personData('GET /monday-meetings/{meetingId}/items', 200),
    personData('GET /monday-meetings/{meetingId}/items/{pseudonym}', 200),
    personData('GET /monday-meetings/{meetingId}/minutes', 200),
    personData('GET /monday-meetings/{meetingId}/minutes.html', 200),
    personData('GET /monday-meetings/{meetingId}/minutes.pdf', 200),
    personData('GET /persons/{pseudonym}/referrals', 200),
    /** The seeded referrals are to SSP-U: its members and the Monday group and coordination team read them, only its members answer. */
    { route: 'GET /referrals', roles: REFERRAL_RECEIVERS, personData: true, receivedBy: 'ssp-u', listOf: 'referralId', othersRecords: 'shared', status: 200 },
    { route: 'GET /referrals/{referralId}', roles: REFERRAL_RECEIVERS, personData: true, receivedBy: 'ssp-u', othersRecords: 'shared', status: 200 },
    { route: 'POST /referrals/{referralId}/answer', roles: REFERRAL_RECEIVERS, receivedBy: 'ssp-u', othersRecords: 'shared', status: 200 },
    /** A person's own requests under the GDPR (erasure cannot be undone; the extract reads every record at once): the secretariat answers them. */
    personData('POST /persons/{pseudonym}/erasure-requests', 201, SECRETARIAT),
    personData('GET /erasure-receipts/{id}', 200, SECRETARIAT),
    personData('GET /persons/{pseudonym}/register-extract', 200, SECRETARIAT),
    personData('GET /persons/{pseudonym}/register-extract.pdf', 200, SECRETARIAT),
  ],
  [ServiceName.networkGroups]: [
    ...EVERY_SERVICE,
    { route: 'GET /bodies', roles: GROUP_READERS, status: 200 },
    { route: 'GET /bodies/{bodyId}', roles: GROUP_READERS, othersRecords: 'shared', status: 200 },
    { route: 'GET /bodies/{bodyId}/members', roles: GROUP_READERS, scope: BODY, listOf: 'personId', othersRecords: 'hidden', status: 200 },
    { route: 'POST /bodies', roles: SECRETARIAT, status: 201 },
    { route: 'POST /bodies/{bodyId}/members', roles: SECRETARIAT, othersRecords: 'shared', status: 201 },
    { route: 'PATCH /bodies/{bodyId}/members/{membershipId}', roles: SECRETARIAT, othersRecords: 'shared', status: 200 },
    { route: 'GET /bodies/{bodyId}/schedules', roles: GROUP_READERS, scope: BODY, status: 200 },
    { route: 'POST /bodies/{bodyId}/schedules', roles: GROUP_READERS, scope: BODY, status: 201 },
    { route: 'PATCH /bodies/{bodyId}/schedules/{scheduleId}', roles: GROUP_READERS, scope: BODY, othersRecords: 'hidden', status: 200 },
    { route: 'GET /bodies/{bodyId}/meetings', roles: GROUP_READERS, scope: MEETINGS, listOf: 'meetingId', othersRecords: 'hidden', status: 200 },
    { route: 'POST /bodies/{bodyId}/meetings', roles: GROUP_READERS, scope: BODY, status: 201 },
    { route: 'GET /bodies/{bodyId}/meetings/{meetingId}', roles: GROUP_READERS, scope: MEETINGS, othersRecords: 'hidden', status: 200 },
    { route: 'PATCH /bodies/{bodyId}/meetings/{meetingId}', roles: GROUP_READERS, scope: BODY, othersRecords: 'hidden', status: 200 },
    { route: 'POST /bodies/{bodyId}/meetings/{meetingId}/cancel', roles: GROUP_READERS, scope: BODY, othersRecords: 'hidden', status: 200 },
    { route: 'GET /meetings', roles: GROUP_READERS, everyRecord: { everyFor: SECRETARIAT, readBy: 'koordinationsteam' }, listOf: 'meetingId', othersRecords: 'shared', status: 200 },
    { route: 'POST /bodies/{bodyId}/meetings/{meetingId}/agenda-items', roles: GROUP_READERS, scope: BODY, othersRecords: 'hidden', status: 201 },
    { route: 'PUT /bodies/{bodyId}/meetings/{meetingId}/attendance', roles: GROUP_READERS, scope: BODY, othersRecords: 'hidden', status: 200 },
    { route: 'PUT /bodies/{bodyId}/meetings/{meetingId}/minutes', roles: GROUP_READERS, scope: BODY, othersRecords: 'hidden', status: 200 },
    { route: 'POST /bodies/{bodyId}/meetings/{meetingId}/minutes/approve', roles: GROUP_READERS, scope: BODY, othersRecords: 'hidden', status: 200 },
    { route: 'POST /bodies/{bodyId}/meetings/{meetingId}/decisions', roles: GROUP_READERS, scope: BODY, othersRecords: 'hidden', status: 201 },
    { route: 'POST /bodies/{bodyId}/meetings/{meetingId}/action-items', roles: GROUP_READERS, scope: BODY, othersRecords: 'hidden', status: 201 },
    { route: 'PATCH /bodies/{bodyId}/meetings/{meetingId}/action-items/{actionItemId}', roles: GROUP_READERS, scope: BODY, othersRecords: 'hidden', status: 200 },
    { route: 'GET /bodies/{bodyId}/action-items', roles: GROUP_READERS, scope: BODY, listOf: 'actionItemId', othersRecords: 'hidden', status: 200 },
    { route: 'POST /bodies/{bodyId}/calendar-feed', roles: GROUP_READERS, scope: BODY, status: 201 },
    { route: 'POST /people/me/calendar-feed', roles: GROUP_READERS, status: 201 },
    { route: 'POST /people/{personId}/calendar-feed', roles: SECRETARIAT, othersRecords: 'shared', status: 201 },
    { route: 'GET /calendar-feeds', roles: GROUP_READERS, listOf: 'feedId', othersRecords: 'hidden', status: 200 },
    { route: 'DELETE /calendar-feeds/{feedId}', roles: GROUP_READERS, othersRecords: { visibleTo: SECRETARIAT }, status: 204 },
    { route: 'GET /areas/{areaId}/signals', roles: AREA_READERS, scope: AREA_SIGNALS, status: 200 },
    { route: 'GET /areas/{areaId}/alerts', roles: AREA_READERS, scope: AREA_SIGNALS, status: 200 },
    { route: 'GET /alerts', roles: AREA_READERS, everyRecord: { everyFor: FULL_STATISTICS, readBy: 'koordinationsteam' }, status: 200 },
    { route: 'GET /initiatives', roles: GROUP_READERS, listOf: 'initiativeId', othersRecords: 'shared', status: 200 },
    { route: 'POST /initiatives', roles: SECRETARIAT, status: 201 },
    { route: 'GET /initiatives/{initiativeId}', roles: GROUP_READERS, othersRecords: 'shared', status: 200 },
    { route: 'PATCH /initiatives/{initiativeId}', roles: SECRETARIAT, othersRecords: 'shared', status: 200 },
    { route: 'POST /bodies/{bodyId}/initiative-proposals', roles: GROUP_READERS, scope: BODY, status: 201 },
    { route: 'GET /people', roles: GROUP_READERS, listOf: 'personId', othersRecords: { visibleTo: SECRETARIAT }, status: 200 },
    { route: 'GET /people/me', roles: GROUP_READERS, status: 200 },
    { route: 'GET /people/{personId}', roles: GROUP_READERS, othersRecords: { visibleTo: SECRETARIAT }, status: 200 },
    { route: 'PATCH /people/{personId}', roles: SECRETARIAT, othersRecords: 'shared', status: 200 },
    { route: 'GET /organisations', roles: GROUP_READERS, status: 200 },
    { route: 'POST /organisations', roles: SECRETARIAT, status: 201 },
    { route: 'GET /notifications', roles: GROUP_READERS, listOf: 'notificationId', othersRecords: 'hidden', status: 200 },
    { route: 'GET /notifications/preferences', roles: GROUP_READERS, status: 200 },
    { route: 'PUT /notifications/preferences', roles: GROUP_READERS, status: 200 },
    { route: 'POST /notifications/{notificationId}/read', roles: GROUP_READERS, othersRecords: 'hidden', status: 200 },
    { route: 'GET /bodies/{bodyId}/messages', roles: GROUP_READERS, scope: BODY, status: 200 },
    { route: 'POST /bodies/{bodyId}/messages', roles: GROUP_READERS, scope: BODY, status: 201 },
    { route: 'GET /operations/emails', roles: OPERATORS, status: 200 },
  ],
  [ServiceName.reporting]: [
    ...EVERY_SERVICE,
    { route: 'GET /statistics/full/{statistic}', roles: FULL_STATISTICS, status: 200 },
    { route: 'GET /statistics/municipality/{statistic}', roles: MUNICIPALITY_STATISTICS, status: 200 },
    { route: 'GET /statistics/areas/{areaId}/{statistic}', roles: AREA_READERS, scope: AREA, status: 200 },
    { route: 'GET /dashboard', roles: GROUP_READERS, status: 302 },
    { route: 'GET /dashboard/fuld', roles: FULL_STATISTICS, status: 200 },
    { route: 'GET /dashboard/kommune', roles: MUNICIPALITY_STATISTICS, status: 200 },
    { route: 'GET /dashboard/omraader/{areaId}', roles: AREA_READERS, scope: AREA, status: 200 },
  ],
};
