import { Module } from '@nestjs/common';
import { BodiesModule } from '../bodies/bodies.module';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { PeopleController } from './people.controller';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';

/** The registry's people and member organisations. */
@Module({
  imports: [BodiesModule],
  controllers: [PeopleController, OrganisationsController],
  providers: [PeopleService, OrganisationsService, PeopleRepository],
  exports: [PeopleService, PeopleRepository],
})
export class PeopleModule {}
