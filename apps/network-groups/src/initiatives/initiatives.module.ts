import { Module } from '@nestjs/common';
import { InitiativeProposalsController, InitiativesController } from './initiatives.controller';
import { InitiativesRepository } from './initiatives.repository';
import { InitiativesService } from './initiatives.service';

/** The secretariat's courses, teaching activities, campaigns, projects and local initiatives, and the network groups' proposals. */
@Module({ controllers: [InitiativesController, InitiativeProposalsController], providers: [InitiativesService, InitiativesRepository] })
export class InitiativesModule {}
