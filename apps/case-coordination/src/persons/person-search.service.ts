import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { PersonIdentityContent } from '@ssp/contracts';
import type { Principal } from '@ssp/platform';
import { DataSource } from 'typeorm';
import { AccessLogService, type AccessPurpose } from '../access-log/access-log.service';
import { CASE_STATE_LABELS, type CaseState } from '../domain';
import { IdentityReaderService, UNREADABLE_IDENTITY } from './identity-reader.service';
import { PersonSearchIndex } from './person-search-index.service';
import { PersonSearchRepository, type SearchHitRow } from './person-search.repository';
import { criteriaTerms, type ParsedSearch } from './search-terms';

export interface PersonSearchHit extends SearchHitRow {
  caseStateText: string | null;
  identity: PersonIdentityContent | null;
  identityError: typeof UNREADABLE_IDENTITY | null;
}

export interface PersonSearchResult {
  items: PersonSearchHit[];
  /** More persons matched than `limit`: narrow the search. */
  more: boolean;
}

export const SEARCH_INDEX_BUILDING = {
  error: 'Service Unavailable',
  code: 'search-index-building',
  message: 'Personsøgningen er ikke klar endnu: søgeindekset bygges op efter en opdatering. Prøv igen om nogle minutter.',
} as const;

/**
 * Finds persons through the blind index, never by decrypting everyone: only the hits'
 * identities are decrypted, as the person page shows them (a protected address left out).
 * The search is recorded with its kind and purpose, and every hit in the person's access log.
 */
@Injectable()
export class PersonSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly index: PersonSearchIndex,
    private readonly identities: IdentityReaderService,
    private readonly accessLog: AccessLogService,
  ) {}

  async search(principal: Principal, { criteria, purpose, limit }: ParsedSearch<AccessPurpose>): Promise<PersonSearchResult> {
    // Half an index would answer "not found" for a child who is there, and invite a duplicate.
    if (!this.index.complete) throw new ServiceUnavailableException(SEARCH_INDEX_BUILDING);
    const repository = new PersonSearchRepository(this.dataSource.manager);
    const rows = await repository.matching(this.index.blind(criteriaTerms(criteria)), limit + 1);
    const hits = rows.slice(0, limit);
    const pseudonyms = hits.map((hit) => hit.pseudonym);
    const read = await this.identities.identitiesOf(this.dataSource.manager, pseudonyms);
    await repository.recordSearch(principal, { kind: criteria.kind, purpose, hits: hits.length, capped: rows.length > limit });
    await this.accessLog.record(principal, pseudonyms, 'person search', purpose);
    return {
      items: hits.map((hit) => ({
        ...hit,
        caseStateText: hit.caseState === null ? null : CASE_STATE_LABELS[hit.caseState as CaseState],
        identity: read.identities.get(hit.pseudonym) ?? null,
        identityError: read.unreadable.has(hit.pseudonym) ? UNREADABLE_IDENTITY : null,
      })),
      more: rows.length > limit,
    };
  }
}
