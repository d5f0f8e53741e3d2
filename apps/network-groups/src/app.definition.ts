import { ServiceName } from '@ssp/contracts';
import type { ServiceDefinition } from '@ssp/platform';
import { NetworkGroupsConfig } from './network-groups.config';
import { SCHEMA } from './database/schema';
import { BodiesModule } from './bodies/bodies.module';

export const APP: ServiceDefinition<NetworkGroupsConfig> = {
  name: ServiceName.networkGroups,
  title: 'Network groups',
  description:
    'The SSP bodies, their members, meetings, minutes, initiatives, messages and notifications.',
  configClass: NetworkGroupsConfig,
  schema: SCHEMA,
  features: [BodiesModule],
};
