import { Module } from '@nestjs/common';
import { PersonDataModule } from '../persons/person-data.module';
import { PersonsModule } from '../persons/persons.module';
import { DuplicatesController } from './duplicates.controller';
import { PersonMergeRepository } from './person-merge.repository';
import { PersonMergeService } from './person-merge.service';

@Module({ imports: [PersonDataModule, PersonsModule], controllers: [DuplicatesController], providers: [PersonMergeService, PersonMergeRepository] })
export class DuplicatesModule {}
