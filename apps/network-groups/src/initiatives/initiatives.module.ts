import { Module } from '@nestjs/common';
import { InitiativesController } from './initiatives.controller';
import { InitiativesRepository } from './initiatives.repository';
import { InitiativesService } from './initiatives.service';

/** The secretariat's courses, campaigns, projects and local initiatives. */
@Module({ controllers: [InitiativesController], providers: [InitiativesService, InitiativesRepository] })
export class InitiativesModule {}
