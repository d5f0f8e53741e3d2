import type { ServiceName } from '@ssp/contracts';
import { addDays, localDay, MembershipRepository, PERSON_DATA_GROUPS } from '@ssp/platform';
import type { RunningService } from '../service-harness';
import { waitFor } from '../wait-for';
import { seedCall } from './http';
import { RECEIVING_BODY, SEEDING_DEADLINE, type Side } from './sides';

/** Members from a fixed day long past, without an end: members on every day the suite may run. */
export const MEMBERS_SINCE = '2025-01-01';

export function membershipRequest(personName: string, email: string) {
  return { personName, email, organisation: 'Randers Kommune', role: 'member', validFrom: MEMBERS_SINCE };
}

/** The people of a side in network groups' registry, each linked to their sign-in. */
export interface SeededMembers {
  /** The side's member, linked to `side.subject`. */
  personId: string;
  /** The member's membership of each body of `memberBodiesOf(side)`, by body id. */
  memberships: Record<string, string>;
  /** The colleague, linked to `side.colleagueSubject`. */
  colleagueId: string;
  /** The colleague's membership of the side's network group. */
  colleagueMembershipId: string;
}

/**
 * The bodies the side's member is seeded in, what `seederToken` claims: every body that opens
 * person-level data, the side's network group (whose area is the side's area), and a body
 * that receives referrals. The services take them from the registry, never from the token.
 */
export function memberBodiesOf(side: Side): string[] {
  return [...PERSON_DATA_GROUPS, side.body, RECEIVING_BODY];
}

/** What the registry gives each signed-in person of the side, by subject, once seeded. */
export function seededBodiesOf(side: Side): Record<string, readonly string[]> {
  return { [side.subject]: memberBodiesOf(side), [side.colleagueSubject]: [side.body] };
}

/** A person made a member of each body (found by e-mail after the first, so one person), and linked to `subject`. */
async function linkedMember(url: string, token: string, bodies: readonly string[], personName: string, email: string, subject: string) {
  const added: { bodyId: string; personId: string; id: string }[] = [];
  for (const bodyId of bodies) {
    added.push({ bodyId, ...(await seedCall<{ personId: string; id: string }>(url, 'POST', `/bodies/${bodyId}/members`, token, 201, { json: membershipRequest(personName, email) })) });
  }
  const { personId } = added[0];
  await seedCall(url, 'PATCH', `/people/${personId}`, token, 200, { json: { subject } });
  return { personId, memberships: Object.fromEntries(added.map(({ bodyId, id }) => [bodyId, id])) };
}

/** The side's member and colleague, added by the secretariat (`token`: adding members needs its role, no membership). */
export async function seedMembers(url: string, token: string, side: Side): Promise<SeededMembers> {
  const member = await linkedMember(url, token, memberBodiesOf(side), `Medlem ${side.code}`, `${side.code}-medlem@randers.example`, side.subject);
  const colleague = await linkedMember(url, token, [side.body], `Kollega ${side.code}`, `${side.code}-kollega@randers.example`, side.colleagueSubject);
  return { personId: member.personId, memberships: member.memberships, colleagueId: colleague.personId, colleagueMembershipId: colleague.memberships[side.body] };
}

/**
 * Leaves the member in exactly `bodies` of those seeded: each other membership ended
 * yesterday (network groups' day), each of these open again.
 */
export async function holdBodies(network: RunningService, token: string, members: SeededMembers, bodies: readonly string[]): Promise<void> {
  const unseeded = bodies.filter((bodyId) => members.memberships[bodyId] === undefined);
  if (unseeded.length > 0) throw new Error(`the member was never seeded in ${unseeded.join(', ')}; seeded: ${Object.keys(members.memberships).join(', ')}`);
  const yesterday = addDays(localDay(network.clock.now()), -1);
  for (const [bodyId, membershipId] of Object.entries(members.memberships)) {
    const validTo = bodies.includes(bodyId) ? null : yesterday;
    await seedCall(network.url, 'PATCH', `/bodies/${bodyId}/members/${membershipId}`, token, 200, { json: { validTo } });
  }
}

const sorted = (bodies: readonly string[]) => [...bodies].sort().join(', ');

/**
 * Waits until every service's copy of the registry (ssp.registry.membership.v1) gives each
 * subject exactly the bodies listed, today by the service's own clock, as the service's
 * MembershipDirectory will for the subject's next request.
 */
export async function awaitHeldBodies(services: Record<ServiceName, RunningService>, held: Record<string, readonly string[]>): Promise<void> {
  const copies = () =>
    Promise.all(
      Object.entries(services).map(async ([service, { dataSource, clock }]) => {
        const repository = new MembershipRepository(dataSource.manager);
        const day = localDay(clock.now());
        const bodies = await Promise.all(Object.keys(held).map(async (subject) => [subject, sorted((await repository.heldOn(subject, day)).bodies)] as const));
        return { service, bodies: Object.fromEntries(bodies) };
      }),
    );
  const expected = Object.fromEntries(Object.entries(held).map(([subject, bodies]) => [subject, sorted(bodies)]));
  const applied = (copy: { bodies: Record<string, string> }) => Object.entries(expected).every(([subject, bodies]) => copy.bodies[subject] === bodies);
  await waitFor(`every service's copy of the registry to give ${JSON.stringify(expected)}`, copies, (seen) => seen.every(applied), SEEDING_DEADLINE);
}
