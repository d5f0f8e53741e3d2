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
  /** Raising a concern about a child, who may be on no police list: a one-way channel into the Monday group. */
  concernRaise = 'concern:raise',
  /**
   * The family department's 24-hour assessment of a notification (underretning): whether the
   * child needs acute support. Only the family department judges it.
   */
  assessmentRecord = 'assessment:record',
  /**
   * The referrals made to one's own bodies (SSP-U, SSP+, the family department): read what the
   * referral needs and accept or decline it. Membership of the receiving body decides which.
   */
  referralReceive = 'referral:receive',
  /**
   * A person's own requests under the GDPR: erasure on a documented request (art. 17), which
   * cannot be undone, and the extract of everything registered about them (art. 15), which
   * reads every record at once. The SSP secretariat answers them for the municipality.
   */
  dataSubjectRequests = 'data-subject-requests:handle',
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
  /**
   * Sending a dead letter back to the service's own consumer after its cause was fixed: the
   * message's effect lands in the service's data. Every decision is audited.
   */
  operationsResend = 'operations:resend',
}

/**
 * Permissions whose every decision, allowed or refused, goes to the audit log: person-level
 * data, and the registry of who sits in which body (which decides who may see it).
 */
export const AUDITED_PERMISSIONS: ReadonlySet<Permission> = new Set([
  Permission.personDataRead,
  Permission.personDataWrite,
  Permission.personNotesSearch,
  Permission.concernRaise,
  Permission.assessmentRecord,
  Permission.referralReceive,
  Permission.dataSubjectRequests,
  Permission.policeListUpload,
  Permission.policeListRead,
  Permission.groupsManage,
  Permission.operationsResend,
]);

const MONDAY_GROUP_REPRESENTATIVE = [
  Permission.personDataRead,
  Permission.personDataWrite,
  Permission.personNotesSearch,
  Permission.concernRaise,
  Permission.referralReceive,
  Permission.groupsRead,
  Permission.statisticsArea,
];

/**
 * The police take part in the Monday group, but may not search what the municipality has
 * shared: retsplejeloven § 115, stk. 2 forbids using SSP information for investigation. Left
 * out here, and refused in LEGAL_REFUSALS below, so that a second role cannot bring it back.
 */
const POLICE_PREVENTION = [
  Permission.personDataRead,
  Permission.personDataWrite,
  Permission.concernRaise,
  Permission.policeListUpload,
  Permission.policeListRead,
  Permission.groupsRead,
  Permission.statisticsArea,
];

const NETWORK_PARTICIPANT = [Permission.groupsRead, Permission.statisticsArea];

/**
 * A school's or a club's SSP contact in the Monday group or the coordination team may bring a
 * worry to the group, and read nothing about persons.
 */
const CONCERN_RAISING_PARTICIPANT = [...NETWORK_PARTICIPANT, Permission.concernRaise];

/**
 * A youth education's SSP contact may sit in SSP-U and there receive the Monday group's
 * referrals: membership of the receiving body decides which referrals they see.
 */
const REFERRAL_RECEIVING_PARTICIPANT = [...CONCERN_RAISING_PARTICIPANT, Permission.referralReceive];

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
    Permission.dataSubjectRequests,
    Permission.statisticsFull,
    Permission.statisticsSuppressed,
  ],
  [Role.policePrevention]: POLICE_PREVENTION,
  [Role.familyDepartment]: [...MONDAY_GROUP_REPRESENTATIVE, Permission.assessmentRecord],
  [Role.substanceAbuseTreatment]: MONDAY_GROUP_REPRESENTATIVE,
  [Role.youthGuidance]: MONDAY_GROUP_REPRESENTATIVE,
  [Role.ungebasen]: MONDAY_GROUP_REPRESENTATIVE,
  [Role.school]: REFERRAL_RECEIVING_PARTICIPANT,
  [Role.club]: CONCERN_RAISING_PARTICIPANT,
  [Role.healthVisitor]: NETWORK_PARTICIPANT,
  [Role.networkGroupMember]: NETWORK_PARTICIPANT,
  [Role.localCouncilMember]: [Permission.statisticsSuppressed, Permission.groupsRead],
  [Role.operator]: [Permission.auditRead, Permission.operationsRead, Permission.operationsResend],
};

/**
 * A permission the law forbids a role, whatever else its holder may hold. Permissions are the
 * union of the caller's roles, so leaving a permission out of one role's list only keeps it
 * from those who hold that role alone; a refusal here is taken away after the union, so no
 * second role can grant it back.
 */
export interface LegalRefusal {
  /** Stable, for programs, the 403 body and the audit log's reason. */
  code: string;
  role: Role;
  permissions: readonly Permission[];
  /** The provision, as it is cited to the person refused. */
  legalBasis: string;
  /** Danish, for the person refused: what is refused, why, and that other roles do not change it. */
  message: string;
}

/**
 * The refusals the law demands, and only those (the other limits of the role table are the
 * cooperation's own choices). Today one: the police take part in the Monday group, but may not
 * search what the municipality has shared (docs/security.md, docs/case-coordination.md).
 */
export const LEGAL_REFUSALS: readonly LegalRefusal[] = [
  {
    code: 'rpl-115-2-police-note-search',
    role: Role.policePrevention,
    permissions: [Permission.personNotesSearch],
    legalBasis: 'Retsplejeloven § 115, stk. 2',
    message:
      'Politiet må ikke søge i de oplysninger, kommunen har delt i SSP-samarbejdet, fordi de ikke må bruges til efterforskning (retsplejeloven § 115, stk. 2). Det gælder også, når du har andre roller ved siden af din politirolle.',
  },
];

/** The refusal the law demands of one of these roles for this permission, if any. */
export function legalRefusalOf(roles: readonly Role[], permission: Permission): LegalRefusal | undefined {
  return LEGAL_REFUSALS.find((refusal) => roles.includes(refusal.role) && refusal.permissions.includes(permission));
}

/** What the roles together allow: the union of their permissions, less what the law refuses any of them. */
export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const permissions = new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
  for (const refusal of LEGAL_REFUSALS) {
    if (roles.includes(refusal.role)) for (const permission of refusal.permissions) permissions.delete(permission);
  }
  return permissions;
}
