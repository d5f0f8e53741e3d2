import { MembershipRepository } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Puts memberships of `subject` in `bodies` (from a day long past, open-ended) straight into a
 * service's copy of the registry, as its consumer of ssp.registry.membership.v1 would: for
 * tests of one service that need a registry person (an intervention's owner) without network
 * groups running. Tests with network groups add members through its API instead. `areaOf`
 * gives a network group's area (a member of it may see that area's statistics).
 */
export async function holdInRegistryCopy(dataSource: DataSource, subject: string, bodies: readonly string[], areaOf: Readonly<Record<string, string>> = {}): Promise<void> {
  const memberships = new MembershipRepository(dataSource.manager);
  for (const bodyId of bodies) await memberships.put({ membershipId: randomUUID(), subject, bodyId, areaId: areaOf[bodyId] ?? null, validFrom: '2020-01-01', validTo: null });
}
