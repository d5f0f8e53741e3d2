import { Module } from '@nestjs/common';
import { PersonDataModule } from '../persons/person-data.module';
import { PersonReferralsController, ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';

/** Referrals to SSP-U, SSP+ and the family department: made by the Monday group's decisions, answered by the receiving body. */
@Module({
  imports: [PersonDataModule],
  controllers: [ReferralsController, PersonReferralsController],
  providers: [ReferralsService],
  exports: [ReferralsService],
})
export class ReferralsModule {}
