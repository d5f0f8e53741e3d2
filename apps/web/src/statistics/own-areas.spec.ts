import { ownAreas, type Body } from './own-areas';

const BODIES: Body[] = [
  { id: 'netvaerk-langaa', name: 'Netværksgruppe Langå', kind: 'network-group', areaId: 'langaa' },
  { id: 'netvaerk-randers-c', name: 'Netværksgruppe Randers C', kind: 'network-group', areaId: 'randers-c' },
  { id: 'netvaerk-faarup', name: 'Netværksgruppe Fårup', kind: 'network-group', areaId: 'faarup' },
  { id: 'mandagsgruppen', name: 'Mandagsgruppen', kind: 'monday-group', areaId: null },
];

describe("a network group member's own areas", () => {
  it('are the areas of the network groups they are a member of today, by the group names, in Danish order', () => {
    const memberships = [
      { bodyId: 'netvaerk-randers-c', validFrom: '2025-01-01', validTo: null },
      { bodyId: 'netvaerk-faarup', validFrom: '2026-01-01', validTo: '2026-11-23' },
      { bodyId: 'mandagsgruppen', validFrom: '2025-01-01', validTo: null },
    ];
    expect(ownAreas(memberships, BODIES, '2026-11-23')).toEqual([
      { areaId: 'faarup', groupName: 'Netværksgruppe Fårup' },
      { areaId: 'randers-c', groupName: 'Netværksgruppe Randers C' },
    ]);
  });

  it('leave out a membership that has ended or not yet begun, and bodies without an area', () => {
    const memberships = [
      { bodyId: 'netvaerk-langaa', validFrom: '2025-01-01', validTo: '2026-11-22' },
      { bodyId: 'netvaerk-faarup', validFrom: '2026-11-24', validTo: null },
      { bodyId: 'mandagsgruppen', validFrom: '2025-01-01', validTo: null },
    ];
    expect(ownAreas(memberships, BODIES, '2026-11-23')).toEqual([]);
  });
});
