import { Module } from '@nestjs/common';
import { PersonDataModule } from '../persons/person-data.module';
import { RegisterExtractController } from '../register-extract/register-extract.controller';
import { RegisterExtractService } from '../register-extract/register-extract.service';
import { ErasureRequestService } from './erasure-request.service';
import { ErasureRequestsController } from './erasure-requests.controller';
import { PersonErasure } from './person-erasure.service';

/** A person's own requests (GDPR art. 15 and 17), and the erasure that retention shares. */
@Module({
  imports: [PersonDataModule],
  controllers: [ErasureRequestsController, RegisterExtractController],
  providers: [PersonErasure, ErasureRequestService, RegisterExtractService],
  exports: [PersonErasure],
})
export class DataSubjectRequestsModule {}
