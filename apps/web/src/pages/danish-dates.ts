/**
 * Days and times as people in Randers read them. A calendar day (YYYY-MM-DD) is shown as it
 * is; an instant (ISO 8601) as the time in Copenhagen.
 */
const LONG_DAY = new Intl.DateTimeFormat('da-DK', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DAY = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
const DAY_IN_COPENHAGEN = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Copenhagen' });
const LONG_DAY_IN_COPENHAGEN = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
const CLOCK = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });

/** A calendar day (YYYY-MM-DD) as "mandag den 23. november 2026". */
export function longDanishDay(day: string): string {
  return LONG_DAY.format(new Date(`${day}T12:00:00Z`));
}

/** A calendar day (YYYY-MM-DD) as "23.11.2026". */
export function shortDanishDay(day: string): string {
  return SHORT_DAY.format(new Date(`${day}T12:00:00Z`));
}

/** Formats an instant, or gives it back as it came when it is not one (never a page that fails on a service's odd value). */
function instant(moment: string, format: (date: Date) => string): string {
  const date = new Date(moment);
  return Number.isNaN(date.getTime()) ? moment : format(date);
}

/** An instant's time of day in Copenhagen: "16.00". */
export function danishClock(moment: string): string {
  return instant(moment, (date) => CLOCK.format(date));
}

/** An instant as the day and time in Copenhagen: "24.11.2026 kl. 14.05". */
export function danishDateTime(moment: string): string {
  return instant(moment, (date) => `${DAY_IN_COPENHAGEN.format(date)} kl. ${CLOCK.format(date)}`);
}

/** An instant as the day and time in Copenhagen with the month's name: "23. november 2026 kl. 10.15". */
export function longDanishDateTime(moment: string): string {
  return instant(moment, (date) => `${LONG_DAY_IN_COPENHAGEN.format(date)} kl. ${CLOCK.format(date)}`);
}

/**
 * A Danish date as people type it (24.12.2012, 24-12-2012, 24/12/2012 or 24122012; also
 * 2012-12-24) as YYYY-MM-DD; null when it is not a date that exists.
 */
export function parseDanishDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const danish = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}
