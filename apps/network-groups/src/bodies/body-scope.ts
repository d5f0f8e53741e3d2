/** Routes about one body (`:bodyId`) are for its members; the access policy lets the secretariat into every body. */
export const BODY_SCOPE = { kind: 'group', param: 'bodyId' } as const;
