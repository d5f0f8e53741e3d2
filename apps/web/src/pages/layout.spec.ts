import { menuFor } from './layout';

const keysFor = (...roles: string[]) => menuFor(roles).map((item) => item.key);

describe('the main menu', () => {
  it("shows the Monday group's pages to an SSP consultant and the police lists to the secretariat", () => {
    expect(keysFor('ssp-consultant')).toEqual(['front', 'agenda', 'meetings', 'search', 'concern', 'policeLists', 'followUp', 'networkGroups', 'initiatives', 'overview', 'statistics']);
    expect(keysFor('secretariat')).toContain('policeLists');
  });

  it("shows the initiatives to every member of the groups, the overview to the coordination team's roles, and the registry to the secretariat only", () => {
    expect(keysFor('network-group-member')).toEqual(['front', 'networkGroups', 'initiatives', 'statistics']);
    expect(keysFor('secretariat')).toEqual(expect.arrayContaining(['initiatives', 'overview', 'registry']));
    for (const role of ['ssp-consultant', 'police-prevention', 'substance-abuse-treatment', 'family-department']) expect(keysFor(role)).toContain('overview');
    expect(keysFor('school')).not.toContain('overview');
    expect(keysFor('ssp-consultant')).not.toContain('registry');
    expect(keysFor('operator')).not.toContain('initiatives');
  });

  it("leaves out what a person's roles cannot use, and roles it does not know", () => {
    expect(keysFor('school')).toEqual(['front', 'concern', 'followUp', 'networkGroups', 'initiatives', 'statistics']);
    expect(keysFor('local-council-member')).toEqual(['front', 'networkGroups', 'initiatives', 'statistics']);
    expect(keysFor('not-a-role')).toEqual(['front']);
  });

  it('shows the operators their page, Drift, and nothing of the SSP bodies; no one else sees it', () => {
    expect(keysFor('operator')).toEqual(['front', 'operations']);
    expect(keysFor('secretariat')).not.toContain('operations');
  });

  it('shows the union of several roles', () => {
    expect(keysFor('local-council-member', 'family-department')).toEqual(['front', 'agenda', 'meetings', 'search', 'concern', 'followUp', 'networkGroups', 'initiatives', 'overview', 'statistics']);
  });
});
