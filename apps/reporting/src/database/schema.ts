import { CreateReferenceData1764300000000, type ServiceSchema } from '@ssp/platform';
import { CreatePoliceListSummary1763800000100 } from './migrations/1763800000100-create-police-list-summary.migration';
import { CreateReadModel1763800000200 } from './migrations/1763800000200-create-read-model.migration';
import { CreateReadModelVersion1763800000300 } from './migrations/1763800000300-create-read-model-version.migration';

/** The read model is written with SQL only (read-model/projections), so no entities. */
export const SCHEMA: ServiceSchema = {
  entities: [],
  migrations: [CreatePoliceListSummary1763800000100, CreateReadModel1763800000200, CreateReadModelVersion1763800000300, CreateReferenceData1764300000000],
};
