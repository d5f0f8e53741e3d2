import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BodiesController } from './bodies.controller';
import { BodiesService } from './bodies.service';
import { BodyMembershipEntity } from './body-membership.entity';
import { SspBodyEntity } from './ssp-body.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SspBodyEntity, BodyMembershipEntity])],
  controllers: [BodiesController],
  providers: [BodiesService],
})
export class BodiesModule {}
