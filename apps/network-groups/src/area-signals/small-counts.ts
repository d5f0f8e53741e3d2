/** Counts below this are never shown beyond the coordination level (DESIGN.md, personal data). */
export const SUPPRESS_BELOW = 5;

export type ShownCount = { count: number; suppressed: false } | { count: null; suppressed: true };

/** A count as a network group may see it: below 5 it could point at a young person, so it is withheld. */
export function shownCount(count: number): ShownCount {
  return count < SUPPRESS_BELOW ? { count: null, suppressed: true } : { count, suppressed: false };
}
