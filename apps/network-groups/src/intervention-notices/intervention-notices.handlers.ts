import { Topics, type EventEnvelope, type InterventionAssignedV1, type InterventionDueSoonV1, type InterventionOverdueV1 } from '@ssp/contracts';
import { HandlesEvent, type EventHandler } from '@ssp/platform';
import { localDay } from '@ssp/platform/time';
import type { EntityManager } from 'typeorm';
import { interventionAssignedNotification, interventionDueSoonNotification, interventionOverdueNotification } from './intervention-notifications';
import { InterventionNoticesService } from './intervention-notices.service';

/*
 * Case coordination's intervention events, told to the responsible registry person. An
 * assignment or an overdue report without an owner subject (an intervention from before
 * owners were registry people, whose responsible was free text) tells no one.
 */

@HandlesEvent(Topics.interventionAssigned)
export class InterventionAssignedNoticeHandler implements EventHandler<InterventionAssignedV1> {
  constructor(private readonly notices: InterventionNoticesService) {}

  async handle({ payload }: EventEnvelope<InterventionAssignedV1>, tx: EntityManager): Promise<void> {
    if (payload.ownerSubject === undefined) return;
    await this.notices.tell(tx, payload.ownerSubject, payload.interventionId, interventionAssignedNotification(payload));
  }
}

@HandlesEvent(Topics.interventionDueSoon)
export class InterventionDueSoonNoticeHandler implements EventHandler<InterventionDueSoonV1> {
  constructor(private readonly notices: InterventionNoticesService) {}

  async handle({ payload }: EventEnvelope<InterventionDueSoonV1>, tx: EntityManager): Promise<void> {
    await this.notices.tell(tx, payload.ownerSubject, payload.interventionId, interventionDueSoonNotification(payload, localDay(new Date(payload.remindedAt))));
  }
}

@HandlesEvent(Topics.interventionOverdue)
export class InterventionOverdueNoticeHandler implements EventHandler<InterventionOverdueV1> {
  constructor(private readonly notices: InterventionNoticesService) {}

  async handle({ payload }: EventEnvelope<InterventionOverdueV1>, tx: EntityManager): Promise<void> {
    if (payload.ownerSubject === undefined) return;
    await this.notices.tell(tx, payload.ownerSubject, payload.interventionId, interventionOverdueNotification(payload));
  }
}
