import { mondayMeetings, nextMeetingOnOrAfter, previousMeetingBefore } from './monday-schedule';

/** A Monday in the first week of 2026; the series runs 5 and 19 January, 2 February, … */
const ANCHOR = '2026-01-05';

describe('Monday group schedule', () => {
  it('meets every other Monday at 09:00 Copenhagen time', () => {
    expect(mondayMeetings(ANCHOR, ANCHOR, 3)).toEqual([
      { date: '2026-01-05', startsAt: '2026-01-05T08:00:00.000Z' },
      { date: '2026-01-19', startsAt: '2026-01-19T08:00:00.000Z' },
      { date: '2026-02-02', startsAt: '2026-02-02T08:00:00.000Z' },
    ]);
  });

  it('starts an hour earlier in UTC after summer time begins on 29 March 2026', () => {
    expect(mondayMeetings(ANCHOR, '2026-03-10', 2)).toEqual([
      { date: '2026-03-16', startsAt: '2026-03-16T08:00:00.000Z' },
      { date: '2026-03-30', startsAt: '2026-03-30T07:00:00.000Z' },
    ]);
  });

  it('starts an hour later in UTC after summer time ends on 25 October 2026', () => {
    expect(mondayMeetings(ANCHOR, '2026-10-12', 2)).toEqual([
      { date: '2026-10-12', startsAt: '2026-10-12T07:00:00.000Z' },
      { date: '2026-10-26', startsAt: '2026-10-26T08:00:00.000Z' },
    ]);
  });

  it('runs on across the new year', () => {
    expect(mondayMeetings(ANCHOR, '2026-12-15', 3).map((meeting) => meeting.date)).toEqual(['2026-12-21', '2027-01-04', '2027-01-18']);
  });

  it('takes another time and zone', () => {
    expect(mondayMeetings(ANCHOR, ANCHOR, 1, '14:30', 'UTC')).toEqual([{ date: '2026-01-05', startsAt: '2026-01-05T14:30:00.000Z' }]);
  });

  it('has no meetings before the anchor', () => {
    expect(mondayMeetings(ANCHOR, '2025-11-01', 1)[0].date).toBe(ANCHOR);
  });

  it('gives no meetings for a count of 0 and refuses a count that is not a whole number', () => {
    expect(mondayMeetings(ANCHOR, ANCHOR, 0)).toEqual([]);
    expect(() => mondayMeetings(ANCHOR, ANCHOR, -1)).toThrow(RangeError);
    expect(() => mondayMeetings(ANCHOR, ANCHOR, 1.5)).toThrow(RangeError);
  });

  it.each([
    ['the anchor itself', ANCHOR, ANCHOR],
    ['a day before the anchor', '2025-12-01', ANCHOR],
    ['the day after a meeting', '2026-01-06', '2026-01-19'],
    ['the Monday between two meetings', '2026-01-12', '2026-01-19'],
    ['a meeting day', '2026-01-19', '2026-01-19'],
    ['the last days of the year', '2026-12-22', '2027-01-04'],
  ])('finds the next meeting on or after %s', (_, day, expected) => {
    expect(nextMeetingOnOrAfter(ANCHOR, day)).toBe(expected);
  });

  it.each([
    ['the anchor itself', ANCHOR, null],
    ['a day before the anchor', '2025-12-01', null],
    ['the day after the anchor', '2026-01-06', ANCHOR],
    ['a meeting day, which is not before itself', '2026-01-19', ANCHOR],
    ['the day after a meeting', '2026-01-20', '2026-01-19'],
    ['the first meeting of a new year', '2027-01-04', '2026-12-21'],
  ])('finds the last meeting before %s', (_, day, expected) => {
    expect(previousMeetingBefore(ANCHOR, day)).toBe(expected);
  });

  it('refuses an anchor that is not a Monday', () => {
    expect(() => mondayMeetings('2026-01-06', '2026-01-06', 1)).toThrow('the anchor 2026-01-06 is not a Monday');
    expect(() => nextMeetingOnOrAfter('2026-03-29', '2026-04-01')).toThrow(RangeError);
    expect(() => previousMeetingBefore('2026-03-29', '2026-04-01')).toThrow(RangeError);
  });
});
