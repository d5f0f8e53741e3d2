import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { decodePageCursor, isPageKey, pageOf, type Page, type Principal } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { PersonMergeRepository } from './person-merge.repository';
import { LikelyDuplicateRepository } from './likely-duplicate.repository';
import { DUPLICATE_EXPLANATIONS, type LikelyDuplicate } from './likely-duplicates';

export interface MergeStep {
  merged: string;
  into: string;
  mergedBy: string;
  mergedAt: string;
  unmergedBy: string | null;
  unmergedAt: string | null;
}

const isMergeStepKey = isPageKey('uuid');
const isPairKey = isPageKey('string', 'string');

interface PersonRow {
  pseudonym: string;
  pseudonym_strength: 'strong' | 'weak';
  merged_into: string | null;
  erased_at: Date | null;
}

/**
 * Lists persons who are probably one, and merges them (the incidents of the merged person
 * then count for the one it was merged into) or takes a merge back; every step is kept.
 */
@Injectable()
export class PersonMergeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PersonMergeRepository,
  ) {}

  /**
   * A page of the likely duplicates found when identities were indexed (PersonSearchIndex),
   * keyset on the pair's pseudonyms; persons erased or merged into another are left out.
   * Nothing is decrypted here.
   */
  async likelyDuplicates(limit: number, after: string | undefined): Promise<Page<LikelyDuplicate>> {
    const rows = await new LikelyDuplicateRepository(this.dataSource.manager).page(decodePageCursor(after, isPairKey), limit + 1);
    const page = pageOf(rows, limit, (row) => [row.first, row.second]);
    return {
      items: page.items.map((row) => ({ pseudonyms: [row.first, row.second], reason: row.reason, explanation: DUPLICATE_EXPLANATIONS[row.reason] })),
      next: page.next,
    };
  }

  async merge(pseudonym: string, into: string, principal: Principal): Promise<void> {
    if (pseudonym === into) throw new ConflictException('En person kan ikke lægges sammen med sig selv.');
    await this.dataSource.transaction(async (tx) => {
      const [merged, survivor] = [await this.locked(tx, pseudonym), await this.locked(tx, into)];
      if (merged.merged_into !== null || survivor.merged_into !== null) throw new ConflictException('En af personerne er allerede lagt sammen med en anden.');
      if (merged.erased_at !== null || survivor.erased_at !== null) throw new ConflictException('En slettet person kan ikke lægges sammen.');
      await tx.query('UPDATE person SET merged_into = $2 WHERE pseudonym = $1', [pseudonym, into]);
      await tx.query('DELETE FROM review_flag WHERE person_pseudonym = $1', [pseudonym]);
      await tx.query('INSERT INTO person_merge (id, merged_pseudonym, into_pseudonym, merged_by, merged_at) VALUES ($1, $2, $3, $4, now())', [randomUUID(), pseudonym, into, principal.subject]);
    });
  }

  async unmerge(pseudonym: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const person = await this.locked(tx, pseudonym);
      if (person.merged_into === null) throw new ConflictException('Personen er ikke lagt sammen med en anden.');
      await tx.query('UPDATE person SET merged_into = NULL WHERE pseudonym = $1', [pseudonym]);
      await tx.query('UPDATE person_merge SET unmerged_by = $2, unmerged_at = now() WHERE merged_pseudonym = $1 AND unmerged_at IS NULL', [pseudonym, principal.subject]);
    });
  }

  /** A page of the merge steps the person took part in, oldest first; the cursor is the last step's id. */
  async history(pseudonym: string, limit: number, after: string | undefined): Promise<Page<MergeStep>> {
    const [afterId] = decodePageCursor(after, isMergeStepKey) ?? [null];
    const page = pageOf(await this.repository.historyOf(pseudonym, limit + 1, afterId), limit, (row) => [row.id]);
    return {
      items: page.items.map(({ id: _id, mergedAt, unmergedAt, ...step }) => ({ ...step, mergedAt: mergedAt.toISOString(), unmergedAt: unmergedAt?.toISOString() ?? null })),
      next: page.next,
    };
  }

  private async locked(tx: EntityManager, pseudonym: string): Promise<PersonRow> {
    const [row] = (await tx.query('SELECT pseudonym, pseudonym_strength, merged_into, erased_at FROM person WHERE pseudonym = $1 FOR UPDATE', [pseudonym])) as PersonRow[];
    if (!row) throw new NotFoundException('No such person');
    return row;
  }
}
