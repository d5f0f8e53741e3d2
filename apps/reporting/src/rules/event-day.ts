import { localDay } from '@ssp/platform/time';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Danish calendar day of an event's date or instant: statistics count by the day the
 * clocks in Denmark showed, so an event at 23:30 UTC on 31 March falls in April.
 */
export function danishDayOf(dateOrInstant: string): string {
  if (ISO_DAY.test(dateOrInstant)) return dateOrInstant;
  const instant = new Date(dateOrInstant);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`"${dateOrInstant}" is neither a day nor an instant`);
  return localDay(instant);
}

/** The first day of the day's month. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}
