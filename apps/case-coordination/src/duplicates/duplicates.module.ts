import { Module } from '@nestjs/common';
import { AccessLogService } from '../access-log/access-log.service';
import { IdentityReaderService } from '../persons/identity-reader.service';
import { DuplicatesController } from './duplicates.controller';
import { PersonMergeService } from './person-merge.service';

@Module({ controllers: [DuplicatesController], providers: [PersonMergeService, IdentityReaderService, AccessLogService] })
export class DuplicatesModule {}
