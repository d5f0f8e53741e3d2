import { Topics, type EventEnvelope, type ReferralAnsweredV1 } from '@ssp/contracts';
import { HandlesEvent, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { MONDAY_GROUP_ID } from '../meetings/monday-group-schedule';
import { NotificationsService } from '../notifications/notifications.service';
import { referralAnsweredNotification } from './referral-notifications';

/** A referral answered: the Monday group's members, who made it, are told. */
@HandlesEvent(Topics.referralAnswered)
export class ReferralAnsweredHandler implements EventHandler<ReferralAnsweredV1> {
  constructor(private readonly notifications: NotificationsService) {}

  async handle(event: EventEnvelope<ReferralAnsweredV1>, tx: EntityManager): Promise<void> {
    const { referralId, receiverBody, answer } = event.payload;
    await this.notifications.notifyBodyMembers(tx, MONDAY_GROUP_ID, referralAnsweredNotification(referralId, receiverBody, answer, MONDAY_GROUP_ID));
  }
}
