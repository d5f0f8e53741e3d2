import { Permission, permissionsOf } from './permissions';
import type { Principal } from './principal';

/** The bodies whose members may see person-level data (DESIGN.md, data protection). */
export const PERSON_DATA_GROUPS: readonly string[] = ['mandagsgruppen', 'koordinationsteam'];

const PERMISSIONS_NEEDING_PERSON_DATA_GROUP: ReadonlySet<Permission> = new Set([
  Permission.personDataRead,
  Permission.personDataWrite,
  Permission.personNotesSearch,
]);

export type ScopeKind = 'area' | 'group';

/** A route whose records belong to one area or group, named by a path parameter. */
export interface RecordScope {
  kind: ScopeKind;
  param: string;
}

export interface AccessRequirement {
  permission: Permission;
  scope?: RecordScope;
}

/** Holders of these see every area or group, not just their own. */
const SEES_ALL: Record<ScopeKind, Permission> = {
  area: Permission.statisticsFull,
  group: Permission.groupsManage,
};

export type RefusalReason = 'missing-permission' | 'not-in-person-data-group' | 'not-member-of-area' | 'not-member-of-group';

export type AccessDecision = { allowed: true } | { allowed: false; reason: RefusalReason };

function scopeDecision(principal: Principal, permissions: Set<Permission>, scope: RecordScope, params: Record<string, string>): AccessDecision {
  if (permissions.has(SEES_ALL[scope.kind])) return { allowed: true };
  const id = params[scope.param];
  const memberships = scope.kind === 'area' ? principal.areas : principal.groups;
  if (id !== undefined && memberships.includes(id)) return { allowed: true };
  return { allowed: false, reason: scope.kind === 'area' ? 'not-member-of-area' : 'not-member-of-group' };
}

/**
 * Decides one request on the server: the role must grant the permission, person-level
 * data needs membership of the Monday group or the coordination team, and a record of an
 * area or group is only for its members.
 */
export function decideAccess(principal: Principal, requirement: AccessRequirement, params: Record<string, string>): AccessDecision {
  const permissions = permissionsOf(principal.roles);
  if (!permissions.has(requirement.permission)) return { allowed: false, reason: 'missing-permission' };
  if (PERMISSIONS_NEEDING_PERSON_DATA_GROUP.has(requirement.permission) && !principal.groups.some((group) => PERSON_DATA_GROUPS.includes(group))) {
    return { allowed: false, reason: 'not-in-person-data-group' };
  }
  if (requirement.scope) return scopeDecision(principal, permissions, requirement.scope, params);
  return { allowed: true };
}
