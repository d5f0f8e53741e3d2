import { bodyOf, type ServiceAnswer } from '../api/service-answer';
import type { Membership, Person } from './network-groups.types';

/** A membership's period: from `validFrom` to `validTo` (its last day; null while it runs on), as YYYY-MM-DD. */
export type MembershipPeriod = Pick<Membership, 'validFrom' | 'validTo'>;

/** Whether a membership runs on `day` (YYYY-MM-DD), both ends included. */
export function isCurrentOn(membership: MembershipPeriod, day: string): boolean {
  return membership.validFrom <= day && (membership.validTo === null || membership.validTo >= day);
}

/** The memberships that run on `day`. */
export function currentOn<M extends MembershipPeriod>(memberships: readonly M[], day: string): M[] {
  return memberships.filter((membership) => isCurrentOn(membership, day));
}

/** The signed-in person's memberships from network groups' `GET /people/me`: none while no person in the registry is linked to the sign-in (404); any other refusal is the error page. */
export function membershipsOf(me: ServiceAnswer<Person>): Membership[] {
  if (!me.ok && me.status === 404) return [];
  return bodyOf(me).memberships;
}
