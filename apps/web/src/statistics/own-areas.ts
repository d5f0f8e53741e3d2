import type { NetworkGroups } from '@ssp/api-client';
import { isCurrentOn, type MembershipPeriod } from '../network-groups/memberships';

type Schemas = NetworkGroups.components['schemas'];
export type Membership = MembershipPeriod & Pick<Schemas['MembershipDto'], 'bodyId'>;
export type Body = Pick<Schemas['BodyDto'], 'id' | 'name' | 'kind' | 'areaId'>;

export interface OwnArea {
  areaId: string;
  /** The network group's name, which is how its members know the area. */
  groupName: string;
}

/**
 * The areas whose statistics a network group's member may see on `today` (YYYY-MM-DD): those
 * of the network groups they are a member of that day (`validTo` is the last day), as the
 * registry says; reporting judges each call by the same registry. `bodies` are those of the
 * memberships (each read with GET /bodies/{bodyId}), so no body is left out for being on a later page.
 */
export function ownAreas(memberships: readonly Membership[], bodies: readonly Body[], today: string): OwnArea[] {
  const current = new Set(memberships.filter((membership) => isCurrentOn(membership, today)).map((membership) => membership.bodyId));
  const areas = new Map<string, OwnArea>();
  for (const body of bodies) {
    if (body.kind === 'network-group' && body.areaId !== null && current.has(body.id) && !areas.has(body.areaId)) areas.set(body.areaId, { areaId: body.areaId, groupName: body.name });
  }
  return [...areas.values()].sort((a, b) => a.groupName.localeCompare(b.groupName, 'da'));
}
