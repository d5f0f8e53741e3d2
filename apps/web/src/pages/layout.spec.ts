import { menuFor } from './layout';

const keysFor = (...roles: string[]) => menuFor(roles).map((item) => item.key);

describe('the main menu', () => {
  it("shows the Monday group's pages to an SSP consultant and the police lists to the secretariat", () => {
    expect(keysFor('ssp-consultant')).toEqual(['front', 'agenda', 'meetings', 'search', 'concern', 'policeLists', 'followUp', 'networkGroups']);
    expect(keysFor('secretariat')).toContain('policeLists');
  });

  it("leaves out what a person's roles cannot use, and roles it does not know", () => {
    expect(keysFor('school')).toEqual(['front', 'concern', 'followUp', 'networkGroups']);
    expect(keysFor('local-council-member')).toEqual(['front', 'networkGroups']);
    expect(keysFor('operator')).toEqual(['front']);
    expect(keysFor('not-a-role')).toEqual(['front']);
  });

  it('shows the network groups to a network group member, who sees nothing of persons', () => {
    expect(keysFor('network-group-member')).toEqual(['front', 'networkGroups']);
  });

  it('shows the union of several roles', () => {
    expect(keysFor('local-council-member', 'family-department')).toEqual(['front', 'agenda', 'meetings', 'search', 'concern', 'followUp', 'networkGroups']);
  });
});
