import { danishClock, danishDateTime, longDanishDateTime, longDanishDay, parseDanishDate, shortDanishDay } from './danish-dates';

describe('Danish days and times', () => {
  it('shows calendar days as they are', () => {
    expect(longDanishDay('2026-11-23')).toBe('mandag den 23. november 2026');
    expect(shortDanishDay('2026-07-01')).toBe('1.7.2026');
  });

  it('tells instants in Copenhagen, summer and winter', () => {
    expect(danishDateTime('2026-11-23T23:30:00.000Z')).toBe('24.11.2026 kl. 00.30');
    expect(danishDateTime('2026-07-01T08:05:00.000Z')).toBe('1.7.2026 kl. 10.05');
    expect(longDanishDateTime('2026-11-23T09:15:00.000Z')).toBe('23. november 2026 kl. 10.15');
    expect(danishClock('2026-11-23T15:00:00.000Z')).toBe('16.00');
    expect(danishDateTime('not a time')).toBe('not a time');
  });

});

describe('a Danish date', () => {
  it.each([
    ['03.12.2012', '2012-12-03'],
    ['3.12.2012', '2012-12-03'],
    ['03-12-2012', '2012-12-03'],
    ['03/12/2012', '2012-12-03'],
    ['03122012', '2012-12-03'],
    ['2012-12-03', '2012-12-03'],
    ['29.02.2012', '2012-02-29'],
  ])('reads %s as %s', (typed, day) => expect(parseDanishDate(typed)).toBe(day));

  it.each(['29.02.2013', '32.01.2012', '12.2012', '2012-1-3', 'i går', ''])('refuses %p', (typed) => expect(parseDanishDate(typed)).toBeNull());
});
