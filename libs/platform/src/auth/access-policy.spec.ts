import { COORDINATION_TEAM, decideAccess, explainRefusal, PERSON_DATA_GROUPS } from './access-policy';
import { LEGAL_REFUSALS, Permission, permissionsOf, ROLE_PERMISSIONS } from './permissions';
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
    expect(decideAccess(police, { permission: Permission.personNotesSearch }, {})).toMatchObject({
      allowed: false,
      reason: 'legal-refusal',
      refusal: { code: 'rpl-115-2-police-note-search', legalBasis: 'Retsplejeloven § 115, stk. 2' },
    });
  });

  it("lets the members of the body a route's scope names read every area's or group's records there, and change none", () => {
    const requirement = { permission: Permission.groupsRead, scope: { kind: 'group' as const, param: 'bodyId', readByMembersOf: COORDINATION_TEAM } };
    const coordinator = person([Role.familyDepartment], [COORDINATION_TEAM]);
    expect(decideAccess(coordinator, requirement, { bodyId: 'netvaerk-nord' }, true)).toEqual({ allowed: true });
    expect(decideAccess(coordinator, requirement, { bodyId: 'netvaerk-nord' }, false)).toEqual({ allowed: false, reason: 'not-member-of-group' });
    // Without the scope's naming, the coordination team is a body like any other.
    expect(decideAccess(coordinator, { permission: Permission.groupsRead, scope: { kind: 'group', param: 'bodyId' } }, { bodyId: 'netvaerk-nord' }, true)).toEqual({
      allowed: false,
      reason: 'not-member-of-group',
    });
    expect(decideAccess(person([Role.familyDepartment], ['netvaerk-syd']), requirement, { bodyId: 'netvaerk-nord' }, true)).toEqual({ allowed: false, reason: 'not-member-of-group' });
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

/** Every set of roles, the empty one included: 2^13 sets, a few milliseconds. */
function everyRoleSet(): Role[][] {
  return Array.from({ length: 2 ** ALL_ROLES.length }, (_, bits) => ALL_ROLES.filter((_role, index) => (bits >> index) & 1));
}

describe('refusals the law demands (LEGAL_REFUSALS)', () => {
  const roleSets = everyRoleSet();
  const inEveryGroup = (roles: Role[]) => person(roles, [...PERSON_DATA_GROUPS, 'netvaerk-nord'], ['nord']);

  it('refuses the police note search with the family department, the secretariat, the operator and the consultant beside it', () => {
    for (const other of [Role.familyDepartment, Role.secretariat, Role.operator, Role.sspConsultant]) {
      const decision = decideAccess(inEveryGroup([Role.policePrevention, other]), { permission: Permission.personNotesSearch }, {});
      expect(decision).toEqual({ allowed: false, reason: 'legal-refusal', refusal: LEGAL_REFUSALS[0] });
      // The other role alone may search: it is the police role that takes it away.
      if (other !== Role.operator) expect(decideAccess(inEveryGroup([other]), { permission: Permission.personNotesSearch }, {})).toEqual({ allowed: true });
    }
  });

  it('never grants a refused permission to any set of roles that holds the refused role, in any group', () => {
    const granted: string[] = [];
    let checked = 0;
    for (const roles of roleSets) {
      for (const refusal of LEGAL_REFUSALS.filter(({ role }) => roles.includes(role))) {
        for (const permission of refusal.permissions) {
          checked += 1;
          const decision = decideAccess(inEveryGroup(roles), { permission }, {});
          if (decision.allowed || decision.reason !== 'legal-refusal' || permissionsOf(roles).has(permission)) granted.push(`${roles.join('+')}: ${permission}`);
        }
      }
    }
    expect(granted).toEqual([]);
    expect(checked).toBe(2 ** (ALL_ROLES.length - 1) * LEGAL_REFUSALS.length);
  });

  it('takes nothing else away: without a refused role, the permissions are the union of the roles', () => {
    const refusedRoles = LEGAL_REFUSALS.map(({ role }) => role);
    const differing = roleSets
      .filter((roles) => !roles.some((role) => refusedRoles.includes(role)))
      .filter((roles) => [...permissionsOf(roles)].sort().join() !== [...new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]))].sort().join());
    expect(differing).toEqual([]);
  });

  it('cites a basis in Danish law, a stable code and a Danish message for each refusal, and no role table grants it to the refused role', () => {
    const codes = LEGAL_REFUSALS.map(({ code }) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const refusal of LEGAL_REFUSALS) {
      expect(refusal.code).toMatch(/^[a-z0-9-]+$/);
      expect(refusal.legalBasis).toMatch(/§ \d+/);
      expect(refusal.message).toContain(refusal.legalBasis.toLowerCase());
      expect(ROLE_PERMISSIONS[refusal.role].filter((permission) => refusal.permissions.includes(permission))).toEqual([]);
    }
  });

  it('tells the caller the refusal in Danish with its code and basis, and the audit log its code', () => {
    const decision = decideAccess(inEveryGroup([Role.policePrevention, Role.familyDepartment]), { permission: Permission.personNotesSearch }, {});
    if (decision.allowed) throw new Error('expected a refusal');
    expect(explainRefusal(decision)).toEqual({
      code: 'rpl-115-2-police-note-search',
      legalBasis: 'Retsplejeloven § 115, stk. 2',
      message: expect.stringContaining('Politiet må ikke søge'),
      auditReason: 'legal-refusal:rpl-115-2-police-note-search',
    });
    expect(explainRefusal({ allowed: false, reason: 'missing-permission' })).toEqual({ code: 'missing-permission', message: expect.stringContaining('Din rolle'), auditReason: 'missing-permission' });
  });
});
