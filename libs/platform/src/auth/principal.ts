import type { JWTPayload } from 'jose';
import { isRole, type Role } from './roles';

/** Who is calling, as the verified token says: roles and memberships decide the rest. */
export interface Principal {
  subject: string;
  name?: string;
  roles: Role[];
  /** Ids of the SSP bodies the person is a member of (network groups, the Monday group, ...). */
  groups: string[];
  /** Ids of the local areas the person works in (areas-randers.json). */
  areas: string[];
}

/** Token claims carrying memberships; Entra ID fills them from directory extension attributes. */
export const CLAIMS = { roles: 'roles', groups: 'ssp_groups', areas: 'ssp_areas' } as const;

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.length > 0) : [];
}

/** Unknown role codes are dropped, not trusted: a typo in the directory grants nothing. */
export function principalFromClaims(claims: JWTPayload & { sub: string }): Principal {
  return {
    subject: claims.sub,
    name: typeof claims.name === 'string' ? claims.name : undefined,
    roles: stringList(claims[CLAIMS.roles]).filter(isRole),
    groups: stringList(claims[CLAIMS.groups]),
    areas: stringList(claims[CLAIMS.areas]),
  };
}
