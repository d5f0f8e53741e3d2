import type { ServiceSchema } from '@ssp/platform';

/** The service's own tables come with its first feature; the event backbone's are always there. */
export const SCHEMA: ServiceSchema = { entities: [], migrations: [] };
