/**
 * The roles people have in the SSP cooperation (from the Randers SSP seeds). The identity
 * provider puts them in the token's `roles` claim as these codes (Entra ID app roles).
 */
export enum Role {
  sspConsultant = 'ssp-consultant',
  secretariat = 'secretariat',
  policePrevention = 'police-prevention',
  familyDepartment = 'family-department',
  substanceAbuseTreatment = 'substance-abuse-treatment',
  youthGuidance = 'youth-guidance',
  ungebasen = 'ungebasen',
  school = 'school',
  club = 'club',
  healthVisitor = 'health-visitor',
  networkGroupMember = 'network-group-member',
  localCouncilMember = 'local-council-member',
  operator = 'operator',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Danish names, for the development token tool and the documentation. */
export const ROLE_LABELS: Record<Role, string> = {
  [Role.sspConsultant]: 'SSP-konsulent',
  [Role.secretariat]: 'SSP-sekretariatet',
  [Role.policePrevention]: 'Politiets forebyggelsesafdeling',
  [Role.familyDepartment]: 'Familieafdelingen',
  [Role.substanceAbuseTreatment]: 'Rusmiddelbehandling',
  [Role.youthGuidance]: 'Ungdommens Uddannelsesvejledning (UU)',
  [Role.ungebasen]: 'Ungebasen',
  [Role.school]: 'Skole',
  [Role.club]: 'Klub',
  [Role.healthVisitor]: 'Sundhedsplejerske',
  [Role.networkGroupMember]: 'Medlem af netværksgruppe',
  [Role.localCouncilMember]: 'Medlem af Lokalrådet',
  [Role.operator]: 'Driftsoperatør',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}
