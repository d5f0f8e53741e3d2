import { Module } from '@nestjs/common';
import { ReferenceDataController } from './reference-data.controller';
import { ReferenceDataAnnouncer } from './reference-data.announcer';
import { ReferenceDataService } from './reference-data.service';

@Module({ controllers: [ReferenceDataController], providers: [ReferenceDataService, ReferenceDataAnnouncer], exports: [ReferenceDataService] })
export class ReferenceDataModule {}
