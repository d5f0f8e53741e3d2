const LONG_DAY = new Intl.DateTimeFormat('da-DK', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DAY = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** A calendar day (YYYY-MM-DD) as "mandag den 23. november 2026". */
export function longDanishDay(day: string): string {
  return LONG_DAY.format(new Date(`${day}T12:00:00Z`));
}

/** A calendar day (YYYY-MM-DD) as "23.11.2026". */
export function shortDanishDay(day: string): string {
  return SHORT_DAY.format(new Date(`${day}T12:00:00Z`));
}
