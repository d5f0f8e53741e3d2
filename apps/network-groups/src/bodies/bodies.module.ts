import { Module } from '@nestjs/common';
import { OffenceCategoryHandler } from '@ssp/platform';
import { AreaNetworkGroupHandler } from './area-network-group.handler';
import { BodiesController } from './bodies.controller';
import { BodiesRepository } from './bodies.repository';
import { BodiesService } from './bodies.service';
import { MembershipAnnouncer } from './membership-announcer';

@Module({
  controllers: [BodiesController],
  providers: [BodiesService, BodiesRepository, MembershipAnnouncer, AreaNetworkGroupHandler, OffenceCategoryHandler],
  exports: [BodiesService, MembershipAnnouncer],
})
export class BodiesModule {}
