import { Module } from '@nestjs/common';
import { InitiativesController } from './initiatives.controller';
import { InitiativesService } from './initiatives.service';

/** The secretariat's courses, campaigns, projects and local initiatives. */
@Module({ controllers: [InitiativesController], providers: [InitiativesService] })
export class InitiativesModule {}
