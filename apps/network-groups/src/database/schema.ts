import type { ServiceSchema } from '@ssp/platform';
import { BodyMembershipEntity } from '../bodies/body-membership.entity';
import { SspBodyEntity } from '../bodies/ssp-body.entity';
import { CreateBodies1763800000300 } from './migrations/1763800000300-create-bodies.migration';

export const SCHEMA: ServiceSchema = {
  entities: [SspBodyEntity, BodyMembershipEntity],
  migrations: [CreateBodies1763800000300],
};
