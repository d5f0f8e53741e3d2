import { addDays } from '@ssp/platform/time';

/** A young person is counted as a repeat when they have this many police incidents ... */
export const REPEAT_MIN_INCIDENTS = 2;
/** ... within this many months. */
export const REPEAT_WINDOW_MONTHS = 12;

/**
 * The twelve months that end on `lastDay` (the last day of a period): a person with an
 * incident in the period is a repeat when they have two or more incidents in this window.
 */
export function repeatWindowEnding(lastDay: string): { first: string; last: string } {
  const next = addDays(lastDay, 1);
  if (!next.endsWith('-01')) throw new RangeError(`a period ends on the last day of a month, not on ${lastDay}`);
  const year = Number(next.slice(0, 4));
  const month = Number(next.slice(5, 7));
  const back = year * 12 + month - 1 - REPEAT_WINDOW_MONTHS;
  return { first: `${String(Math.floor(back / 12)).padStart(4, '0')}-${String((back % 12) + 1).padStart(2, '0')}-01`, last: lastDay };
}

/**
 * The rule, for one person: their incidents count once per police case (journal), on the
 * case's first day, and they repeat when two or more cases fall in the window. The SQL of the
 * statistic counts the same way; this function is the rule's statement and its test.
 */
export function isRepeat(incidents: readonly { journalKey: string; day: string }[], window: { first: string; last: string }): boolean {
  const firstDays = new Map<string, string>();
  for (const incident of incidents) {
    const known = firstDays.get(incident.journalKey);
    if (known === undefined || incident.day < known) firstDays.set(incident.journalKey, incident.day);
  }
  return [...firstDays.values()].filter((day) => day >= window.first && day <= window.last).length >= REPEAT_MIN_INCIDENTS;
}

/** Repeaters as a percentage of the young people, one decimal; none when there is nobody. */
export function repeatRatePercent(repeaters: number, persons: number): number | null {
  if (persons === 0) return null;
  return Math.round((repeaters / persons) * 1000) / 10;
}
