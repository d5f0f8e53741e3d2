import { zonedTimeToInstant } from '@ssp/platform/time';
import ICAL from 'ical.js';
import { icalFeed, type FeedMeeting } from './ical-feed';

const ZONE = 'Europe/Copenhagen';
const NOW = new Date('2026-11-23T09:00:00Z');

function meeting(id: string, day: string, time: string, minutes = 120): FeedMeeting {
  const startsAt = new Date(zonedTimeToInstant(day, time, ZONE));
  return { id, title: 'Netværksmøde', bodyName: 'Netværksgruppe Randers Nord', startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000), location: 'Rådhuset, lokale 2' };
}

function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, tzid: event.startDate.zone?.tzid, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString(), summary: event.summary, location: event.location };
  });
}

describe('the iCalendar feed', () => {
  it('gives every meeting in Copenhagen wall time, which a standard parser reads back as the same instants', () => {
    const meetings = [
      meeting('winter', '2026-12-07', '14:00'),
      meeting('before-spring', '2027-03-22', '16:00'),
      meeting('after-spring', '2027-03-29', '16:00'),
      meeting('spring-day', '2027-03-28', '16:00'),
      meeting('before-autumn', '2027-10-25', '16:00'),
      meeting('after-autumn', '2027-11-01', '16:00'),
      meeting('late-evening', '2027-06-30', '23:30', 60),
      meeting('far-ahead', '2035-07-02', '09:00'),
    ];
    const events = readBack(icalFeed('Netværksgruppe Randers Nord', meetings, NOW));
    expect(events).toEqual(
      meetings.map((m) => ({
        uid: `${m.id}@network-groups.ssp`,
        tzid: ZONE,
        start: m.startsAt.toISOString(),
        end: m.endsAt.toISOString(),
        summary: 'Netværksmøde (Netværksgruppe Randers Nord)',
        location: 'Rådhuset, lokale 2',
      })),
    );
    expect(events.find((event) => event.uid.startsWith('before-spring'))?.start).toBe('2027-03-22T15:00:00.000Z');
    expect(events.find((event) => event.uid.startsWith('after-spring'))?.start).toBe('2027-03-29T14:00:00.000Z');
  });

  it('writes the times with TZID and the zone as VTIMEZONE, the stamp in UTC', () => {
    const text = icalFeed('Mandagsgruppen', [meeting('m', '2027-03-29', '16:00')], NOW);
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20270329T160000');
    expect(text).toContain('DTEND;TZID=Europe/Copenhagen:20270329T180000');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen');
    expect(text).toContain('DTSTAMP:20261123T090000Z');
  });

  it('writes a meeting in the autumn hour that happens twice in UTC, so that no parser can take the other 02:30', () => {
    const first = meeting('overlap', '2026-10-25', '02:30', 30);
    const text = icalFeed('x', [first, meeting('after', '2026-10-25', '03:00', 30)], NOW);
    expect(text).toContain('DTSTART:20261025T003000Z');
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20261025T030000');
    expect(readBack(text).map(({ start, tzid }) => [start, tzid])).toEqual([
      ['2026-10-25T00:30:00.000Z', 'UTC'],
      ['2026-10-25T02:00:00.000Z', ZONE],
    ]);
  });

  it('holds title, body, times and place only', () => {
    const text = icalFeed('x', [meeting('m', '2027-01-04', '14:00')], NOW);
    const eventLines = text.split('BEGIN:VEVENT')[1].split('END:VEVENT')[0].split('\r\n').filter((line) => /^[A-Z-]+[:;]/.test(line)).map((line) => line.split(/[:;]/)[0]);
    expect(eventLines.sort()).toEqual(['DTEND', 'DTSTAMP', 'DTSTART', 'LOCATION', 'SEQUENCE', 'SUMMARY', 'UID']);
  });

  it('is a calendar without events when there are no meetings', () => {
    expect(readBack(icalFeed('x', [], NOW))).toEqual([]);
  });
});
