import { menuFor } from './layout';

const keysFor = (...roles: string[]) => menuFor(roles).map((item) => item.key);

describe('the main menu', () => {
  it("shows the Monday group's pages to an SSP consultant and the police lists to the secretariat", () => {
    expect(keysFor('ssp-consultant')).toEqual(['front', 'agenda', 'meetings', 'search', 'concern', 'policeLists', 'followUp', 'statistics', 'networkGroups']);
    expect(keysFor('secretariat')).toContain('policeLists');
  });

  it("leaves out what a person's roles cannot use, and roles it does not know", () => {
    expect(keysFor('school')).toEqual(['front', 'concern', 'followUp', 'statistics', 'networkGroups']);
    expect(keysFor('local-council-member')).toEqual(['front', 'statistics', 'networkGroups']);
    expect(keysFor('network-group-member')).toEqual(['front', 'statistics', 'networkGroups']);
    expect(keysFor('not-a-role')).toEqual(['front']);
  });

  it('shows the operators their page, Drift, and nothing of the SSP bodies; no one else sees it', () => {
    expect(keysFor('operator')).toEqual(['front', 'operations']);
    expect(keysFor('secretariat')).not.toContain('operations');
  });

  it('shows the union of several roles', () => {
    expect(keysFor('local-council-member', 'family-department')).toEqual(['front', 'agenda', 'meetings', 'search', 'concern', 'followUp', 'statistics', 'networkGroups']);
  });
});
