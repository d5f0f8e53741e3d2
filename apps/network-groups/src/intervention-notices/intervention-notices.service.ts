import { Injectable, Logger } from '@nestjs/common';
import { MetricsService } from '@ssp/platform';
import { Counter } from 'prom-client';
import type { EntityManager } from 'typeorm';
import type { NewNotification } from '../notifications/notification';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleRepository } from '../people/people.repository';

/**
 * Tells the registry person who signs in as an intervention's owner subject, in the consumer's
 * transaction (in the app, and by e-mail as they chose). A subject no registry person has
 * (unlinked, or linked to another sign-in since) tells no one: it is logged and counted on
 * /metrics, not an error, so the event is not retried or dead-lettered.
 */
@Injectable()
export class InterventionNoticesService {
  private readonly logger = new Logger('intervention-notices');
  private readonly unaddressed: Counter<'kind'>;

  constructor(
    private readonly notifications: NotificationsService,
    private readonly people: PeopleRepository,
    metrics: MetricsService,
  ) {
    this.unaddressed = new Counter({
      name: 'ssp_intervention_notices_unaddressed_total',
      help: "Intervention notices whose owner subject no registry person signs in as, so no one was told, by kind",
      labelNames: ['kind'],
      registers: [metrics.registry],
    });
  }

  /** The id of the notification, or null when no registry person signs in as `ownerSubject`. */
  async tell(tx: EntityManager, ownerSubject: string, interventionId: string, notification: NewNotification): Promise<string | null> {
    const personId = await this.people.personIdOfSubject(ownerSubject, tx);
    if (personId === null) {
      this.unaddressed.inc({ kind: notification.kind });
      this.logger.warn(`${notification.kind}: no registry person signs in as the owner of intervention ${interventionId}; no one was told`);
      return null;
    }
    return this.notifications.notifyPerson(tx, personId, notification);
  }
}
