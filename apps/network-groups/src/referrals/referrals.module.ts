import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReferralAnsweredHandler } from './referral-answered.handler';
import { ReferralMadeHandler } from './referral-made.handler';

/** Case coordination's referrals, told to the people concerned: the receiving body of a new one, the Monday group of the answer. */
@Module({
  imports: [NotificationsModule],
  providers: [ReferralMadeHandler, ReferralAnsweredHandler],
})
export class ReferralNotificationsModule {}
