import { Module } from '@nestjs/common';
import { BodiesController } from './bodies.controller';
import { BodiesRepository } from './bodies.repository';
import { BodiesService } from './bodies.service';

@Module({
  controllers: [BodiesController],
  providers: [BodiesService, BodiesRepository],
  exports: [BodiesService],
})
export class BodiesModule {}
