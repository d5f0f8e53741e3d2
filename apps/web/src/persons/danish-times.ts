const DATE_TIME = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });

/** A moment (ISO 8601) as Danish local time, "24.11.2026 14.05". */
export function danishDateTime(moment: string): string {
  const date = new Date(moment);
  return Number.isNaN(date.getTime()) ? moment : DATE_TIME.format(date).replace(',', '');
}
