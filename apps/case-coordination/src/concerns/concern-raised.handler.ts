import { Inject, Injectable } from '@nestjs/common';
import { Topics, type ConcernRaisedV1, type EventEnvelope } from '@ssp/contracts';
import { Clock, HandlesEvent, IdentityCipher, openConcernDetails, SERVICE_CONFIG, type EventHandler } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { PersonIncidentRepository } from '../persons/person-incident.repository';
import { PersonReviewService } from '../persons/person-review.service';
import { concernReason } from './concern-rules';
import { PersonConcernRepository } from './person-concern.repository';

/**
 * A member's concern about a child: the child becomes a person of concern (or is one already,
 * by the same pseudonym a police list gives), the concern is kept with its worry opened, the
 * case opens or reopens as after a new incident, and the child goes on the next agenda with
 * the reason "Bekymring fra …". A concern that came before changes nothing; one whose details
 * cannot be opened fails and is dead-lettered with the reason.
 */
@Injectable()
@HandlesEvent(Topics.concernRaised)
export class ConcernRaisedHandler implements EventHandler<ConcernRaisedV1> {
  private readonly cipher: IdentityCipher;

  constructor(
    private readonly review: PersonReviewService,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) config: CaseCoordinationConfig,
  ) {
    this.cipher = IdentityCipher.fromConfig(config.IDENTITY_KEYS, config.IDENTITY_ACTIVE_KEY_ID);
  }

  async handle(event: EventEnvelope<ConcernRaisedV1>, tx: EntityManager): Promise<void> {
    const concern = event.payload;
    const { worry, raisedBy } = openConcernDetails(concern, this.cipher);
    // The concern's day keeps the person as an incident's would (retention counts from it).
    await new PersonIncidentRepository(tx).upsertPersons([{ personPseudonym: concern.personPseudonym, pseudonymStrength: concern.pseudonymStrength, incidentDate: concern.raisedOn }]);
    const inserted = await new PersonConcernRepository(tx).insert({ ...concern, worry, raisedBy }, this.clock.now());
    if (!inserted) return;
    await this.review.afterConcern(tx, concern.personPseudonym, concern.concernId, concernReason(concern.source, concern.raisedOn));
  }
}
