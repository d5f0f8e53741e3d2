/**
 * The VTIMEZONE of Europe/Copenhagen, so that calendar clients read the feed's TZID times
 * alike: CET, with summer time (CEST) from the last Sunday of March 02:00 to the last Sunday
 * of October 03:00, the EU rule since 1996. Events older than that are never in a feed.
 * copenhagen-vtimezone.spec.ts checks it against the platform's time-zone data.
 */
export const COPENHAGEN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Copenhagen',
  'X-LIC-LOCATION:Europe/Copenhagen',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');
