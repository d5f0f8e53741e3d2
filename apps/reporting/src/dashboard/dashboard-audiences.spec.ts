import { Role, type Principal } from '@ssp/platform';
import { DEFAULT_REFERENCE_NAMES as NAMES } from '@ssp/testing/reference-names';
import { areaChoicesOf, dashboardsOf } from './dashboard-audiences';

const principal = (roles: Role[], areas: string[] = []): Principal => ({ subject: 'someone', roles, groups: [], areas });

describe('dashboardsOf', () => {
  it('lists the dashboards widest first: every count, the municipality, then own areas', () => {
    expect(dashboardsOf(principal([Role.sspConsultant], ['langaa']), NAMES).map((view) => view.audience)).toEqual([{ kind: 'full' }, { kind: 'municipality' }, { kind: 'area', areaId: 'langaa' }]);
    expect(dashboardsOf(principal([Role.localCouncilMember], ['langaa']), NAMES).map((view) => view.audience)).toEqual([{ kind: 'municipality' }]);
    expect(dashboardsOf(principal([Role.school], ['randers-nv', 'langaa']), NAMES).map((view) => view.label)).toEqual(['Randers NV', 'Langå']);
  });

  it('gives nothing to those without a statistics permission, or with only an area permission and no area', () => {
    expect(dashboardsOf(principal([Role.operator], ['langaa']), NAMES)).toEqual([]);
    expect(dashboardsOf(principal([Role.networkGroupMember]), NAMES)).toEqual([]);
  });
});

describe('areaChoicesOf', () => {
  it("offers a network group member only their own areas, and the coordination team every area", () => {
    expect(areaChoicesOf(principal([Role.networkGroupMember], ['langaa']), 'langaa', NAMES)).toEqual([{ id: 'langaa', name: 'Langå' }]);
    expect(areaChoicesOf(principal([Role.secretariat]), 'langaa', NAMES).map((area) => area.id)).toEqual(expect.arrayContaining(['randers-c', 'langaa', 'faarup']));
  });
});
