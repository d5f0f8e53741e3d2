import { Role, type Principal } from '@ssp/platform';
import { areaChoicesOf, dashboardsOf } from './dashboard-audiences';

const principal = (roles: Role[], areas: string[] = []): Principal => ({ subject: 'someone', roles, groups: [], areas });

describe('dashboardsOf', () => {
  it('lists the dashboards widest first: every count, the municipality, then own areas', () => {
    expect(dashboardsOf(principal([Role.sspConsultant], ['langaa'])).map((view) => view.audience)).toEqual([{ kind: 'full' }, { kind: 'municipality' }, { kind: 'area', areaId: 'langaa' }]);
    expect(dashboardsOf(principal([Role.localCouncilMember], ['langaa'])).map((view) => view.audience)).toEqual([{ kind: 'municipality' }]);
    expect(dashboardsOf(principal([Role.school], ['randers-nv', 'langaa'])).map((view) => view.label)).toEqual(['Randers NV', 'Langå']);
  });

  it('gives nothing to those without a statistics permission, or with only an area permission and no area', () => {
    expect(dashboardsOf(principal([Role.operator], ['langaa']))).toEqual([]);
    expect(dashboardsOf(principal([Role.networkGroupMember]))).toEqual([]);
  });
});

describe('areaChoicesOf', () => {
  it("offers a network group member only their own areas, and the coordination team every area", () => {
    expect(areaChoicesOf(principal([Role.networkGroupMember], ['langaa']), 'langaa')).toEqual([{ id: 'langaa', name: 'Langå' }]);
    expect(areaChoicesOf(principal([Role.secretariat]), 'langaa').map((area) => area.id)).toEqual(expect.arrayContaining(['randers-c', 'langaa', 'faarup']));
  });
});
