import { whatViewerSees, type Viewer } from './person-visibility';

const TODAY = '2026-03-10';
const colleague: Viewer = { subject: 'viewer', groups: ['netvaerk-randers-nv'], seesEveryone: false };
const memberships = [
  { bodyId: 'netvaerk-randers-nv', validFrom: '2025-01-01', validTo: null },
  { bodyId: 'mandagsgruppen', validFrom: '2025-01-01', validTo: null },
];

describe('what a viewer sees of a person', () => {
  it('shows a current colleague with only the bodies the two share, and no sign-in subject', () => {
    expect(whatViewerSees(colleague, { subject: 'someone' }, memberships, TODAY)).toEqual({
      visible: true,
      showsSubject: false,
      memberships: [memberships[0]],
    });
  });

  it('hides a person who sits in none of the viewer’s bodies', () => {
    const seen = whatViewerSees({ ...colleague, groups: ['netvaerk-langaa'] }, { subject: null }, memberships, TODAY);
    expect(seen).toEqual({ visible: false, showsSubject: false, memberships: [] });
  });

  it('hides a former colleague once the shared membership has ended, but not on its last day', () => {
    const ended = [{ bodyId: 'netvaerk-randers-nv', validFrom: '2025-01-01', validTo: '2026-03-09' }];
    expect(whatViewerSees(colleague, { subject: null }, ended, TODAY).visible).toBe(false);
    expect(whatViewerSees(colleague, { subject: null }, ended, '2026-03-09').visible).toBe(true);
  });

  it('shows a current colleague’s past memberships of the shared body too', () => {
    const history = [
      { bodyId: 'netvaerk-randers-nv', validFrom: '2024-01-01', validTo: '2024-06-30' },
      { bodyId: 'netvaerk-randers-nv', validFrom: '2026-01-01', validTo: null },
    ];
    expect(whatViewerSees(colleague, { subject: null }, history, TODAY).memberships).toHaveLength(2);
  });

  it('shows everything to the person themself and to the secretariat', () => {
    expect(whatViewerSees({ ...colleague, groups: [] }, { subject: 'viewer' }, memberships, TODAY)).toMatchObject({ visible: true, showsSubject: true, memberships });
    expect(whatViewerSees({ subject: 'sekretariat', groups: [], seesEveryone: true }, { subject: null }, memberships, TODAY)).toMatchObject({
      visible: true,
      showsSubject: true,
      memberships,
    });
  });
});
