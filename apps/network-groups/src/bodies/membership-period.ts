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

/**
 * A membership of a body that ends (an ad-hoc group) ends with it at the latest: an open end
 * becomes the body's last day, and a later one is refused (null).
 */
export function periodWithinBody(period: MembershipPeriod, bodyEndsOn: string | null): MembershipPeriod | null {
  if (bodyEndsOn === null) return period;
  if (period.validTo === null) return { ...period, validTo: bodyEndsOn };
  return period.validTo <= bodyEndsOn ? period : null;
}
