import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { PersonIdentityContent } from '@ssp/contracts';
import { SERVICE_CONFIG } from '@ssp/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { LikelyDuplicateRepository } from '../duplicates/likely-duplicate.repository';
import { duplicatesOf, identifiedPersonOf } from '../duplicates/likely-duplicates';
import { IdentityReaderService, type IdentityRow } from './identity-reader.service';
import { PersonSearchRepository } from './person-search.repository';
import { birthDateTerm, blindTerms, identityTerms } from './search-terms';

/** Identities indexed per transaction when a database from before person search is indexed. */
export const INDEX_BATCH_SIZE = 500;

/**
 * Persons sharing a birth date that an identity is compared with for duplicates, at most (in
 * pseudonym order). A birth date holds some tens of children of a municipality; the cap only
 * bounds what one identity event can cost. Persons beyond it are not compared (logged).
 */
export const DUPLICATE_CANDIDATES_MAX = 1_000;

/**
 * The blind index of identities: an identity is decrypted in memory only, to hash its name
 * parts, birth date and CPR number under SEARCH_INDEX_KEY; only the hashes are stored.
 * Identities already held when person search came (or whose terms are missing) are indexed
 * from start-up in batches of INDEX_BATCH_SIZE, behind the running service, so that a large
 * database cannot hold it back past its start-up probe (issue 18: 100,000 identities took
 * 447 s). Until the last batch is done, `complete` is false and a search is refused
 * (PersonSearchService) rather than answered from half an index.
 *
 * Indexing an identity also finds its likely duplicates (docs/case-coordination.md,
 * "Duplicates"): the persons with the same birth-date term, and only those, are decrypted and
 * compared by the rule (findLikelyDuplicates), and the person's pairs are replaced by those
 * found, in the same transaction. `GET /persons/duplicates` then reads pairs, never identities.
 */
@Injectable()
export class PersonSearchIndex implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PersonSearchIndex.name);
  private readonly key: Buffer;
  private indexing: Promise<void> = Promise.resolve();
  private stopping = false;
  /** Whether every readable identity held is in the index. */
  complete = false;

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
    await new LikelyDuplicateRepository(tx).lockForPairing();
    await this.pair(tx, row.person_pseudonym, identity);
  }

  /**
   * Replaces the person's likely duplicates with those it makes with the persons of its birth
   * date; none when its identity cannot be read. The caller has written the person's terms and
   * taken the pairing lock in `tx`, so a person indexed at the same moment is seen either here
   * or, when that transaction pairs after this one commits, there.
   */
  private async pair(tx: EntityManager, pseudonym: string, identity: PersonIdentityContent | undefined): Promise<void> {
    const pairs = new LikelyDuplicateRepository(tx);
    if (identity === undefined) return pairs.replacePairsOf(pseudonym, []);
    const [term] = this.blind([birthDateTerm(identity.birthDate)]);
    const rows = await new PersonSearchRepository(tx).identitiesWithTerm(term, pseudonym, DUPLICATE_CANDIDATES_MAX + 1);
    if (rows.length > DUPLICATE_CANDIDATES_MAX) {
      this.logger.warn({ message: 'more persons share a birth date than are compared for duplicates', personPseudonym: pseudonym, compared: DUPLICATE_CANDIDATES_MAX });
    }
    // An unreadable candidate cannot be compared; it is left out (and logged), like a missing one.
    const { identities } = this.identities.decrypt(rows.slice(0, DUPLICATE_CANDIDATES_MAX));
    const candidates = [...identities].map(([candidate, content]) => identifiedPersonOf(candidate, content));
    await pairs.replacePairsOf(pseudonym, duplicatesOf(identifiedPersonOf(pseudonym, identity), candidates));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!(await new PersonSearchRepository(this.dataSource.manager).anyUnindexedIdentity())) return this.completed(0);
    this.logger.log({ message: 'indexing the identities held before person search, behind the running service' });
    this.indexing = this.indexUnindexed().then(
      (indexed) => (this.stopping ? undefined : this.completed(indexed)),
      (error: Error) => this.logger.error({ message: 'indexing the identities stopped; person search stays refused until the next start', error: error.message }),
    );
  }

  private completed(indexed: number): void {
    this.complete = true;
    if (indexed > 0) this.logger.log({ message: 'identities added to the search index', indexed });
  }

  /** Lets a batch under way finish before the database connections close. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.indexing;
  }

  /**
   * Indexes every identity that has no terms after `after`, in pseudonym order, a batch per
   * transaction, and finds its likely duplicates; one that cannot be decrypted is passed over
   * (and tried again at the next start). A pair is found when the later of its two persons is
   * indexed. Stops early when the service stops. Returns how many were indexed.
   */
  async indexUnindexed(after = ''): Promise<number> {
    let indexed = 0;
    for (let more = true; more && !this.stopping; ) {
      const batch = await this.indexBatch(after);
      ({ last: after, more } = batch);
      indexed += batch.count;
    }
    return indexed;
  }

  /** One batch after `after`; `more` when it was full, `last` the pseudonym to go on after. */
  private indexBatch(after: string): Promise<{ last: string; count: number; more: boolean }> {
    return this.dataSource.transaction(async (tx) => {
      const repository = new PersonSearchRepository(tx);
      // Before the rows: a transaction holding the lock never waits for a row, only skips it.
      await new LikelyDuplicateRepository(tx).lockForPairing();
      const rows = await repository.lockUnindexedIdentities(after, INDEX_BATCH_SIZE);
      const { identities } = this.identities.decrypt(rows);
      await repository.addTerms([...identities].flatMap(([pseudonym, identity]) => this.blind(identityTerms(identity)).map((term) => ({ pseudonym, term }))));
      for (const [pseudonym, identity] of identities) await this.pair(tx, pseudonym, identity);
      return { last: rows.at(-1)?.person_pseudonym ?? after, count: identities.size, more: rows.length === INDEX_BATCH_SIZE };
    });
  }
}
