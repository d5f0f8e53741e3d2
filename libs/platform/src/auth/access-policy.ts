import { legalRefusalOf, Permission, permissionsOf, type LegalRefusal } from './permissions';
import type { Principal } from './principal';

/** The bodies whose members may see person-level data (DESIGN.md, data protection). */
export const PERSON_DATA_GROUPS: readonly string[] = ['mandagsgruppen', 'koordinationsteam'];

const PERMISSIONS_NEEDING_PERSON_DATA_GROUP: ReadonlySet<Permission> = new Set([
  Permission.personDataRead,
  Permission.personDataWrite,
  Permission.personNotesSearch,
  Permission.concernRaise,
  Permission.assessmentRecord,
  Permission.dataSubjectRequests,
]);

export type ScopeKind = 'area' | 'group';

/** A route whose records belong to one area or group, named by a path parameter. */
export interface RecordScope {
  kind: ScopeKind;
  /**
   * The path parameter that names the area or group. Left out for a route over every area's or
   * group's records at once: only those who see every one, or read every one (`readByMembersOf`), pass.
   */
  param?: string;
  /**
   * A body whose members read (GET) the records of every area or group on this route, and
   * change none: the coordination team, which coordinates the network groups' meetings.
   */
  readByMembersOf?: string;
}

/** The SSP coordination team: it coordinates the network groups and reads their meetings and alerts. */
export const COORDINATION_TEAM = 'koordinationsteam';

export interface AccessRequirement {
  permission: Permission;
  scope?: RecordScope;
}

/** Holders of these see every area or group, not just their own. */
const SEES_ALL: Record<ScopeKind, Permission> = {
  area: Permission.statisticsFull,
  group: Permission.groupsManage,
};

export type RefusalReason = 'missing-permission' | 'not-in-person-data-group' | 'not-member-of-area' | 'not-member-of-group' | 'legal-refusal';

export type AccessDecision =
  | { allowed: true }
  | { allowed: false; reason: Exclude<RefusalReason, 'legal-refusal'> }
  /** Refused by law (LEGAL_REFUSALS): the refusal names its code, basis and Danish message. */
  | { allowed: false; reason: 'legal-refusal'; refusal: LegalRefusal };

function scopeDecision(principal: Principal, permissions: Set<Permission>, scope: RecordScope, params: Record<string, string>, reading: boolean): AccessDecision {
  if (permissions.has(SEES_ALL[scope.kind])) return { allowed: true };
  if (reading && scope.readByMembersOf !== undefined && principal.groups.includes(scope.readByMembersOf)) return { allowed: true };
  const id = scope.param === undefined ? undefined : params[scope.param];
  const memberships = scope.kind === 'area' ? principal.areas : principal.groups;
  if (id !== undefined && memberships.includes(id)) return { allowed: true };
  return { allowed: false, reason: scope.kind === 'area' ? 'not-member-of-area' : 'not-member-of-group' };
}

/**
 * Decides one request on the server: no refusal the law demands of any of the caller's
 * roles may apply, one of the roles must grant the permission, person-level
 * data needs membership of the Monday group or the coordination team, and a record of an
 * area or group is only for its members (and, `reading` it, for the members of the body the
 * route's scope names in `readByMembersOf`).
 */
export function decideAccess(principal: Principal, requirement: AccessRequirement, params: Record<string, string>, reading = false): AccessDecision {
  // First, so that the answer names the law whether or not another role would have granted it.
  const refusal = legalRefusalOf(principal.roles, requirement.permission);
  if (refusal) return { allowed: false, reason: 'legal-refusal', refusal };
  const permissions = permissionsOf(principal.roles);
  if (!permissions.has(requirement.permission)) return { allowed: false, reason: 'missing-permission' };
  if (PERMISSIONS_NEEDING_PERSON_DATA_GROUP.has(requirement.permission) && !principal.groups.some((group) => PERSON_DATA_GROUPS.includes(group))) {
    return { allowed: false, reason: 'not-in-person-data-group' };
  }
  if (requirement.scope) return scopeDecision(principal, permissions, requirement.scope, params, reading);
  return { allowed: true };
}

/** Danish for the person refused, beside the stable reason; a legal refusal carries its own. */
const REFUSAL_MESSAGES: Record<Exclude<RefusalReason, 'legal-refusal'>, string> = {
  'missing-permission': 'Din rolle giver ikke adgang til dette. Kontakt SSP-sekretariatet, hvis du mener, at du skal have adgang.',
  'not-in-person-data-group': 'Oplysninger om enkeltpersoner er kun for medlemmer af Mandagsgruppen og SSP-koordinationsteamet.',
  'not-member-of-area': 'Du arbejder ikke i dette område og kan derfor ikke se dets oplysninger.',
  'not-member-of-group': 'Du er ikke medlem af denne gruppe og kan derfor ikke se dens oplysninger.',
};

export interface RefusalExplanation {
  /** Stable: the refusal reason, or a legal refusal's own code. */
  code: string;
  message: string;
  legalBasis?: string;
  /** What the audit log records as the reason. */
  auditReason: string;
}

/** How a refusal is told to the caller and recorded in the audit log. */
export function explainRefusal(decision: Extract<AccessDecision, { allowed: false }>): RefusalExplanation {
  if (decision.reason === 'legal-refusal') {
    const { code, message, legalBasis } = decision.refusal;
    return { code, message, legalBasis, auditReason: `legal-refusal:${code}` };
  }
  return { code: decision.reason, message: REFUSAL_MESSAGES[decision.reason], auditReason: decision.reason };
}
