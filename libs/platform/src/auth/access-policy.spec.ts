import { decideAccess, PERSON_DATA_GROUPS } from './access-policy';
import { Permission, ROLE_PERMISSIONS } from './permissions';
import type { Principal } from './principal';
import { ALL_ROLES, Role } from './roles';

const person = (roles: Role[], groups: string[] = [], areas: string[] = []): Principal => ({ subject: 'someone', roles, groups, areas });

describe('decideAccess', () => {
  it('refuses a permission no role of the caller grants', () => {
    expect(decideAccess(person([Role.school], ['netvaerk-nord']), { permission: Permission.personDataRead }, {})).toEqual({
      allowed: false,
      reason: 'missing-permission',
    });
  });

  it('gives person-level data only to members of the Monday group or the coordination team', () => {
    const requirement = { permission: Permission.personDataRead };
    expect(decideAccess(person([Role.familyDepartment]), requirement, {})).toEqual({ allowed: false, reason: 'not-in-person-data-group' });
    expect(decideAccess(person([Role.familyDepartment], ['netvaerk-nord']), requirement, {})).toEqual({ allowed: false, reason: 'not-in-person-data-group' });
    for (const group of PERSON_DATA_GROUPS) {
      expect(decideAccess(person([Role.familyDepartment], [group]), requirement, {})).toEqual({ allowed: true });
    }
  });

  it('lets the police read persons at the Monday group but never search the municipality\'s notes (rpl. § 115, stk. 2)', () => {
    const police = person([Role.policePrevention], ['mandagsgruppen']);
    expect(decideAccess(police, { permission: Permission.personDataRead }, {})).toEqual({ allowed: true });
    expect(decideAccess(police, { permission: Permission.personNotesSearch }, {})).toEqual({ allowed: false, reason: 'missing-permission' });
  });

  it('shows an area\'s records to members of that area only, and to the coordination level everywhere', () => {
    const requirement = { permission: Permission.statisticsArea, scope: { kind: 'area' as const, param: 'areaId' } };
    const member = person([Role.networkGroupMember], ['netvaerk-nord'], ['nord']);
    expect(decideAccess(member, requirement, { areaId: 'nord' })).toEqual({ allowed: true });
    expect(decideAccess(member, requirement, { areaId: 'syd' })).toEqual({ allowed: false, reason: 'not-member-of-area' });
    expect(decideAccess(person([Role.sspConsultant]), requirement, { areaId: 'syd' })).toEqual({ allowed: true });
  });

  it('shows a group\'s records to its members only, and to the secretariat for all groups', () => {
    const requirement = { permission: Permission.groupsRead, scope: { kind: 'group' as const, param: 'groupId' } };
    const member = person([Role.club], ['netvaerk-nord']);
    expect(decideAccess(member, requirement, { groupId: 'netvaerk-nord' })).toEqual({ allowed: true });
    expect(decideAccess(member, requirement, { groupId: 'netvaerk-syd' })).toEqual({ allowed: false, reason: 'not-member-of-group' });
    expect(decideAccess(person([Role.secretariat]), requirement, { groupId: 'netvaerk-syd' })).toEqual({ allowed: true });
  });

  it('gives Lokalråd members suppressed statistics and nothing person-level or full', () => {
    const council = person([Role.localCouncilMember], ['lokalraadet', 'mandagsgruppen']);
    expect(decideAccess(council, { permission: Permission.statisticsSuppressed }, {})).toEqual({ allowed: true });
    for (const permission of [Permission.statisticsFull, Permission.personDataRead, Permission.policeListRead, Permission.statisticsArea]) {
      expect(decideAccess(council, { permission }, {})).toEqual({ allowed: false, reason: 'missing-permission' });
    }
  });

  it('keeps person-level permissions away from the network level, the Lokalråd and operators', () => {
    const personLevel = [Permission.personDataRead, Permission.personDataWrite, Permission.personNotesSearch, Permission.policeListRead];
    for (const role of [Role.school, Role.club, Role.healthVisitor, Role.networkGroupMember, Role.localCouncilMember, Role.operator]) {
      expect(ROLE_PERMISSIONS[role].filter((permission) => personLevel.includes(permission))).toEqual([]);
    }
  });

  it('grants every permission to some role, so no route is closed to everyone', () => {
    const granted = new Set(ALL_ROLES.flatMap((role) => ROLE_PERMISSIONS[role]));
    expect(Object.values(Permission).filter((permission) => !granted.has(permission))).toEqual([]);
  });
});
