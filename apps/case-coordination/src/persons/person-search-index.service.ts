import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SERVICE_CONFIG } from '@ssp/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { IdentityReaderService, type IdentityRow } from './identity-reader.service';
import { PersonSearchRepository } from './person-search.repository';
import { blindTerms, identityTerms } from './search-terms';

/** Identities indexed per transaction when a database from before person search is indexed. */
export const INDEX_BATCH_SIZE = 500;

/**
 * The blind index of identities: an identity is decrypted in memory only, to hash its name
 * parts, birth date and CPR number under SEARCH_INDEX_KEY; only the hashes are stored.
 * Identities already held when person search came (or whose terms are missing) are indexed
 * at start-up, before the service answers, in batches of INDEX_BATCH_SIZE.
 */
@Injectable()
export class PersonSearchIndex implements OnApplicationBootstrap {
  private readonly logger = new Logger(PersonSearchIndex.name);
  private readonly key: Buffer;

  constructor(
    @Inject(SERVICE_CONFIG) config: CaseCoordinationConfig,
    private readonly dataSource: DataSource,
    private readonly identities: IdentityReaderService,
  ) {
    this.key = Buffer.from(config.SEARCH_INDEX_KEY, 'base64');
  }

  /** The blind terms of clear terms, for a search. */
  blind(terms: readonly string[]): Buffer[] {
    return blindTerms(this.key, terms);
  }

  /** Replaces the person's terms with those of the identity just stored; none when it cannot be decrypted (logged and counted). */
  async indexIdentity(tx: EntityManager, row: IdentityRow): Promise<void> {
    const identity = this.identities.decrypt([row]).identities.get(row.person_pseudonym);
    await new PersonSearchRepository(tx).replaceTerms(row.person_pseudonym, identity ? this.blind(identityTerms(identity)) : []);
  }

  async onApplicationBootstrap(): Promise<void> {
    const indexed = await this.indexUnindexed();
    if (indexed > 0) this.logger.log({ message: 'identities added to the search index', indexed });
  }

  /**
   * Indexes every identity that has no terms, in pseudonym order, a batch per transaction;
   * one that cannot be decrypted is passed over (and tried again at the next start).
   * Returns how many were indexed.
   */
  async indexUnindexed(): Promise<number> {
    let after = '';
    let indexed = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (tx) => {
        const repository = new PersonSearchRepository(tx);
        const rows = await repository.lockUnindexedIdentities(after, INDEX_BATCH_SIZE);
        const { identities } = this.identities.decrypt(rows);
        await repository.addTerms([...identities].flatMap(([pseudonym, identity]) => this.blind(identityTerms(identity)).map((term) => ({ pseudonym, term }))));
        return { last: rows.at(-1)?.person_pseudonym, count: identities.size };
      });
      if (batch.last === undefined) return indexed;
      after = batch.last;
      indexed += batch.count;
    }
  }
}
