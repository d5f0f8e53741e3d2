import { occurrences, ruleProblems, SCHEDULE_REFUSALS, weekdayOfMonth, type ScheduleRule } from './recurrence';

/** Summer time in Denmark 2026: from Sunday 29 March 02:00 to Sunday 25 October 03:00. */
const copenhagenClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const wallTime = (instant: string) => copenhagenClock.format(new Date(instant));

const weekly = (overrides: Partial<ScheduleRule> & { intervalWeeks?: number; weekday?: number } = {}): ScheduleRule => {
  const { intervalWeeks = 1, weekday = 1, ...rule } = overrides;
  return { recurrence: { kind: 'weekly', intervalWeeks, weekday }, startTime: '16:00', durationMinutes: 60, firstDay: '2026-01-05', until: null, ...rule };
};

describe('recurring meetings', () => {
  describe('across the changes of summer time', () => {
    it('keeps a weekly 16:00 meeting at 16:00 in Copenhagen when summer time begins; UTC moves an hour earlier', () => {
      const meetings = occurrences(weekly(), '2026-03-16', '2026-04-06');
      expect(meetings.map(({ day, startsAt }) => [day, startsAt])).toEqual([
        ['2026-03-16', '2026-03-16T15:00:00.000Z'],
        ['2026-03-23', '2026-03-23T15:00:00.000Z'],
        ['2026-03-30', '2026-03-30T14:00:00.000Z'],
        ['2026-04-06', '2026-04-06T14:00:00.000Z'],
      ]);
      expect(meetings.map((meeting) => wallTime(meeting.startsAt))).toEqual(['16:00', '16:00', '16:00', '16:00']);
    });

    it('keeps it at 16:00 when summer time ends; UTC moves an hour later', () => {
      const meetings = occurrences(weekly(), '2026-10-19', '2026-11-02');
      expect(meetings.map(({ startsAt }) => startsAt)).toEqual(['2026-10-19T14:00:00.000Z', '2026-10-26T15:00:00.000Z', '2026-11-02T15:00:00.000Z']);
      expect(meetings.map((meeting) => wallTime(meeting.startsAt))).toEqual(['16:00', '16:00', '16:00']);
    });

    it('switches on the Sundays themselves (the last Sundays of March and October)', () => {
      const sundays = weekly({ weekday: 7 });
      expect(occurrences(sundays, '2026-03-22', '2026-03-29').map(({ startsAt }) => startsAt)).toEqual(['2026-03-22T15:00:00.000Z', '2026-03-29T14:00:00.000Z']);
      expect(occurrences(sundays, '2026-10-25', '2026-11-01').map(({ startsAt }) => startsAt)).toEqual(['2026-10-25T15:00:00.000Z', '2026-11-01T15:00:00.000Z']);
    });

    it('moves 02:30 on the spring-forward day, which the clocks skip, on to 03:30 summer time', () => {
      const night = weekly({ weekday: 7, startTime: '02:30', durationMinutes: 60 });
      const meetings = occurrences(night, '2026-03-22', '2026-04-05');
      expect(meetings).toEqual([
        { day: '2026-03-22', startsAt: '2026-03-22T01:30:00.000Z', endsAt: '2026-03-22T02:30:00.000Z' },
        { day: '2026-03-29', startsAt: '2026-03-29T01:30:00.000Z', endsAt: '2026-03-29T02:30:00.000Z' },
        { day: '2026-04-05', startsAt: '2026-04-05T00:30:00.000Z', endsAt: '2026-04-05T01:30:00.000Z' },
      ]);
      expect(meetings.map((meeting) => wallTime(meeting.startsAt))).toEqual(['02:30', '03:30', '02:30']);
    });

    it('takes the first 02:30 on the autumn day the clocks show it twice, and lasts its duration in real time', () => {
      const night = weekly({ weekday: 7, startTime: '02:30', durationMinutes: 60 });
      expect(occurrences(night, '2026-10-18', '2026-11-01')).toEqual([
        { day: '2026-10-18', startsAt: '2026-10-18T00:30:00.000Z', endsAt: '2026-10-18T01:30:00.000Z' },
        { day: '2026-10-25', startsAt: '2026-10-25T00:30:00.000Z', endsAt: '2026-10-25T01:30:00.000Z' },
        { day: '2026-11-01', startsAt: '2026-11-01T01:30:00.000Z', endsAt: '2026-11-01T02:30:00.000Z' },
      ]);
    });
  });

  describe('every N weeks', () => {
    const mondayGroup = weekly({ intervalWeeks: 2, weekday: 1, startTime: '14:00', durationMinutes: 120, firstDay: '2026-01-05' });

    it('meets every other Monday from 5 January 2026 at 14:00 for two hours (the Monday group)', () => {
      expect(occurrences(mondayGroup, '2026-01-01', '2026-02-02')).toEqual([
        { day: '2026-01-05', startsAt: '2026-01-05T13:00:00.000Z', endsAt: '2026-01-05T15:00:00.000Z' },
        { day: '2026-01-19', startsAt: '2026-01-19T13:00:00.000Z', endsAt: '2026-01-19T15:00:00.000Z' },
        { day: '2026-02-02', startsAt: '2026-02-02T13:00:00.000Z', endsAt: '2026-02-02T15:00:00.000Z' },
      ]);
    });

    it('keeps the cadence of the first day when the window starts between meetings', () => {
      expect(occurrences(mondayGroup, '2026-01-06', '2026-02-16').map(({ day }) => day)).toEqual(['2026-01-19', '2026-02-02', '2026-02-16']);
      expect(occurrences(mondayGroup, '2026-12-15', '2027-01-20').map(({ day }) => day)).toEqual(['2026-12-21', '2027-01-04', '2027-01-18']);
    });

    it('starts on the first such weekday on or after the first day', () => {
      expect(occurrences(weekly({ intervalWeeks: 2, weekday: 1, firstDay: '2026-01-07' }), '2026-01-01', '2026-01-31').map(({ day }) => day)).toEqual(['2026-01-12', '2026-01-26']);
    });

    it('ends on its last day, which is included', () => {
      expect(occurrences(weekly({ until: '2026-01-19' }), '2026-01-01', '2026-12-31').map(({ day }) => day)).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
      expect(occurrences(weekly({ until: '2026-01-18' }), '2026-01-20', '2026-12-31')).toEqual([]);
    });

    it('has nothing before the first day', () => {
      expect(occurrences(weekly({ firstDay: '2026-06-01' }), '2026-01-01', '2026-05-31')).toEqual([]);
    });
  });

  describe('monthly on the n-th weekday', () => {
    it('finds the first Tuesday of each month', () => {
      const firstTuesday: ScheduleRule = { recurrence: { kind: 'monthly', weekOfMonth: 1, weekday: 2 }, startTime: '16:00', durationMinutes: 90, firstDay: '2026-01-01', until: null };
      const meetings = occurrences(firstTuesday, '2026-01-01', '2026-04-30');
      expect(meetings.map(({ day }) => day)).toEqual(['2026-01-06', '2026-02-03', '2026-03-03', '2026-04-07']);
      expect(meetings.map(({ startsAt }) => startsAt.slice(11, 16))).toEqual(['15:00', '15:00', '15:00', '14:00']);
      expect(meetings.map((meeting) => wallTime(meeting.startsAt))).toEqual(['16:00', '16:00', '16:00', '16:00']);
    });

    it('begins with the next month when the first day is after this month’s meeting', () => {
      const rule: ScheduleRule = { recurrence: { kind: 'monthly', weekOfMonth: 1, weekday: 2 }, startTime: '16:00', durationMinutes: 90, firstDay: '2026-01-07', until: '2026-03-03' };
      expect(occurrences(rule, '2025-01-01', '2030-01-01').map(({ day }) => day)).toEqual(['2026-02-03', '2026-03-03']);
    });

    it.each([
      ['2026-01', 2, 1, '2026-01-06'],
      ['2026-01', 5, -1, '2026-01-30'],
      ['2026-02', 5, -1, '2026-02-27'],
      ['2028-02', 2, -1, '2028-02-29'],
      ['2026-03', 7, -1, '2026-03-29'],
      ['2026-10', 7, -1, '2026-10-25'],
      ['2026-12', 4, 4, '2026-12-24'],
      ['2026-11', 1, 1, '2026-11-02'],
    ] as const)('in %s weekday %i, week %i is %s', (month, weekday, weekOfMonth, day) => {
      expect(weekdayOfMonth(month, weekday, weekOfMonth)).toBe(day);
    });
  });

  describe('refused rules', () => {
    it('names each wrong field', () => {
      const rule: ScheduleRule = { recurrence: { kind: 'weekly', intervalWeeks: 0, weekday: 8 }, startTime: '24:00', durationMinutes: 0, firstDay: '2026-02-01', until: '2026-01-31' };
      expect(ruleProblems(rule)).toEqual([
        SCHEDULE_REFUSALS.weekday,
        SCHEDULE_REFUSALS.intervalWeeks,
        SCHEDULE_REFUSALS.startTime,
        SCHEDULE_REFUSALS.durationMinutes,
        SCHEDULE_REFUSALS.untilBeforeFirstDay,
      ]);
      expect(ruleProblems({ ...rule, recurrence: { kind: 'monthly', weekOfMonth: 5 as never, weekday: 1 } })).toContain(SCHEDULE_REFUSALS.weekOfMonth);
      expect(() => occurrences(rule, '2026-01-01', '2026-12-31')).toThrow(RangeError);
    });

    it('accepts a sound rule', () => {
      expect(ruleProblems(weekly())).toEqual([]);
    });
  });
});
