import { addDays } from '@ssp/platform/time';

/** The last incident day that still keeps a person on `day` (YYYY-MM-DD): `months` before it. */
export function retentionCutoffOn(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 - months, date)).toISOString().slice(0, 10);
}

/**
 * The first day on which a person whose newest incident or concern is from `lastIncidentDate`
 * may be erased: the first day whose cutoff (`retentionCutoffOn`) is after it. The cutoff moves
 * with the calendar's months, so the day is found, not computed: it lies within a few days of
 * `months` after the incident, and the cutoff never moves backwards.
 */
export function firstErasableDay(lastIncidentDate: string, months: number): string {
  const [year, month, date] = lastIncidentDate.split('-').map(Number);
  let day = addDays(new Date(Date.UTC(year, month - 1 + months, date)).toISOString().slice(0, 10), -4);
  while (retentionCutoffOn(day, months) <= lastIncidentDate) day = addDays(day, 1);
  return day;
}

/** Where a person stands with retention: erased, held by an open intervention, or kept until a day. */
export type RetentionState = 'kept-until' | 'held-by-intervention' | 'erased';

export function retentionStateOf(erased: boolean, openInterventions: number): RetentionState {
  if (erased) return 'erased';
  return openInterventions > 0 ? 'held-by-intervention' : 'kept-until';
}
