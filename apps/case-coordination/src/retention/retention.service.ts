import { PersonConcernRepository } from '../concerns/person-concern.repository';
import { PersonIncidentRepository } from '../persons/person-incident.repository';
import { CaseReopeningRepository } from '../meetings/case-reopening.repository';
import { ReferralsRepository } from '../referrals/referrals.repository';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics } from '@ssp/contracts';
import { OutboxService, SERVICE_CONFIG } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import { DataSource } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { LikelyDuplicateRepository } from '../duplicates/likely-duplicate.repository';
import { retentionCutoffOn } from './retention-rules';

/** The last day on which an incident keeps a person: `months` before the Danish day of `now`. */
export function retentionCutoff(now: Date, months: number): string {
  return retentionCutoffOn(danishToday(now), months);
}

/**
 * Erases persons with no incident or concern for RETENTION_MONTHS and no open intervention:
 * their identity goes, their flag goes, the free text about them goes (notes, decision notes,
 * reopening notes, concerns' worries and raisers, the police's offence texts and places,
 * intervention titles, responsibles and outcomes, referrals' reasons and answer notes), and `person erased` tells every other
 * holder; the pseudonymous incidents and concerns (the counts) stay. Run daily; `now` is
 * injected so it can be tested.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('retention');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
  ) {}

  async eraseExpired(now: Date): Promise<string[]> {
    const cutoff = retentionCutoff(now, this.config.RETENTION_MONTHS);
    const erased = await this.dataSource.transaction(async (tx) => {
      const rows = (await tx.query(
        `UPDATE person p SET erased_at = $2
          WHERE p.erased_at IS NULL AND p.last_incident_date < $1
            AND NOT EXISTS (SELECT 1 FROM intervention i WHERE i.person_pseudonym = p.pseudonym AND i.status <> 'completed')
          RETURNING pseudonym`,
        [cutoff, now],
      )) as [{ pseudonym: string }[], number];
      const pseudonyms = rows[0].map((row) => row.pseudonym);
      if (pseudonyms.length === 0) return pseudonyms;
      // Their identities go with their pairs (ON DELETE CASCADE); no indexer may be pairing with them meanwhile.
      await new LikelyDuplicateRepository(tx).lockForPairing();
      await tx.query('DELETE FROM person_identity WHERE person_pseudonym = ANY($1)', [pseudonyms]);
      await tx.query('DELETE FROM review_flag WHERE person_pseudonym = ANY($1)', [pseudonyms]);
      await tx.query('UPDATE intervention SET outcome = NULL, responsible = $2, title = $2 WHERE person_pseudonym = ANY($1)', [pseudonyms, '(slettet)']);
      // The free text of the Monday group's records goes; body, legal basis and decision kinds stay (the counts).
      await tx.query('UPDATE person_note SET text = NULL, necessity = NULL, erased_at = $2 WHERE person_pseudonym = ANY($1) AND erased_at IS NULL', [pseudonyms, now]);
      await tx.query('UPDATE person_decision SET note = NULL WHERE person_pseudonym = ANY($1) AND note IS NOT NULL', [pseudonyms]);
      await new CaseReopeningRepository(tx).eraseNotesOf(pseudonyms);
      await new ReferralsRepository(tx).eraseTextsOf(pseudonyms);
      await new PersonConcernRepository(tx).eraseTextsOf(pseudonyms, now);
      await new PersonIncidentRepository(tx).eraseWordsOf(pseudonyms);
      const origin = { producer: ServiceName.caseCoordination, occurredAt: now };
      await this.outbox.publishMany(
        tx,
        Topics.personErased,
        pseudonyms.map((pseudonym) => ({
          key: pseudonym,
          event: createEnvelope(Topics.personErased, { personPseudonym: pseudonym, reason: 'retention' as const, erasedAt: now.toISOString() }, origin),
        })),
      );
      return pseudonyms;
    });
    if (erased.length > 0) this.logger.log(`erased ${erased.length} persons with no incident since before ${cutoff}`);
    return erased;
  }
}
