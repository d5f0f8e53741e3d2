import { ServiceName } from '@ssp/contracts';
import type { ServiceDefinition } from '@ssp/platform';
import { NetworkGroupsConfig } from './network-groups.config';
import { SCHEMA } from './database/schema';
import { BodiesModule } from './bodies/bodies.module';
import { MeetingsModule } from './meetings/meetings.module';
import { CalendarModule } from './calendar/calendar.module';
import { AreaSignalsModule } from './area-signals/area-signals.module';
import { InitiativesModule } from './initiatives/initiatives.module';
import { PeopleModule } from './people/people.module';
import { NotificationsModule } from './notifications/notifications.module';
import { DigestModule } from './notifications/digest/digest.module';
import { MessagesModule } from './messages/messages.module';
import { InterventionNoticesModule } from './intervention-notices/intervention-notices.module';
import { ReferralNotificationsModule } from './referrals/referrals.module';

export const APP: ServiceDefinition<NetworkGroupsConfig> = {
  name: ServiceName.networkGroups,
  title: 'Network groups',
  description:
    'The SSP bodies, their members, meetings, minutes, initiatives, messages and notifications (also of the interventions a member is responsible for).',
  configClass: NetworkGroupsConfig,
  schema: SCHEMA,
  features: [BodiesModule, MeetingsModule, CalendarModule, AreaSignalsModule, InitiativesModule, PeopleModule, NotificationsModule, DigestModule, MessagesModule, InterventionNoticesModule, ReferralNotificationsModule],
};
