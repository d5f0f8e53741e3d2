import { PERSON_DATA_GROUPS, Role } from '@ssp/platform';
import { testToken } from '../identity';

/**
 * One side of the seeded suite: a local area, its network group, and the people signed in
 * there. Records are seeded on two sides, so a caller at home can be handed the ids of
 * records away from home (broken object-level authorisation).
 */
export interface Side {
  name: 'home' | 'away';
  area: string;
  /** A postal code the ingestion places in `area`. */
  postalCode: string;
  /** The area's network group: the registry's body id, whose area is `area`. */
  body: string;
  /** The sign-in of the side's member, linked to a person in the network groups' registry. */
  subject: string;
  /** A colleague in the same network group, also signed in (they write to the member). */
  colleagueSubject: string;
  /** Prefix of the side's journal numbers and e-mail addresses, so seeded records never collide. */
  code: string;
}

export const HOME: Side = {
  name: 'home',
  area: 'randers-nv',
  postalCode: '8920',
  body: 'netvaerk-randers-nv',
  subject: 'seeded-home-member',
  colleagueSubject: 'seeded-home-colleague',
  code: 'nv',
};

export const AWAY: Side = {
  name: 'away',
  area: 'langaa',
  postalCode: '8870',
  body: 'netvaerk-langaa',
  subject: 'seeded-away-member',
  colleagueSubject: 'seeded-away-colleague',
  code: 'la',
};

export const SIDES: readonly Side[] = [HOME, AWAY];

/** A body that receives the Monday group's referrals, whose members answer them (issue 21). */
export const RECEIVING_BODY = 'ssp-u';

/** Seeded records reach the readers through the relay and the broker, slower on a busy machine. */
export const SEEDING_DEADLINE = { timeoutMs: 90_000 };

/**
 * The side's member with every right the seeding needs: the secretariat (every body, full
 * statistics, person data), sitting in the registry in every person-data group, the side's
 * network group and SSP-U (`memberBodiesOf`). The token claims the same bodies, but the services take
 * them from the registry.
 */
export function seederToken(side: Side): Promise<string> {
  return testToken({ roles: [Role.secretariat], groups: [...PERSON_DATA_GROUPS, side.body, RECEIVING_BODY], areas: [side.area], subject: side.subject });
}

/** The colleague as a plain network-group member, in the registry in the side's network group: they can write to the group, nothing more. */
export function colleagueToken(side: Side): Promise<string> {
  return testToken({ roles: [Role.networkGroupMember], groups: [side.body], areas: [side.area], subject: side.colleagueSubject });
}
