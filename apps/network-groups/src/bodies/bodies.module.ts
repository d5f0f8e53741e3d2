import { Module } from '@nestjs/common';
import { BodiesController } from './bodies.controller';
import { BodiesRepository } from './bodies.repository';
import { BodiesService } from './bodies.service';
import { MembershipAnnouncer } from './membership-announcer';

@Module({
  controllers: [BodiesController],
  providers: [BodiesService, BodiesRepository, MembershipAnnouncer],
  exports: [BodiesService, MembershipAnnouncer],
})
export class BodiesModule {}
