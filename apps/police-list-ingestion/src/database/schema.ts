import type { ServiceSchema } from '@ssp/platform';
import { CreatePoliceLists1763800000200 } from './migrations/1763800000200-create-police-lists.migration';
import { CreateKeyCheck1763800000300 } from './migrations/1763800000300-create-key-check.migration';
import { AnnounceReferenceData1763800000400 } from './migrations/1763800000400-announce-reference-data.migration';
import { AddErrorColumnNames1766000000000 } from './migrations/1766000000000-add-error-column-names.migration';

/** Written with plain SQL in bulk (the ingestion pipeline), so no entities are needed. */
export const SCHEMA: ServiceSchema = { entities: [], migrations: [CreatePoliceLists1763800000200, CreateKeyCheck1763800000300, AnnounceReferenceData1763800000400, AddErrorColumnNames1766000000000] };
