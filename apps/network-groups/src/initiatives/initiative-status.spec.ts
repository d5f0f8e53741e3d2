import { changeInitiativeStatus, INITIATIVE_STATUS_DA, INITIATIVE_STATUS_REFUSED, INITIATIVE_STATUSES, InitiativeRefusal, type InitiativeStatus } from './initiative-status';

describe("an initiative's status", () => {
  it.each([
    ['proposed', 'planned'],
    ['proposed', 'cancelled'],
    ['planned', 'launched'],
    ['launched', 'completed'],
    ['planned', 'cancelled'],
    ['launched', 'cancelled'],
  ] as const)('goes from %s to %s', (from, to) => {
    expect(changeInitiativeStatus(from, to)).toBe(to);
  });

  it('refuses every other change, staying put included', () => {
    const allowed = new Set(['proposed>planned', 'proposed>cancelled', 'planned>launched', 'launched>completed', 'planned>cancelled', 'launched>cancelled']);
    for (const from of INITIATIVE_STATUSES) {
      for (const to of INITIATIVE_STATUSES) {
        if (allowed.has(`${from}>${to}`)) continue;
        expect(() => changeInitiativeStatus(from, to)).toThrow(InitiativeRefusal);
        expect(() => changeInitiativeStatus(from, to)).toThrow(expect.objectContaining({ code: INITIATIVE_STATUS_REFUSED }));
      }
    }
  });

  it('says why and what is allowed instead, in Danish', () => {
    const refusal = (from: InitiativeStatus, to: InitiativeStatus) => {
      try {
        changeInitiativeStatus(from, to);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal('planned', 'completed')).toBe('Initiativet har status planned, så det kan ikke få status completed. Fra planned kan det kun få status launched eller cancelled.');
    expect(refusal('launched', 'launched')).toBe('Initiativet har status launched, så det kan ikke få status launched. Fra launched kan det kun få status completed eller cancelled.');
    expect(refusal('proposed', 'launched')).toBe('Initiativet har status proposed, så det kan ikke få status launched. Fra proposed kan det kun få status planned eller cancelled.');
    expect(refusal('completed', 'cancelled')).toBe('Initiativet har status completed, så det kan ikke få status cancelled. Et initiativ med status completed kan ikke ændres mere.');
  });
});

describe("an initiative status's Danish name", () => {
  it('names every status', () => {
    expect(INITIATIVE_STATUSES.map((status) => INITIATIVE_STATUS_DA[status])).toEqual(['foreslået', 'planlagt', 'i gang', 'afsluttet', 'aflyst']);
  });
});
