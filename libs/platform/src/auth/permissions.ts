import { Role } from './roles';

/**
 * What a route lets its caller do. Every route declares exactly one (see `@Requires`); a
 * role grants a fixed set. Membership rules (which group, which area) come on top, in
 * access-policy.ts.
 */
export enum Permission {
  /** Person-level data: persons of concern, their incidents, cases, agendas and decisions. */
  personDataRead = 'person-data:read',
  personDataWrite = 'person-data:write',
  /** Searching the municipality's free-text information notes about persons. */
  personNotesSearch = 'person-notes:search',
  policeListUpload = 'police-list:upload',
  policeListRead = 'police-list:read',
  referenceDataManage = 'reference-data:manage',
  groupsRead = 'groups:read',
  groupsManage = 'groups:manage',
  /** Statistics with every count, below the suppression threshold too. */
  statisticsFull = 'statistics:full',
  /** Statistics with small numbers suppressed. */
  statisticsSuppressed = 'statistics:suppressed',
  /** Anonymised statistics and signals of one's own area. */
  statisticsArea = 'statistics:area',
  auditRead = 'audit:read',
  operationsRead = 'operations:read',
}

/** Permissions whose every decision, allowed or refused, goes to the audit log. */
export const PERSON_LEVEL_PERMISSIONS: ReadonlySet<Permission> = new Set([
  Permission.personDataRead,
  Permission.personDataWrite,
  Permission.personNotesSearch,
  Permission.policeListUpload,
  Permission.policeListRead,
]);

const MONDAY_GROUP_REPRESENTATIVE = [
  Permission.personDataRead,
  Permission.personDataWrite,
  Permission.personNotesSearch,
  Permission.groupsRead,
  Permission.statisticsArea,
];

/**
 * The police take part in the Monday group, but may not search what the municipality has
 * shared: retsplejeloven § 115, stk. 2 forbids using SSP information for investigation.
 */
const POLICE_PREVENTION = [
  Permission.personDataRead,
  Permission.personDataWrite,
  Permission.policeListUpload,
  Permission.policeListRead,
  Permission.groupsRead,
  Permission.statisticsArea,
];

const NETWORK_PARTICIPANT = [Permission.groupsRead, Permission.statisticsArea];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.sspConsultant]: [
    ...MONDAY_GROUP_REPRESENTATIVE,
    Permission.policeListUpload,
    Permission.policeListRead,
    Permission.statisticsFull,
    Permission.statisticsSuppressed,
  ],
  [Role.secretariat]: [
    ...MONDAY_GROUP_REPRESENTATIVE,
    Permission.policeListUpload,
    Permission.policeListRead,
    Permission.referenceDataManage,
    Permission.groupsManage,
    Permission.statisticsFull,
    Permission.statisticsSuppressed,
  ],
  [Role.policePrevention]: POLICE_PREVENTION,
  [Role.familyDepartment]: MONDAY_GROUP_REPRESENTATIVE,
  [Role.substanceAbuseTreatment]: MONDAY_GROUP_REPRESENTATIVE,
  [Role.youthGuidance]: MONDAY_GROUP_REPRESENTATIVE,
  [Role.ungebasen]: MONDAY_GROUP_REPRESENTATIVE,
  [Role.school]: NETWORK_PARTICIPANT,
  [Role.club]: NETWORK_PARTICIPANT,
  [Role.healthVisitor]: NETWORK_PARTICIPANT,
  [Role.networkGroupMember]: NETWORK_PARTICIPANT,
  [Role.localCouncilMember]: [Permission.statisticsSuppressed, Permission.groupsRead],
  [Role.operator]: [Permission.auditRead, Permission.operationsRead],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
