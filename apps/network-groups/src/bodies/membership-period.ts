/** A membership runs from its first day to its last day, both included; no last day means ongoing. */
export interface MembershipPeriod {
  validFrom: string;
  validTo: string | null;
}

/** Dates are ISO calendar days (YYYY-MM-DD), so comparing the strings compares the days. */
export function isActiveOn(period: MembershipPeriod, day: string): boolean {
  return period.validFrom <= day && (period.validTo === null || day <= period.validTo);
}

export function isValidPeriod(period: MembershipPeriod): boolean {
  return period.validTo === null || period.validFrom <= period.validTo;
}
