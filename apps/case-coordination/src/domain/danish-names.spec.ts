import { INCIDENT_ROLES } from '@ssp/contracts';
import { areaName, INCIDENT_REVIEW_NAMES, INCIDENT_ROLE_NAMES, incidentReview, type ReferenceNaming } from './danish-names';

const NAMES: ReferenceNaming = { area: (areaId) => (areaId === 'langaa' ? 'Langå' : areaId), offenceCategory: (categoryId) => categoryId };

describe('Danish names for codes', () => {
  it('names every incident role, each differently', () => {
    expect(Object.keys(INCIDENT_ROLE_NAMES).sort()).toEqual([...INCIDENT_ROLES].sort());
    expect(new Set(Object.values(INCIDENT_ROLE_NAMES)).size).toBe(INCIDENT_ROLES.length);
    expect(INCIDENT_ROLE_NAMES.charged).toBe('sigtet');
  });

  it('tells history from before the baseline date apart from what the group has seen and what is new, in Danish', () => {
    expect([incidentReview(false, false), incidentReview(true, false), incidentReview(true, true)]).toEqual(['new', 'reviewed', 'before-baseline']);
    expect(new Set(Object.values(INCIDENT_REVIEW_NAMES)).size).toBe(3);
    expect(INCIDENT_REVIEW_NAMES['before-baseline']).toMatch(/ingen markering/);
  });

  it('names an area as the reference names do, and the area no row could be placed in in Danish', () => {
    expect(areaName('langaa', NAMES)).toBe('Langå');
    expect(areaName('unknown', NAMES)).toBe('ukendt område');
  });
});
