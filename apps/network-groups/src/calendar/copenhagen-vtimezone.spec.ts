import { addDays, zonedTimeToInstant } from '@ssp/platform/time';
import ICAL from 'ical.js';
import { COPENHAGEN_VTIMEZONE } from './copenhagen-vtimezone';

describe('the Copenhagen VTIMEZONE', () => {
  const timezone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(COPENHAGEN_VTIMEZONE)));

  /** Reads a wall time through the VTIMEZONE, as a calendar client does. */
  const instantThroughVtimezone = (day: string, time: string): string => {
    const [year, month, date] = day.split('-').map(Number);
    const [hour, minute] = time.split(':').map(Number);
    return new ICAL.Time({ year, month, day: date, hour, minute, second: 0, isDate: false }, timezone).toJSDate().toISOString();
  };

  it('agrees with the platform time-zone data at 16:00 on every day around each change, 2026 to 2040', () => {
    const disagreements: string[] = [];
    for (let year = 2026; year <= 2040; year += 1) {
      for (const month of ['03', '10']) {
        for (let day = `${year}-${month}-20`; day <= `${year}-${month}-31`; day = addDays(day, 1)) {
          const expected = zonedTimeToInstant(day, '16:00', 'Europe/Copenhagen');
          if (instantThroughVtimezone(day, '16:00') !== expected) disagreements.push(day);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('switches at 02:00 in March and 03:00 in October', () => {
    expect(instantThroughVtimezone('2027-03-28', '01:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(instantThroughVtimezone('2027-03-28', '03:00')).toBe('2027-03-28T01:00:00.000Z');
    expect(instantThroughVtimezone('2027-10-31', '01:59')).toBe('2027-10-30T23:59:00.000Z');
    expect(instantThroughVtimezone('2027-10-31', '03:00')).toBe('2027-10-31T02:00:00.000Z');
  });
});
