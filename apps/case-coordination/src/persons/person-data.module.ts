import { Module } from '@nestjs/common';
import { AccessLogService } from '../access-log/access-log.service';
import { IdentityReaderService } from './identity-reader.service';

/** Reading identities and logging who read them: one instance for every feature that shows person-level data. */
@Module({ providers: [IdentityReaderService, AccessLogService], exports: [IdentityReaderService, AccessLogService] })
export class PersonDataModule {}
