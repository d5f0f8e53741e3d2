import { changeInitiativeStatus, INITIATIVE_STATUSES, InitiativeRefusal, type InitiativeStatus } from './initiative-status';

describe("an initiative's status", () => {
  it.each([
    ['planned', 'launched'],
    ['launched', 'completed'],
    ['planned', 'cancelled'],
    ['launched', 'cancelled'],
  ] as const)('goes from %s to %s', (from, to) => {
    expect(changeInitiativeStatus(from, to)).toBe(to);
  });

  it('refuses every other change, staying put included', () => {
    const allowed = new Set(['planned>launched', 'launched>completed', 'planned>cancelled', 'launched>cancelled']);
    for (const from of INITIATIVE_STATUSES) {
      for (const to of INITIATIVE_STATUSES) {
        if (allowed.has(`${from}>${to}`)) continue;
        expect(() => changeInitiativeStatus(from, to)).toThrow(InitiativeRefusal);
      }
    }
  });

  it('says why and what is allowed instead', () => {
    const refusal = (from: InitiativeStatus, to: InitiativeStatus) => {
      try {
        changeInitiativeStatus(from, to);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal('planned', 'completed')).toBe('The initiative is planned, so it cannot become completed. From planned it can only become launched or cancelled.');
    expect(refusal('launched', 'launched')).toBe('The initiative is launched, so it cannot become launched. From launched it can only become completed or cancelled.');
    expect(refusal('completed', 'cancelled')).toBe('The initiative is completed, so it cannot become cancelled. A completed initiative cannot change any more.');
  });
});
