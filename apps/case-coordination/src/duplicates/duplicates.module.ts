import { Module } from '@nestjs/common';
import { PersonDataModule } from '../persons/person-data.module';
import { DuplicatesController } from './duplicates.controller';
import { PersonMergeService } from './person-merge.service';

@Module({ imports: [PersonDataModule], controllers: [DuplicatesController], providers: [PersonMergeService] })
export class DuplicatesModule {}
