import { COORDINATION_TEAM, type RecordScope } from '@ssp/platform';

/** Routes about one body (`:bodyId`) are for its members; the access policy lets the secretariat into every body. */
export const BODY_SCOPE = { kind: 'group', param: 'bodyId' } as const;

/**
 * A body's meetings: for its members, and read by the coordination team, which coordinates
 * the network groups' meetings (the seeds), for every body; they hold no person-level data.
 */
export const MEETINGS_SCOPE: RecordScope = { ...BODY_SCOPE, readByMembersOf: COORDINATION_TEAM };

/** Every network group's meetings at once: the secretariat, and read by the coordination team. */
export const EVERY_BODY_MEETINGS_SCOPE: RecordScope = { kind: 'group', readByMembersOf: COORDINATION_TEAM };
