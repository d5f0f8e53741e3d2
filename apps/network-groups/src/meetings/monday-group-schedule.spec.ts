import { mondayGroupRule } from './monday-group-schedule';
import { occurrences } from './recurrence';

describe("the Monday group's schedule", () => {
  it('runs every other Monday from the first meeting, 09:00 to 11:00 in Copenhagen', () => {
    expect(occurrences(mondayGroupRule('2026-01-05'), '2026-03-20', '2026-04-30')).toEqual([
      { day: '2026-03-30', startsAt: '2026-03-30T07:00:00.000Z', endsAt: '2026-03-30T09:00:00.000Z' },
      { day: '2026-04-13', startsAt: '2026-04-13T07:00:00.000Z', endsAt: '2026-04-13T09:00:00.000Z' },
      { day: '2026-04-27', startsAt: '2026-04-27T07:00:00.000Z', endsAt: '2026-04-27T09:00:00.000Z' },
    ]);
  });

  it('refuses a first meeting that is not a Monday, naming the setting', () => {
    expect(() => mondayGroupRule('2026-01-06')).toThrow('MONDAY_GROUP_FIRST_MEETING must be a Monday, not 2026-01-06');
  });
});
