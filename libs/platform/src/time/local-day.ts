// Building an Intl.DateTimeFormat is costly compared with using one, so keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (YYYY-MM-DD) the clocks in `zone` show at `instant`: deadlines and meeting
 * days are Danish days, so 00:30 in Copenhagen is already the next day although UTC is not.
 */
export function localDay(instant: Date, zone = 'Europe/Copenhagen'): string {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(zone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${field('year')}-${field('month')}-${field('day')}`;
}

/** Today as the clocks in Denmark show it: the day users mean by "today". */
export function danishToday(now: Date = new Date()): string {
  return localDay(now);
}
