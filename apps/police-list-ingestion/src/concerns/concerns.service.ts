import { Inject, Injectable } from '@nestjs/common';
import { CONCERN_SOURCE_NAMES, createEnvelope, ServiceName, Topics, type ConcernRaisedV1, type ConcernSource } from '@ssp/contracts';
import { badRequest, Clock, forbidden, IdentityCipher, OutboxService, sealConcernDetails, SERVICE_CONFIG, type Principal } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { IdentityVault } from '../identity-vault/identity-vault';
import type { PoliceListIngestionConfig } from '../police-list-ingestion.config';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { areaResolver } from '../rows/area';
import { ageAt } from '../rows/dates';
import { concernIdentity, concernSourceOf, type ConcernRuleResult } from './concern-rules';
import { CONCERN_REFUSALS, CONCERN_RULE_REFUSALS, type ConcernReceiptDto, type RaiseConcernDto } from './concerns.dto';

/** The value of a rule's result, or the rule's refusal thrown: 403 for a source the caller may not speak for, 400 for the rest. */
function orRefused<T>(result: ConcernRuleResult<T>): T {
  if (result.ok) return result.value;
  const refusal = CONCERN_RULE_REFUSALS[result.refusal];
  throw result.refusal === 'source-not-yours' ? forbidden(refusal) : badRequest(refusal);
}

/**
 * A member raises a concern about a child, who may be on no police list. Here, because only
 * this service holds the pseudonym key: the child gets the pseudonym a police list would give,
 * the identity goes to the vault (unless it holds one) and onto the identity topic, and the
 * concern onto ssp.concern.raised.v1 with the worry and its raiser sealed. Nothing of the
 * concern stays here: case coordination keeps it, and puts the child on the next agenda.
 */
@Injectable()
export class ConcernsService {
  private readonly cipher: IdentityCipher;

  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: IdentityVault,
    private readonly referenceData: ReferenceDataService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) config: PoliceListIngestionConfig,
  ) {
    this.cipher = IdentityCipher.fromConfig(config.IDENTITY_KEYS, config.IDENTITY_ACTIVE_KEY_ID);
  }

  async raise(request: RaiseConcernDto, principal: Principal): Promise<ConcernReceiptDto> {
    const now = this.clock.now();
    const raisedOn = danishToday(now);
    const source: ConcernSource = orRefused(concernSourceOf(principal.roles, request.source));
    const identity = orRefused(concernIdentity(request, raisedOn));
    const { pseudonym, strength } = this.vault.pseudonymOf(identity);
    // The sender's id makes a retry idempotent: case coordination keeps the first concern with an id.
    const concernId = request.concernId ?? randomUUID();
    return this.dataSource.transaction(async (tx) => {
      const areaId = await this.areaOf(request, tx);
      const concern: ConcernRaisedV1 = {
        concernId,
        personPseudonym: pseudonym,
        pseudonymStrength: strength,
        source,
        legalBasis: request.legalBasis,
        raisedOn,
        ageAtConcern: ageAt(identity.birthDate, raisedOn),
        areaId,
        detailsSealed: sealConcernDetails(concernId, { worry: request.worry, raisedBy: principal.subject }, this.cipher),
      };
      const origin = { producer: ServiceName.policeListIngestion, occurredAt: now, correlationId: concernId };
      const identities = await this.vault.storeIfNew(tx, [{ pseudonym, strength, identity }]);
      await this.outbox.publishMany(
        tx,
        Topics.personIdentity,
        identities.map((event) => ({ key: pseudonym, event: createEnvelope(Topics.personIdentity, event, origin) })),
      );
      await this.outbox.publish(tx, Topics.concernRaised, pseudonym, createEnvelope(Topics.concernRaised, concern, origin));
      return {
        concernId,
        personPseudonym: pseudonym,
        pseudonymStrength: strength,
        source,
        sourceText: CONCERN_SOURCE_NAMES[source],
        legalBasis: request.legalBasis,
        areaId,
        raisedOn,
        message: 'Bekymringen er modtaget og kommer på Mandagsgruppens næste dagsorden.',
      };
    });
  }

  /** The area asked for, which must be in the table; else the one the postal code or school gives, `unknown` when none does. */
  private async areaOf(request: RaiseConcernDto, tx: EntityManager): Promise<string> {
    const areas = await this.referenceData.areas(tx);
    if (request.areaId === undefined) return areaResolver(areas)(request.postalCode, request.school);
    if (!areas.some((area) => area.id === request.areaId)) throw badRequest(CONCERN_REFUSALS.areaUnknown);
    return request.areaId;
  }
}
