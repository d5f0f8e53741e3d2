import { DEFAULT_OFFENCE_CATEGORIES, INCIDENT_ROLES } from '@ssp/contracts';
import { DEFAULT_AREAS } from '@ssp/contracts';
import { areaName, INCIDENT_REVIEW_NAMES, INCIDENT_ROLE_NAMES, incidentReview, offenceCategoryName } from './danish-names';

describe('Danish names for codes', () => {
  it('names every incident role, each differently', () => {
    expect(Object.keys(INCIDENT_ROLE_NAMES).sort()).toEqual([...INCIDENT_ROLES].sort());
    expect(new Set(Object.values(INCIDENT_ROLE_NAMES)).size).toBe(INCIDENT_ROLES.length);
    expect(INCIDENT_ROLE_NAMES.charged).toBe('sigtet');
  });

  it('names an offence category from the reference table, and shows an unknown id as it is', () => {
    const [first] = DEFAULT_OFFENCE_CATEGORIES;
    expect(offenceCategoryName(first.id)).toBe(first.da);
    expect(offenceCategoryName('burglary')).not.toBe('burglary');
    expect(offenceCategoryName('no-such-category')).toBe('no-such-category');
  });

  it('tells history from before the baseline date apart from what the group has seen and what is new, in Danish', () => {
    expect([incidentReview(false, false), incidentReview(true, false), incidentReview(true, true)]).toEqual(['new', 'reviewed', 'before-baseline']);
    expect(new Set(Object.values(INCIDENT_REVIEW_NAMES)).size).toBe(3);
    expect(INCIDENT_REVIEW_NAMES['before-baseline']).toMatch(/ingen markering/);
  });

  it('names an area from the reference table, an unknown one in Danish, and shows an id it does not know as it is', () => {
    const [first] = DEFAULT_AREAS;
    expect(areaName(first.id)).toBe(first.name);
    expect(areaName('unknown')).toBe('ukendt område');
    expect(areaName('no-such-area')).toBe('no-such-area');
  });
});
