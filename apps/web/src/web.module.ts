import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { Clock } from '@ssp/platform';
import { DataSource } from 'typeorm';
import { CaseCoordinationClient } from './api/case-coordination.client';
import { OidcClient } from './auth/oidc-client';
import { PUBLIC_URL, SignInController } from './auth/sign-in.controller';
import { CookieJar } from './http/cookie-jar';
import { HealthController } from './http/health.controller';
import { SessionGuard } from './http/session.guard';
import { WebErrorFilter } from './http/web-error.filter';
import { ConcernsClient } from './concerns/concerns.client';
import { ConcernsController } from './concerns/concerns.controller';
import { FollowUpController } from './follow-up/follow-up.controller';
import { FollowUpClient } from './follow-up/follow-up.client';
import { MeetingsClient } from './meetings/meetings.client';
import { MeetingsController } from './meetings/meetings.controller';
import { GroupMeetingsController } from './network-groups/group-meetings.controller';
import { GroupSchedulesController } from './network-groups/group-schedules.controller';
import { GroupsController } from './network-groups/groups.controller';
import { NetworkGroupsClient } from './network-groups/network-groups.client';
import { NotificationsClient } from './network-groups/notifications.client';
import { PersonalController } from './network-groups/personal.controller';
import { OperationsClient } from './operations/operations.client';
import { OperationsController } from './operations/operations.controller';
import { PagesController } from './pages/pages.controller';
import { PersonsClient } from './persons/persons.client';
import { PersonsController } from './persons/persons.controller';
import { PoliceListsClient } from './police-lists/police-lists.client';
import { PoliceListsController } from './police-lists/police-lists.controller';
import { ReferenceTablesClient } from './reference-tables/reference-tables.client';
import { ReferenceTablesController } from './reference-tables/reference-tables.controller';
import { StatisticsClient } from './statistics/statistics.client';
import { StatisticsController } from './statistics/statistics.controller';
import { RegistryClient } from './registry/registry.client';
import { RegistryController } from './registry/registry.controller';
import { InitiativesClient } from './initiatives/initiatives.client';
import { InitiativesController } from './initiatives/initiatives.controller';
import { CoordinationClient } from './coordination/coordination.client';
import { CoordinationController } from './coordination/coordination.controller';
import { sessionPolicy } from './session/session-rules';
import { SESSION_POLICY, SessionService } from './session/session.service';
import { SessionRepository } from './session/session.repository';
import { TokenSealer } from './session/token-sealing';
import { usesHttps, type WebConfig } from './web.config';
import { WebDatabase } from './database/web-database';

/** Every controller of the web app: its routes (a test reads their paths from here). */
export const WEB_CONTROLLERS = [
  SignInController,
  PagesController,
  HealthController,
  PersonsController,
  ConcernsController,
  MeetingsController,
  FollowUpController,
  PoliceListsController,
  ReferenceTablesController,
  StatisticsController,
  OperationsController,
  RegistryController,
  InitiativesController,
  CoordinationController,
  GroupsController,
  GroupMeetingsController,
  GroupSchedulesController,
  PersonalController,
] as const;

export interface WebModuleOptions {
  config: WebConfig;
  clock: Clock;
  oidc: OidcClient;
  dataSource: DataSource;
}

@Module({})
export class WebModule {
  static register({ config, clock, oidc, dataSource }: WebModuleOptions): DynamicModule {
    return {
      module: WebModule,
      controllers: [...WEB_CONTROLLERS],
      providers: [
        { provide: Clock, useValue: clock },
        { provide: OidcClient, useValue: oidc },
        { provide: DataSource, useValue: dataSource },
        { provide: SESSION_POLICY, useValue: sessionPolicy(config.SESSION_IDLE_MINUTES, config.SESSION_ABSOLUTE_HOURS) },
        { provide: PUBLIC_URL, useValue: config.PUBLIC_URL },
        { provide: CookieJar, useValue: new CookieJar(usesHttps(config)) },
        { provide: TokenSealer, useValue: new TokenSealer(config.SESSION_KEY) },
        { provide: CaseCoordinationClient, useValue: new CaseCoordinationClient(config.CASE_COORDINATION_URL) },
        { provide: PersonsClient, useValue: new PersonsClient(config.CASE_COORDINATION_URL) },
        { provide: ConcernsClient, useValue: new ConcernsClient(config.POLICE_LIST_INGESTION_URL) },
        { provide: PoliceListsClient, useValue: new PoliceListsClient(config.POLICE_LIST_INGESTION_URL) },
        { provide: ReferenceTablesClient, useValue: new ReferenceTablesClient(config.POLICE_LIST_INGESTION_URL) },
        { provide: FollowUpClient, useValue: new FollowUpClient(config.CASE_COORDINATION_URL) },
        { provide: MeetingsClient, useValue: new MeetingsClient(config.CASE_COORDINATION_URL) },
        { provide: StatisticsClient, useValue: new StatisticsClient(config.REPORTING_URL) },
        { provide: NetworkGroupsClient, useValue: new NetworkGroupsClient(config.NETWORK_GROUPS_URL) },
        { provide: NotificationsClient, useValue: new NotificationsClient(config.NETWORK_GROUPS_URL) },
        {
          provide: OperationsClient,
          useValue: new OperationsClient({
            'police-list-ingestion': config.POLICE_LIST_INGESTION_URL,
            'case-coordination': config.CASE_COORDINATION_URL,
            'network-groups': config.NETWORK_GROUPS_URL,
            reporting: config.REPORTING_URL,
          }),
        },
        { provide: RegistryClient, useValue: new RegistryClient(config.NETWORK_GROUPS_URL) },
        { provide: InitiativesClient, useValue: new InitiativesClient(config.NETWORK_GROUPS_URL) },
        { provide: CoordinationClient, useValue: new CoordinationClient(config.NETWORK_GROUPS_URL) },
        WebDatabase,
        SessionRepository,
        SessionService,
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_FILTER, useClass: WebErrorFilter },
      ],
    };
  }
}
