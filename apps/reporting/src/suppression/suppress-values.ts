/**
 * Suppression of single published numbers that are not cells of a table with margins:
 * headline counts, rates and medians.
 */

/** A count that could point at a few young people: 1 to threshold - 1 (0 names no one). */
export function isSmallCount(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

/**
 * A share of persons is hidden when its base is small, or when the persons with the
 * attribute or those without it are few: "2 of 40" and "38 of 40" both point at two, and
 * "40 of 40" says it of everyone in the group. "0 of 40" is shown: it says of no one that
 * they repeat.
 */
export function hidesRate(numerator: number, denominator: number, threshold: number): boolean {
  return denominator < threshold || isSmallCount(numerator, threshold) || denominator - numerator < threshold;
}

/** A median of fewer observations than the threshold is close to showing the observations. */
export function hidesMedian(observations: number, threshold: number): boolean {
  return observations < threshold;
}
