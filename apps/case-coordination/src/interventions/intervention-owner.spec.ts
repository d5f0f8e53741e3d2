import { dueSoonReminderDay, holdsOwningBody, remindsOn } from './intervention-owner';

describe("an intervention's owner", () => {
  it('is a member of the owning body that day, by the registry', () => {
    expect(holdsOwningBody('familieafdelingen', ['familieafdelingen', 'mandagsgruppen'])).toBe(true);
    expect(holdsOwningBody('familieafdelingen', ['mandagsgruppen'])).toBe(false);
    expect(holdsOwningBody('familieafdelingen', [])).toBe(false);
  });
});

describe("the reminder before an intervention's deadline", () => {
  const assignedEarly = { deadline: '2026-12-18', ownerAssignedDay: '2026-12-01' };

  it('falls the given number of Copenhagen days before the deadline, across months and years', () => {
    expect(dueSoonReminderDay('2026-12-18', 2)).toBe('2026-12-16');
    expect(dueSoonReminderDay('2027-01-01', 2)).toBe('2026-12-30');
    expect(dueSoonReminderDay('2026-03-01', 1)).toBe('2026-02-28');
  });

  it('goes from the reminder day to the deadline, not before and not after', () => {
    const days = ['2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-19'];
    expect(days.filter((today) => remindsOn(assignedEarly, today, 2))).toEqual(['2026-12-16', '2026-12-17', '2026-12-18']);
  });

  it('does not go to an owner who got the intervention on or after the reminder day', () => {
    expect(remindsOn({ deadline: '2026-12-18', ownerAssignedDay: '2026-12-15' }, '2026-12-16', 2)).toBe(true);
    expect(remindsOn({ deadline: '2026-12-18', ownerAssignedDay: '2026-12-16' }, '2026-12-16', 2)).toBe(false);
    expect(remindsOn({ deadline: '2026-12-18', ownerAssignedDay: '2026-12-17' }, '2026-12-17', 2)).toBe(false);
  });

  it('with 0 days, goes on the deadline itself', () => {
    expect(['2026-12-17', '2026-12-18'].filter((today) => remindsOn(assignedEarly, today, 0))).toEqual(['2026-12-18']);
  });
});
