import { weeksBetween } from './iso-week';

/**
 * When an offence category has risen well above its recent level in an area in one week:
 * at least `minCount` incidents, and at least `factor` times the mean of the `trailingWeeks`
 * weeks before it. Weeks without incidents count as 0 in the mean.
 */
export interface AlertThresholds {
  minCount: number;
  /** Read to two decimals. */
  factor: number;
  trailingWeeks: number;
}

/**
 * No alert ever names fewer incidents than this, whatever is configured: the alert goes to
 * network groups, who never see counts below 5.
 */
export const ALERT_COUNT_FLOOR = 5;

export interface AlertDecision {
  alert: boolean;
  trailingMean: number;
}

/**
 * `trailingCounts` are the counts of those trailing weeks that had incidents; the weeks not
 * listed had none. The comparison is done in whole numbers (count × weeks × 100 against the
 * factor in hundredths × sum), so that a count exactly at the threshold is never lost to
 * floating-point rounding (0.3 × 3 is 0.8999… in binary).
 */
export function decideAlert(count: number, trailingCounts: readonly number[], thresholds: AlertThresholds): AlertDecision {
  if (!Number.isInteger(thresholds.trailingWeeks) || thresholds.trailingWeeks < 1) throw new RangeError('trailingWeeks must be a whole number of at least 1');
  if (trailingCounts.length > thresholds.trailingWeeks) {
    throw new RangeError(`${trailingCounts.length} trailing counts given for ${thresholds.trailingWeeks} trailing weeks`);
  }
  const sum = trailingCounts.reduce((total, weekCount) => total + weekCount, 0);
  const trailingMean = sum / thresholds.trailingWeeks;
  const enough = count >= Math.max(thresholds.minCount, ALERT_COUNT_FLOOR);
  const wellAbove = count * thresholds.trailingWeeks * 100 >= Math.round(thresholds.factor * 100) * sum;
  return { alert: enough && wellAbove, trailingMean };
}

/**
 * Whether an alert still calls for the network group's attention: its week is the current
 * week or one of the `recentWeeks` before it. An alert for an older week, as when months of
 * history are loaded at once, is stored and published but put on no agenda and told no one.
 */
export function callsForFollowUp(weekStart: string, today: string, recentWeeks: number): boolean {
  const weeksAgo = weeksBetween(weekStart, today);
  return weeksAgo >= 0 && weeksAgo <= recentWeeks;
}
