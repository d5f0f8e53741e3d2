import type { ServiceSchema } from '@ssp/platform';
import { CreatePersonsAndCases1763800000400 } from './migrations/1763800000400-create-persons-and-cases.migration';

/** Written in plain SQL by the consumers and services; no entities are needed. */
export const SCHEMA: ServiceSchema = { entities: [], migrations: [CreatePersonsAndCases1763800000400] };
