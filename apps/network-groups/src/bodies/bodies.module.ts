import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BodiesController } from './bodies.controller';
import { BodiesService } from './bodies.service';
import { SspBodyEntity } from './ssp-body.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SspBodyEntity])],
  controllers: [BodiesController],
  providers: [BodiesService],
  exports: [BodiesService],
})
export class BodiesModule {}
