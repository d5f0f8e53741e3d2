import { Topics, type EventEnvelope, type ReferralMadeV1 } from '@ssp/contracts';
import { HandlesEvent, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { referralReceivedNotification } from './referral-notifications';

/** A new referral: the receiving body's members are told, in the app and by e-mail as each prefers. */
@HandlesEvent(Topics.referralMade)
export class ReferralMadeHandler implements EventHandler<ReferralMadeV1> {
  constructor(private readonly notifications: NotificationsService) {}

  async handle(event: EventEnvelope<ReferralMadeV1>, tx: EntityManager): Promise<void> {
    const { referralId, receiverBody } = event.payload;
    await this.notifications.notifyBodyMembers(tx, receiverBody, referralReceivedNotification(referralId, receiverBody));
  }
}
